import { useEffect, useState } from 'preact/hooks';
import { useBank } from '../shell/content';
import { ScreenFrame } from '../shell/ScreenFrame';
import { hrefFor } from '../shell/route';
import { incomingFiles, takeIncomingFiles } from '../shell/incomingFiles';
import { applyImport, prepareImport, warmUpImport } from '../../import/importClient';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';
import { ConflictChoices } from './ConflictChoices';
import { MakeWorkshopButton } from '../comparison/MakeWorkshopButton';
import { StatusMessage } from '../components/StatusMessage';
import { COMPARE_MAX } from '../comparison/compareLimit';
import { useT } from '../../i18n/useT';
import { setLang } from '../../i18n/i18n';
import type { AppliedImport, ConflictChoice, ImportInput, ImportProgress as Progress, PreparedImport } from '../../import/types';

type Stage =
  | { step: 'pick' }
  | { step: 'working'; progress: Progress | null }
  | { step: 'choose'; prepared: PreparedImport }
  | { step: 'done'; prepared: PreparedImport; applied: AppliedImport }
  | { step: 'failed' };

/**
 * Import of result files (picker, drop, or a link's #fragment), ending with a summary per file.
 * The files are read, checked and stored in the import worker: the page only shows how far it is.
 */
export function ImportScreen({ linkPayload }: { linkPayload?: string }) {
  const { t } = useT();
  const bank = useBank();
  const [stage, setStage] = useState<Stage>({ step: 'pick' });
  const [choices, setChoices] = useState(new Map<string, ConflictChoice>());
  // Progress comes over its own channel and may arrive after the outcome: it only updates a running import.
  const working = (progress: Progress) => setStage((s) => (s.step === 'working' ? { step: 'working', progress } : s));

  const finish = async (prepared: PreparedImport, chosen: ReadonlyMap<string, ConflictChoice>) => {
    setStage({ step: 'working', progress: null });
    try {
      const applied = await applyImport(prepared.token, chosen, t('import.copySuffix'), working);
      if (prepared.settings) await setLang(prepared.settings.language); // a backup brings the user's language back
      setStage({ step: 'done', prepared, applied });
    } catch {
      setStage({ step: 'failed' });
    }
  };
  const start = async (inputs: ImportInput[]) => {
    if (inputs.length === 0) return;
    setStage({ step: 'working', progress: null });
    try {
      const prepared = await prepareImport(inputs, bank, working);
      if (prepared.conflicts.length > 0) {
        setChoices(new Map());
        setStage({ step: 'choose', prepared });
      } else await finish(prepared, new Map());
    } catch {
      setStage({ step: 'failed' });
    }
  };
  const fromFiles = (files: File[]) => start(files.map((file) => ({ kind: 'file', file })));

  useEffect(warmUpImport, []);
  // Files dropped anywhere in the app (now, or before this screen opened).
  useEffect(() => {
    if (incomingFiles.value.length > 0) void fromFiles(takeIncomingFiles());
  }, [incomingFiles.value]);
  useEffect(() => {
    if (!linkPayload) return;
    history.replaceState(null, '', '#/importeren'); // the data leaves the address bar and history
    void start([{ kind: 'link', name: t('import.linkName'), payload: linkPayload }]);
  }, []);

  return (
    <ScreenFrame id="import-title" class="import" title={t('import.title')}>
      <p class="lead">{t('import.intro')}</p>
      <p>
        <a href={hrefFor({ screen: 'scan' })}>{t('scan.open')}</a>
      </p>
      <div class="drop-zone">
        <label for="import-files">{t('import.pick')}</label>
        <p class="hint" id="import-hint">
          {t('import.hint')}
        </p>
        <input
          id="import-files"
          type="file"
          multiple
          accept=".json,application/json,.png,image/png"
          aria-describedby="import-hint"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            void fromFiles(files);
          }}
        />
      </div>
      {stage.step === 'working' && <ImportProgress progress={stage.progress} />}
      {stage.step === 'failed' && <StatusMessage kind="error">{t('errors.importFailed')}</StatusMessage>}
      {stage.step === 'choose' && (
        <ConflictChoices conflicts={stage.prepared.conflicts} choices={choices} onChange={setChoices} onConfirm={() => void finish(stage.prepared, choices)} />
      )}
      {stage.step === 'done' && (
        <>
          <ImportSummary outcomes={stage.prepared.outcomes} links={stage.applied.links} settingsRestored={Boolean(stage.prepared.settings)} />
          {stage.applied.ids.length > 0 && (
            <div class="actions">
              {stage.applied.workshops[0] && (
                <a class="button primary" href={hrefFor({ screen: 'workshop', id: stage.applied.workshops[0] })}>
                  {t('import.openWorkshop')}
                </a>
              )}
              {/* A werkplaats of the results just imported: the usual next step in the room. */}
              {stage.applied.ids.length >= 2 && stage.applied.ids.length <= COMPARE_MAX && (
                <MakeWorkshopButton ids={stage.applied.ids} class={stage.applied.workshops[0] ? '' : 'primary'} />
              )}
              {stage.applied.ids.length <= COMPARE_MAX && (
                <a class="button primary" href={hrefFor({ screen: 'compare', ids: stage.applied.ids })}>
                  {t('import.compare')}
                </a>
              )}
              <a class="button" href="#/">
                {t('results.backToList')}
              </a>
            </div>
          )}
          {stage.applied.ids.length > COMPARE_MAX && (
            <p class="hint">{t('import.compareTooMany', { limit: COMPARE_MAX })}</p>
          )}
        </>
      )}
    </ScreenFrame>
  );
}
