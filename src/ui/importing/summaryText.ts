import { isolate } from '../components/UserText';
import type { TFunction } from 'i18next';
import type { FileOutcome, WorkshopLinks } from '../../import/types';

/**
 * The line of a file that was read: what was added, what was already here, its werkplaatsen (one
 * none of whose results is here is said as such, never counted as a plain werkplaats), and what
 * was kept aside.
 */
export function outcomeText(o: FileOutcome, t: TFunction): string {
  const withResults = o.workshops - o.workshopsWithoutResults;
  return [
    o.added > 0 && t('import.added', { count: o.added }),
    o.present > 0 && t('import.present', { count: o.present }),
    o.conflicts > 0 && t('import.conflicts', { count: o.conflicts }),
    withResults > 0 && t('import.workshops', { count: withResults }),
    o.workshopsWithoutResults > 0 && t('import.workshopsWithoutResults', { count: o.workshopsWithoutResults }),
    o.earlier > 0 && t('import.earlier', { count: o.earlier }),
    o.dropped > 0 && t('import.dropped', { count: o.dropped }),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** What is missing from a stored werkplaats: no results at all, none of them here, or some of them. */
export function linkText(l: WorkshopLinks, t: TFunction): string {
  const name = isolate(l.name);
  if (l.total === 0) return t('import.workshopNoResults', { name });
  if (l.missing === l.total) return t('import.workshopEmpty', { name, count: l.total });
  return t('import.workshopLinks', { name, count: l.missing, total: l.total });
}
