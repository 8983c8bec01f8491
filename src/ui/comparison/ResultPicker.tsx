import { formatDay } from '../../core/format';
import { useRef, useState } from 'preact/hooks';
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
 * What the picker shows as ticked: the caller's choice, unless ticks it handed on are still on
 * their way back (a werkplaats stores them first). `pending`: the selections handed on, oldest first.
 */
export interface Picked {
  /** The `chosen` the picker last saw, as a key. */
  seen: string;
  shown: string[];
  pending: string[];
}

const keyOf = (ids: readonly string[]) => ids.join(',');

/** The picker's state when it starts with `chosen`. */
export const pickedFrom = (chosen: readonly string[]): Picked => ({ seen: keyOf(chosen), shown: [...chosen], pending: [] });

/**
 * The state after a tick: the box changes at once, and the next tick builds on it (not on a
 * `chosen` that has not come back yet, which would undo the tick before).
 */
export function pickedAfterTick(state: Picked, id: string, on: boolean): Picked {
  const shown = on ? [...state.shown.filter((x) => x !== id), id] : state.shown.filter((x) => x !== id);
  return { ...state, shown, pending: [...state.pending, keyOf(shown)] };
}

/**
 * The state when the caller's `chosen` changes: a selection the picker handed on comes back (the
 * older ones are done; while newer ticks are on their way they stay shown); anything else is a
 * change from elsewhere and is shown as it is.
 */
export function pickedWhenChosen(state: Picked, chosen: readonly string[]): Picked {
  const seen = keyOf(chosen);
  if (seen === state.seen) return state;
  const at = state.pending.indexOf(seen);
  if (at < 0) return pickedFrom(chosen);
  const pending = state.pending.slice(at + 1);
  return { seen, shown: pending.length > 0 ? state.shown : [...chosen], pending };
}

/**
 * Checkboxes for the results on the device (own and imported), a page at a time, grouped by
 * partnership. It stays open while the user ticks: it opens when nothing is chosen yet, and after
 * that only the user opens or closes it (its open state is never derived from the selection; it
 * once was `open={chosen.length === 0}`, which closed it at the first tick).
 */
export function ResultPicker({ chosen, onChange }: Props) {
  const { t, lang } = useT();
  const { page, setOffset } = usePagedAnalyses(PAGE_SIZE);
  const [open, setOpen] = useState(chosen.length === 0);
  const picked = useRef<Picked>(pickedFrom(chosen));
  const [, rerender] = useState(0);
  picked.current = pickedWhenChosen(picked.current, chosen);
  const shown = picked.current.shown;
  const groups = new Map<string, Analysis[]>();
  for (const a of page?.items ?? []) groups.set(a.partnership, [...(groups.get(a.partnership) ?? []), a]);
  const date = (iso: string) => formatDay(iso, lang, 'medium');
  const toggle = (id: string, on: boolean) => {
    picked.current = pickedAfterTick(picked.current, id, on);
    rerender((n) => n + 1);
    onChange(picked.current.shown);
  };
  return (
    <details class="result-picker" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('compare.pick', { count: shown.length })}</summary>
      {[...groups.entries()].map(([partnership, items]) => (
        <fieldset key={partnership}>
          <legend>{partnership ? <UserText>{partnership}</UserText> : t('compare.noPartnership')}</legend>
          {items.map((a) => (
            <label key={a.id} class="check">
              <input type="checkbox" checked={shown.includes(a.id)} onChange={(e) => toggle(a.id, e.currentTarget.checked)} />
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
