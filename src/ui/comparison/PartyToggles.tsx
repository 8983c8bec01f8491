import { UserText } from '../components/UserText';
import { partyStyle } from '../chart/partyStyle';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

interface Props {
  analyses: Analysis[];
  names: string[];
  /** Add the role after the name (not when the names are role labels already). */
  withRole: boolean;
  hidden: ReadonlySet<string>;
  onHidden: (hidden: ReadonlySet<string>) => void;
  mean: boolean;
  onMean: (on: boolean) => void;
  band: boolean;
  onBand: (on: boolean) => void;
}

/** The legend, as switches: each party's line (colour and line style), the mean, the band. */
export function PartyToggles({ analyses, names, withRole, hidden, onHidden, mean, onMean, band, onBand }: Props) {
  const { t } = useT();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(hidden);
    if (on) next.delete(id);
    else next.add(id);
    onHidden(next);
  };
  return (
    <fieldset class="party-toggles">
      <legend>{t('compare.show')}</legend>
      {analyses.map((a, i) => {
        const style = partyStyle(i);
        return (
          <label key={a.id} class="check">
            <input type="checkbox" checked={!hidden.has(a.id)} onChange={(e) => toggle(a.id, e.currentTarget.checked)} />
            <span class={style.className} style={{ '--party-color': style.color }} aria-hidden="true" />
            <span>
              <UserText>{names[i] ?? ''}</UserText>
              {withRole ? ` · ${t(`roles.${a.party.role}`)}` : ''}
            </span>
          </label>
        );
      })}
      <label class="check">
        <input type="checkbox" checked={mean} onChange={(e) => onMean(e.currentTarget.checked)} />
        <span class="party-line mean-line" aria-hidden="true" />
        <span>{t('compare.mean')}</span>
      </label>
      <label class="check">
        <input type="checkbox" checked={band} onChange={(e) => onBand(e.currentTarget.checked)} />
        <span class="band-swatch" aria-hidden="true" />
        <span>{t('compare.band')}</span>
      </label>
    </fieldset>
  );
}
