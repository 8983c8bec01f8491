import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

interface Props {
  all: Analysis[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}

/** Checkboxes for every result on the device (own and imported), grouped by partnership. */
export function ResultPicker({ all, chosen, onChange }: Props) {
  const { t, lang } = useT();
  const groups = new Map<string, Analysis[]>();
  for (const a of all) groups.set(a.partnership, [...(groups.get(a.partnership) ?? []), a]);
  const date = (iso: string) => new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium' });
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((x) => x !== id));
  return (
    <details class="result-picker" open={chosen.length === 0}>
      <summary>{t('compare.pick', { count: chosen.length })}</summary>
      {[...groups.entries()].map(([partnership, items]) => (
        <fieldset key={partnership}>
          <legend>{partnership || t('compare.noPartnership')}</legend>
          {items.map((a) => (
            <label key={a.id} class="check">
              <input type="checkbox" checked={chosen.includes(a.id)} onChange={(e) => toggle(a.id, e.currentTarget.checked)} />
              <span>
                {a.name} · {t(`roles.${a.party.role}`)} · {date(a.createdAt)}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
    </details>
  );
}
