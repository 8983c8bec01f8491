import { useBank } from '../app/BankContext';
import { hrefFor } from '../app/route';
import { useFocusHeading } from '../components/useFocusHeading';
import { ResultPicker } from '../compare/ResultPicker';
import { CompareView } from '../compare/CompareView';
import { roleNames } from '../compare/roleNames';
import { ActionTable } from '../werkplan/ActionTable';
import { WorkshopActionForm } from './WorkshopActionForm';
import { setNamesHidden, useNamesHidden } from './namesHidden';
import { downloadFile } from '../export/saveFile';
import { resultFile } from '../export/exportFiles';
import { deleteWorkshopAction, markWorkshopExported, saveWorkshopAction, saveWorkshopResults } from '../../storage/workshopsRepo';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';
import type { Workshop } from '../../core/workshop';

interface Props {
  workshop: Workshop;
  all: Analysis[];
  onChange: (workshop: Workshop) => void;
}

/** The werkplaats screen: choose results, compare them, record agreed actions, export, present. */
export function WorkshopView({ workshop, all, onChange }: Props) {
  const { t, lang } = useT();
  const bank = useBank();
  const heading = useFocusHeading();
  const hideNames = useNamesHidden();
  const chosen = workshop.resultIds.map((id) => all.find((a) => a.id === id)).filter((a): a is Analysis => Boolean(a));
  const labels = new Map(bank.areas.flatMap((a) => a.kenmerken.map((k) => [k.id, k.label[lang]] as const)));
  const run = (write: Promise<Workshop>) => write.then(onChange, () => undefined);
  const exportFile = async (anonymous: boolean) => {
    const names = roleNames(chosen, (r) => t(`roles.${r}`));
    const file = resultFile(chosen, bank, new Date(), { workshops: [workshop], ...(anonymous ? { anonymize: (_a, i) => names[i] ?? '' } : {}) });
    downloadFile(file.name, file.blob);
    await run(markWorkshopExported(workshop.id));
  };

  return (
    <section aria-labelledby="workshop-title" class="workshop">
      <p class="context no-print">{t('workshop.kind')}</p>
      <h1 id="workshop-title" tabIndex={-1} ref={heading}>
        {workshop.name}
      </h1>
      <p class="lead no-print">{t('workshop.intro')}</p>
      <div class="actions no-print">
        <a class="button primary" href={hrefFor({ screen: 'present', id: workshop.id })}>
          {t('workshop.present')}
        </a>
        <button type="button" onClick={() => void exportFile(false)}>
          {t('workshop.export')}
        </button>
        <button type="button" onClick={() => void exportFile(true)}>
          {t('workshop.exportAnonymous')}
        </button>
        <button type="button" onClick={() => print()}>
          {t('workshop.print')}
        </button>
      </div>
      <label class="check no-print">
        <input type="checkbox" checked={hideNames} onChange={(e) => setNamesHidden(e.currentTarget.checked)} />
        <span>{t('workshop.hideNames')}</span>
      </label>
      {!hideNames && <ResultPicker all={all} chosen={workshop.resultIds} onChange={(ids) => void run(saveWorkshopResults(workshop.id, ids))} />}
      {chosen.length === 0 ? <p>{t('compare.none')}</p> : <div class="workshop-compare"><CompareView analyses={chosen} hideNames={hideNames} exportPanel={false} /></div>}
      <section aria-labelledby="agreed-title" class="agreed">
        <h2 id="agreed-title">{t('workshop.agreedTitle')}</h2>
        <ActionTable actions={workshop.actions} labels={labels} onDelete={(a) => void run(deleteWorkshopAction(workshop.id, a.id))} />
        <WorkshopActionForm onAdd={(action) => run(saveWorkshopAction(workshop.id, action))} />
      </section>
    </section>
  );
}
