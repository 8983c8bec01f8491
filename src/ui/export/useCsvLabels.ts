import { useT } from '../../i18n/useT';
import type { CsvLabels } from '../../core/export/csv';

/** The CSV column titles in the user's language. */
export function useCsvLabels(): CsvLabels {
  const { t } = useT();
  return {
    area: t('csv.area'),
    kenmerk: t('csv.kenmerk'),
    statement: t('csv.statement'),
    mean: t('csv.mean'),
    min: t('csv.min'),
    max: t('csv.max'),
    range: t('csv.range'),
    unknown: t('csv.unknown'),
    score: t('csv.score'),
    witteVlek: t('csv.witteVlek'),
    rated: t('csv.rated'),
    unknownCount: t('csv.unknownCount'),
    areaMean: t('csv.areaMean'),
    analysisName: t('csv.analysisName'),
    follows: t('csv.follows'),
    witteVlekYes: t('csv.witteVlekYes'),
    witteVlekUnknown: t('csv.witteVlekUnknown'),
    witteVlekNo: t('csv.witteVlekNo'),
    statementAsReadBy: (role) => t('csv.statementAsReadBy', { role: t(`roles.${role}`) }),
  };
}
