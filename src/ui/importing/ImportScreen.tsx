import { useEffect, useState } from 'preact/hooks';
import { useBank } from '../app/BankContext';
import { hrefFor } from '../app/route';
import { useFocusHeading } from '../components/useFocusHeading';
import { listAnalyses } from '../../storage/analysesRepo';
import { prepareImportSteps, readSources, type ImportSource, type PreparedImport } from './prepareImport';
import { ImportProgress, type ImportProgressState } from './ImportProgress';
import { runInSlices } from '../components/runInSlices';
import { applyImport, applyWorkshops, type ConflictChoice } from './applyImport';
import { takePendingFiles } from './pendingFiles';
import { decodeLink } from '../export/linkCodec';
import { ImportSummary } from './ImportSummary';
import { ConflictChoices } from './ConflictChoices';
import { StatusMessage } from '../components/StatusMessage';
import { useT } from '../../i18n/useT';

/** From this many results on, storing them shows its progress (fewer are stored in a blink). */
const SHOW_PROGRESS_FROM = 1000;

type Stage =
  | { step: 'pick' }
  | { step: 'working'; progress: ImportProgressState | null }
  | { step: 'choose'; prepared: PreparedImport }
  | { step: 'done'; prepared: PreparedImport; ids: string[]; workshops: string[] }
  | { step: 'failed' };

/** Import of result files (picker, drop, or a link's #fragment), ending with a summary per file. */
export function ImportScreen({ linkPayload }: { linkPayload?: string }) {
  const { t } = useT();
  const bank = useBank();
  const heading = useFocusHeading();
  const [stage, setStage] = useState<Stage>({ step: 'pick' });
  const [choices, setChoices] = useState(new Map<string, ConflictChoice>());

  const finish = async (prepared: PreparedImport, chosen: ReadonlyMap<string, ConflictChoice>, started?: number) => {
    try {
      const ids = await applyImport(prepared.plan, chosen, t('import.copySuffix'), (stored, all) =>
        all >= SHOW_PROGRESS_FROM ? setStage({ step: 'working', progress: { phase: 'store', stored, total: all } }) : undefined,
      );
      const workshops = await applyWorkshops(prepared.workshops);
      if (started !== undefined) performance.measure('bg:import-stored', { start: started, end: performance.now() });
      setStage({ step: 'done', prepared, ids, workshops });
    } catch {
      setStage({ step: 'failed' });
    }
  };
  const start = async (sources: ImportSource[], started = performance.now()) => {
    if (sources.length === 0) return;
    setStage({ step: 'working', progress: null });
    // Checked in slices, so that a file with thousands of results does not freeze the page.
    const steps = prepareImportSteps(sources, bank, await listAnalyses());
    const prepared = await runInSlices(steps, (p) => setStage({ step: 'working', progress: { phase: 'check', ...p } }));
    // Read, checked and merged with what is here: the import is planned (storing follows).
    performance.measure('bg:import', { start: started, end: performance.now() });
    if (prepared.plan.conflicts.length > 0) setStage({ step: 'choose', prepared });
    else await finish(prepared, new Map(), started);
  };
  const fromFiles = async (files: File[]) => {
    const started = performance.now();
    await start(await readSources(files), started);
  };
  useEffect(() => {
    const onDrop = () => void fromFiles(takePendingFiles());
    addEventListener('bondgenoten:files-dropped', onDrop);
    return () => removeEventListener('bondgenoten:files-dropped', onDrop);
  }, []);
  useEffect(() => {
    const dropped = takePendingFiles();
    if (dropped.length > 0) void fromFiles(dropped);
    else if (linkPayload) {
      history.replaceState(null, '', '#/importeren'); // the data leaves the address bar and history
      decodeLink(linkPayload).then(
        (text) => start([{ name: t('import.linkName'), text }]),
        () => start([{ name: t('import.linkName'), error: { code: 'not-json' } }]),
      );
    }
  }, []);

  return (
    <section aria-labelledby="import-title" class="import">
      <h1 id="import-title" tabIndex={-1} ref={heading}>
        {t('import.title')}
      </h1>
      <p class="lead">{t('import.intro')}</p>
      <div class="drop-zone">
        <label for="import-files">{t('import.pick')}</label>
        <p class="hint" id="import-hint">
          {t('import.hint')}
        </p>
        <input
          id="import-files"
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby="import-hint"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            void fromFiles(files);
          }}
        />
      </div>
      {stage.step === 'working' && <ImportProgress progress={stage.progress} />}
      {stage.step === 'failed' && <StatusMessage kind="error">{t('errors.storageWrite')}</StatusMessage>}
      {stage.step === 'choose' && (
        <ConflictChoices
          conflicts={stage.prepared.plan.conflicts}
          choices={choices}
          onChange={setChoices}
          onConfirm={() => void finish(stage.prepared, choices)}
        />
      )}
      {stage.step === 'done' && (
        <>
          <ImportSummary outcomes={stage.prepared.outcomes} />
          {stage.ids.length > 0 && (
            <p class="actions">
              {stage.workshops[0] && (
                <a class="button primary" href={hrefFor({ screen: 'workshop', id: stage.workshops[0] })}>
                  {t('import.openWorkshop')}
                </a>
              )}
              <a class="button primary" href={hrefFor({ screen: 'compare', ids: stage.ids })}>
                {t('import.compare')}
              </a>
              <a class="button" href="#/">
                {t('results.backToList')}
              </a>
            </p>
          )}
        </>
      )}
    </section>
  );
}
