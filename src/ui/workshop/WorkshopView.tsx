import { isolateEach, UserText } from '../components/UserText';
import { formatDay } from '../../core/format';
import { partyNames } from '../comparison/partyNames';
import { roleNames } from '../comparison/roleNames';
import { inPartyOrder } from '../comparison/partyOrder';
import { useBank } from '../shell/content';
import { hrefFor } from '../shell/route';
import { ScreenFrame } from '../shell/ScreenFrame';
import { WorkshopSettings } from './WorkshopSettings';
import { AnonymousExport } from './AnonymousExport';
import { ResultPicker } from '../comparison/ResultPicker';
import { CompareView } from '../comparison/CompareView';
import { ActionTable } from '../actions/ActionTable';
import { WorkshopActionForm } from '../actions/WorkshopActionForm';
import { namesHidden } from '../comparison/namesHidden';
import { downloadFile } from '../export/saveFile';
import { resultFile } from '../export/exportFiles';
import { deleteWorkshopAction, markWorkshopExported, saveWorkshopAction, saveWorkshopResults } from '../../storage/workshopsRepo';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';
import type { Workshop } from '../../core/workshop';

interface Props {
  workshop: Workshop;
  /** Those of its results that are on this device. */
  results: Analysis[];
  onChange: (workshop: Workshop) => void;
}

/** The werkplaats screen: choose results, compare them, record agreed actions, export, present. */
export function WorkshopView({ workshop, results: chosen, onChange }: Props) {
  const { t, lang } = useT();
  const bank = useBank();
  const hideNames = namesHidden.value;
  const missing = workshop.resultIds.length - chosen.length;
  const labels = new Map(bank.areas.flatMap((a) => a.kenmerken.map((k) => [k.id, k.label[lang]] as const)));
  const run = (write: Promise<Workshop>) => write.then(onChange, () => undefined);
  // On paper: who took part (their roles when names are hidden), in the parties' fixed order.
  const ordered = inPartyOrder(chosen);
  const participants = hideNames ? roleNames(ordered, (r) => t(`roles.${r}`)) : partyNames(ordered, lang);
  const exportFile = async () => {
    const file = resultFile(chosen, bank, new Date(), { workshops: [workshop] });
    downloadFile(file.name, file.blob);
    await run(markWorkshopExported(workshop.id));
  };

  return (
    <ScreenFrame id="workshop-title" class="workshop" context={<span class="no-print">{t('workshop.kind')}</span>} title={<UserText>{workshop.name}</UserText>}>
      <p class="lead no-print">{t('workshop.intro')}</p>
      <p class="print-only workshop-print-head">
        {t('workshop.printDate', { date: formatDay(new Date(), lang) })}
        <br />
        {t('workshop.participants')}: {isolateEach(participants)}
      </p>
      <div class="actions no-print">
        <a class="button primary" href={hrefFor({ screen: 'present', id: workshop.id })}>
          {t('workshop.present')}
        </a>
        <button type="button" onClick={() => void exportFile()}>
          {t('workshop.export')}
        </button>
        <button type="button" onClick={() => print()}>
          {t('workshop.print')}
        </button>
      </div>
      <label class="check no-print">
        <input type="checkbox" checked={hideNames} onChange={(e) => (namesHidden.value = e.currentTarget.checked)} />
        <span>{t('workshop.hideNames')}</span>
      </label>
      {missing > 0 && <p class="notice">{t('workshop.missingResults', { count: missing })}</p>}
      {!hideNames && <ResultPicker chosen={workshop.resultIds} onChange={(ids) => void run(saveWorkshopResults(workshop.id, ids))} />}
      {chosen.length === 0 ? <p>{t('compare.none')}</p> : <div class="workshop-compare"><CompareView analyses={chosen} hideNames={hideNames} exportPanel={false} /></div>}
      <section aria-labelledby="agreed-title" class="agreed">
        <h2 id="agreed-title">{t('workshop.agreedTitle')}</h2>
        <ActionTable actions={workshop.actions} labels={labels} onDelete={(a) => void run(deleteWorkshopAction(workshop.id, a.id))} />
        <WorkshopActionForm onAdd={(action) => run(saveWorkshopAction(workshop.id, action))} />
      </section>
      <AnonymousExport workshop={workshop} results={chosen} />
      <WorkshopSettings workshop={workshop} onChange={onChange} />
    </ScreenFrame>
  );
}
