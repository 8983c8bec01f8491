import { isolate, UserText } from '../components/UserText';
import { partyStyle } from '../chart/partyStyle';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

/** The parties with their number key and line style; hidden ones are marked, not removed (keys stay stable). */
export function PartyLegend({ analyses, names, visible }: { analyses: Analysis[]; names: string[]; visible: ReadonlySet<string> }) {
  const { t } = useT();
  return (
    <ol class="present-legend" aria-label={t('compare.show')}>
      {analyses.map((a, i) => {
        const style = partyStyle(i);
        const on = visible.has(a.id);
        return (
          <li key={a.id} class={on ? 'on' : 'off'}>
            <kbd>{i === 9 ? 0 : i + 1}</kbd>
            <span class={style.className} style={{ '--party-color': style.color }} aria-hidden="true" />
            <span>{on ? <UserText>{names[i] ?? ''}</UserText> : t('present.hiddenParty', { name: isolate(names[i] ?? '') })}</span>
          </li>
        );
      })}
    </ol>
  );
}
