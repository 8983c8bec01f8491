import { useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { useBank } from '../shell/content';
import { canShareFiles, downloadFile, shareFile } from './saveFile';
import { csvFile, noteExported, resultFile, resultPicture } from './exportFiles';
import { encodeLink } from '../../import/linkCodec';
import { useCsvLabels } from './useCsvLabels';
import { QrDialog } from './QrDialog';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

interface Props {
  analyses: Analysis[];
  /** The drawn diagram, for the picture (PNG) that carries the result file (absent: no PNG button). */
  canvas?: RefObject<HTMLCanvasElement | null>;
}

/** Every way to take results off the device: file, share sheet, CSV, PNG, print, link. */
export function ExportPanel({ analyses, canvas }: Props) {
  const { t, lang } = useT();
  const bank = useBank();
  const labels = useCsvLabels();
  const [done, setDone] = useState('');
  const [link, setLink] = useState('');
  const [qr, setQr] = useState(false);
  const single = analyses.length === 1;

  const saveJson = async (share: boolean) => {
    const file = resultFile(analyses, bank);
    const ok = share ? await shareFile(file.name, file.blob, t('export.shareTitle')) : (downloadFile(file.name, file.blob), true);
    if (!ok) return;
    await noteExported(analyses);
    setDone(t('export.saved', { name: file.name }));
  };
  const saveCsv = (kind: 'scores' | 'answers') => {
    const file = csvFile(kind, analyses, bank, lang, labels);
    downloadFile(file.name, file.blob);
    setDone(t('export.saved', { name: file.name }));
  };
  const savePng = async () => {
    const el = canvas?.current;
    if (!el) return;
    // The picture carries the same result file as "Opslaan als bestand", so the import reads it back.
    const file = resultFile(analyses, bank);
    const blob = await resultPicture(el, analyses, bank, lang, t, file.text);
    if (!blob) return;
    const name = file.name.replace(/\.json$/, '.png');
    downloadFile(name, blob);
    await noteExported(analyses);
    setDone(t('export.saved', { name }));
  };
  const makeLink = async () => {
    const base = location.href.split('#')[0] ?? '';
    setLink(await encodeLink(resultFile(analyses, bank).text, base));
  };

  return (
    <section class="export-panel no-print" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <p>{t('export.intro')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void saveJson(false)}>
          {t('export.json')}
        </button>
        {canShareFiles() && (
          <button type="button" onClick={() => void saveJson(true)}>
            {t('export.share')}
          </button>
        )}
        <button type="button" onClick={() => saveCsv('scores')}>
          {t('export.csvScores')}
        </button>
        <button type="button" onClick={() => saveCsv('answers')}>
          {t('export.csvAnswers')}
        </button>
        {canvas && (
          <button type="button" aria-describedby="export-png-hint" onClick={() => void savePng()}>
            {t('export.png')}
          </button>
        )}
        <button type="button" onClick={() => print()}>
          {t('export.print')}
        </button>
        {single && (
          <button type="button" onClick={() => void makeLink()}>
            {t('export.link')}
          </button>
        )}
        {single && (
          <button type="button" aria-haspopup="dialog" onClick={() => setQr(true)}>
            {t('export.qr')}
          </button>
        )}
      </div>
      {qr && analyses[0] && <QrDialog analysis={analyses[0]} bank={bank} onClose={() => setQr(false)} />}
      {canvas && (
        <p class="hint" id="export-png-hint">
          {t('export.pngHint')}
        </p>
      )}
      {link && (
        <div class="field share-link">
          <label for="share-link">{t('export.linkLabel')}</label>
          <p class="hint" id="share-link-hint">
            {t('export.linkHint')}
          </p>
          <input id="share-link" readOnly value={link} aria-describedby="share-link-hint" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => void navigator.clipboard?.writeText(link).then(() => setDone(t('export.copied')), () => undefined)}>
            {t('export.copy')}
          </button>
        </div>
      )}
      <p role="status" class="save-note">
        {done}
      </p>
    </section>
  );
}
