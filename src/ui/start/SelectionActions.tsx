import { useBank } from '../shell/content';
import { hrefFor } from '../shell/route';
import { downloadFile } from '../export/saveFile';
import { noteExported, resultFile } from '../export/exportFiles';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

interface Props {
  all: Analysis[];
  selected: string[];
  onExported: () => void;
}

/** What to do with the chosen analyses: export them, compare them; or back up everything. */
export function SelectionActions({ all, selected, onExported }: Props) {
  const { t } = useT();
  const bank = useBank();
  const chosen = all.filter((a) => selected.includes(a.id));
  const exportSome = async (items: Analysis[]) => {
    const file = resultFile(items, bank);
    downloadFile(file.name, file.blob);
    await noteExported(items);
    onExported();
  };
  return (
    <div class="actions selection-actions">
      <span class="meta" role="status">
        {t('start.selected', { count: chosen.length })}
      </span>
      <button type="button" disabled={chosen.length === 0} onClick={() => void exportSome(chosen)}>
        {t('start.exportSelected')}
      </button>
      {chosen.length > 0 ? (
        <a class="button" href={hrefFor({ screen: 'compare', ids: chosen.map((a) => a.id) })}>
          {t('start.compareSelected')}
        </a>
      ) : (
        <a class="button" href={hrefFor({ screen: 'compare', ids: [] })}>
          {t('start.compareAll')}
        </a>
      )}
      <button type="button" disabled={all.length === 0} onClick={() => void exportSome(all)}>
        {t('start.backup')}
      </button>
    </div>
  );
}
