import { useState } from 'preact/hooks';
import { UserText } from '../components/UserText';
import { Pager } from '../components/Pager';
import { usePagedAnalyses } from '../shell/usePagedAnalyses';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

interface Props {
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Results on one page of the picker. */
const PAGE_SIZE = 50;

/**
 * Checkboxes for the results on the device (own and imported), a page at a time, grouped by
 * partnership. It stays open while the user ticks.
 */
export function ResultPicker({ chosen, onChange }: Props) {
  const { t, lang } = useT();
  const { page, setOffset } = usePagedAnalyses(PAGE_SIZE);
  const [open] = useState(chosen.length === 0);
  const groups = new Map<string, Analysis[]>();
  for (const a of page?.items ?? []) groups.set(a.partnership, [...(groups.get(a.partnership) ?? []), a]);
  const date = (iso: string) => new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium' });
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((x) => x !== id));
  return (
    <details class="result-picker" open={open}>
      <summary>{t('compare.pick', { count: chosen.length })}</summary>
      {[...groups.entries()].map(([partnership, items]) => (
        <fieldset key={partnership}>
          <legend>{partnership ? <UserText>{partnership}</UserText> : t('compare.noPartnership')}</legend>
          {items.map((a) => (
            <label key={a.id} class="check">
              <input type="checkbox" checked={chosen.includes(a.id)} onChange={(e) => toggle(a.id, e.currentTarget.checked)} />
              <span>
                <UserText>{a.name}</UserText> · {t(`roles.${a.party.role}`)} · {date(a.createdAt)}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      {page && <Pager offset={page.offset} pageSize={PAGE_SIZE} total={page.total} onOffset={setOffset} label={t('compare.pages')} />}
    </details>
  );
}
