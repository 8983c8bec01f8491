import { earlierCount } from '../../core/bank/carryOver';
import { useBank } from '../shell/content';
import { useT } from '../../i18n/useT';
import { isolateEach } from './UserText';
import type { Analysis } from '../../core/analysis';

/**
 * Says how many answers belong to an earlier version of the questionnaire (kept, not scored):
 * for one analysis, or, with several, which parties it concerns — so a comparison says that only
 * statements of the same meaning count.
 */
export function EarlierAnswersNotice({ analyses, names }: { analyses: Analysis[]; names?: string[] }) {
  const { t } = useT();
  const bank = useBank();
  const concerned = analyses.map((a, i) => ({ a, i, n: earlierCount(a) })).filter((x) => x.n > 0);
  if (concerned.length === 0) return null;
  const version = concerned[0]!.a.earlier!.bankVersion;
  if (analyses.length === 1) {
    return (
      <p class="notice earlier-answers">{t('earlier.one', { count: concerned[0]!.n, version, current: bank.version })}</p>
    );
  }
  const who = isolateEach(concerned.map((x) => names?.[x.i] ?? x.a.party.name));
  return <p class="notice earlier-answers">{t('earlier.several', { who, count: concerned.length, version, current: bank.version })}</p>;
}
