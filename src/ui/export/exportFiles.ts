import { namedResultFile, resultFileName, type FileOptions } from '../../core/resultFile/writeFile';
import { answersCsv, scoresCsv, type CsvLabels } from '../../core/export/csv';
import { markExported } from '../../storage/analysesRepo';
import type { Analysis } from '../../core/analysis';
import type { Bank, Lang } from '../../core/bank/types';

/** The result file of these analyses, with its readable name. */
export function resultFile(analyses: Analysis[], bank: Bank, now = new Date(), options: FileOptions = {}): { name: string; blob: Blob; text: string } {
  const { name, text } = namedResultFile(analyses, bank, __APP_VERSION__, now, options);
  return { name, blob: new Blob([text], { type: 'application/json' }), text };
}

/** Records the export, so the list can tell whether an analysis changed since. */
export function noteExported(analyses: Analysis[]): Promise<void> {
  return markExported(analyses.map((a) => a.id)).catch(() => undefined);
}

/** A CSV (scores per kenmerk per party, or raw answers) for Dutch Excel. */
export function csvFile(kind: 'scores' | 'answers', analyses: Analysis[], bank: Bank, lang: Lang, labels: CsvLabels): { name: string; blob: Blob } {
  const text = kind === 'scores' ? scoresCsv(bank, analyses, lang, labels) : answersCsv(bank, analyses, lang, labels);
  const name = resultFileName(analyses, new Date(), 'csv').replace(/\.csv$/, `-${kind === 'scores' ? 'scores' : 'antwoorden'}.csv`);
  return { name, blob: new Blob([text], { type: 'text/csv;charset=utf-8' }) };
}

/** The diagram as a PNG on a white background. */
export function diagramPng(canvas: HTMLCanvasElement): Promise<Blob | null> {
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const ctx = copy.getContext('2d');
  if (!ctx) return Promise.resolve(null);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, copy.width, copy.height);
  ctx.drawImage(canvas, 0, 0);
  return new Promise((resolve) => copy.toBlob(resolve, 'image/png'));
}
