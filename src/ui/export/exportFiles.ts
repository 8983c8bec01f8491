import { namedResultFile, resultFileName, type FileOptions } from '../../core/resultFile/writeFile';
import { answersCsv, scoresCsv, type CsvLabels } from '../../core/export/csv';
import { markExported } from '../../storage/analysesRepo';
import type { Analysis } from '../../core/analysis';
import { embedText, RESULT_PNG_KEYWORD } from '../../core/resultFile/pngText';
import { scoreAnalysis } from '../../core/scoring/scoreAnalysis';
import { formatDay, formatScore } from '../../core/format';
import { WITTE_VLEK_COLOR } from '../chart/singleSeries';
import { partyStyle } from '../chart/partyStyle';
import { partyNames } from '../comparison/partyNames';
import type { Bank, Lang } from '../../core/bank/types';
import type { TFunction } from 'i18next';
import { isolate } from '../components/UserText';

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

/** What the picture shows besides the diagram, in the user's language. */
interface PictureContent {
  title: string;
  lines: string[];
  legendTitle: string;
  legend: { label: string; mark: Mark }[];
  means?: { title: string; rows: { label: string; color: string; score: string }[] };
  footer: string;
}

type Mark =
  | { kind: 'swatch'; color: string }
  | { kind: 'line'; color: string; dash: number[]; width: number }
  | { kind: 'triangle' | 'diamond'; color: string }
  | { kind: 'gap' };

// The marks of the single-analysis diagram (src/ui/chart/singleSeries.ts): the line, the threshold
// ring, a low witte vlek (filled triangle), an onbekend one (hollow diamond), a gap.
const INK = '#1d1d1f';
const MUTED = '#45454a';

/**
 * The words around the diagram: title, party, role, partnership, date, legend, area means. Names
 * and partnership labels are isolated (without their own bidirectional controls, between FSI and
 * PDI): drawn on the canvas they cannot reorder the app's words beside them.
 */
export function pictureContent(analyses: Analysis[], bank: Bank, lang: Lang, t: TFunction): PictureContent {
  const latest = analyses.map((a) => a.updatedAt).reduce((a, b) => (a > b ? a : b), '');
  const date = t('export.picture.date', { date: formatDay(latest || new Date(), lang) });
  const partnerships = [...new Set(analyses.map((a) => a.partnership.trim()))];
  const partnership = partnerships.length === 1 && partnerships[0] ? [t('export.picture.partnership', { name: isolate(partnerships[0]) })] : [];
  const footer = t('export.picture.carries');
  const threshold = formatScore(bank.thresholds.witteVlekBelow, lang);

  const [only] = analyses;
  if (only && analyses.length === 1) {
    const scores = scoreAnalysis(bank, only.answers);
    const role = [t(`roles.${only.party.role}`), only.party.level ? t(`levels.${only.party.level}`) : ''].filter(Boolean).join(', ');
    const has = (status: string) => scores.kenmerken.some((k) => k.status === status);
    const legend: PictureContent['legend'] = [
      ...bank.areas.map((area) => ({ label: area.label[lang], mark: { kind: 'swatch', color: area.color } as Mark })),
      { label: t('results.chartSeries'), mark: { kind: 'line', color: INK, dash: [], width: 2 } },
      { label: t('results.thresholdSeries', { value: threshold }), mark: { kind: 'line', color: WITTE_VLEK_COLOR, dash: [6, 4], width: 1.5 } },
    ];
    if (has('laag')) legend.push({ label: t('results.legendWitteVlek'), mark: { kind: 'triangle', color: WITTE_VLEK_COLOR } });
    if (has('onbekend')) legend.push({ label: t('results.legendOnbekend'), mark: { kind: 'diamond', color: WITTE_VLEK_COLOR } });
    if (has('open')) legend.push({ label: t('results.legendGap'), mark: { kind: 'gap' } });
    return {
      title: t('results.title'),
      lines: [`${isolate(only.party.name)} — ${role}`, ...partnership, date],
      legendTitle: t('results.legend'),
      legend,
      means: {
        title: t('results.areasTitle'),
        rows: bank.areas.map((area, i) => ({ label: area.label[lang], color: area.color, score: formatScore(scores.areas[i]?.score ?? null, lang) ?? t('results.noScore') })),
      },
      footer,
    };
  }
  const names = partyNames(analyses, lang);
  return {
    title: t('results.title'),
    lines: [t('export.picture.parties', { count: analyses.length }), ...partnership, date],
    legendTitle: t('results.legend'),
    legend: analyses.map((a, i) => {
      const style = partyStyle(i);
      return { label: `${isolate(names[i] ?? a.party.name)} — ${t(`roles.${a.party.role}`)}`, mark: { kind: 'line', color: style.color, dash: style.dash, width: 3 } };
    }),
    footer,
  };
}

/** The picture's size in CSS px; it is drawn at twice that. */
const SCALE = 2;
const WIDTH = 960;
const PAD = 32;
const DIAGRAM = 560;
const COLUMN_X = PAD + DIAGRAM + 32;
const COLUMN = WIDTH - COLUMN_X - PAD;
const MARK = 26;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** The lines of `text` that fit in `width` at the context's font; a word longer than a line is broken. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const ch of word) {
      if (line && ctx.measureText(line + ch).width > width) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

function drawMark(ctx: CanvasRenderingContext2D, mark: Mark, x: number, middle: number): void {
  ctx.save();
  if (mark.kind === 'swatch') {
    ctx.fillStyle = mark.color;
    ctx.fillRect(x + 2, middle - 7, 14, 14);
  } else if (mark.kind === 'line') {
    ctx.strokeStyle = mark.color;
    ctx.lineWidth = mark.width;
    ctx.setLineDash(mark.dash);
    ctx.beginPath();
    ctx.moveTo(x, middle);
    ctx.lineTo(x + 20, middle);
    ctx.stroke();
  } else if (mark.kind === 'triangle') {
    ctx.fillStyle = mark.color;
    ctx.beginPath();
    ctx.moveTo(x + 9, middle - 7);
    ctx.lineTo(x + 17, middle + 6);
    ctx.lineTo(x + 1, middle + 6);
    ctx.closePath();
    ctx.fill();
  } else if (mark.kind === 'diamond') {
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = mark.color;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x + 9, middle - 7);
    ctx.lineTo(x + 16, middle);
    ctx.lineTo(x + 9, middle + 7);
    ctx.lineTo(x + 2, middle);
    ctx.closePath();
    ctx.fill();
    ctx.stroke();
  } else {
    ctx.strokeStyle = INK;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x, middle);
    ctx.lineTo(x + 7, middle);
    ctx.moveTo(x + 13, middle);
    ctx.lineTo(x + 20, middle);
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * Lays the picture out and, when `draw`, draws it; returns its height in CSS px. Run once to
 * measure (sizing the canvas resets the context) and once to draw.
 */
function layout(ctx: CanvasRenderingContext2D, content: PictureContent, chart: HTMLCanvasElement, draw: boolean): number {
  const text = (value: string, x: number, y: number, font: string, color = INK, align: CanvasTextAlign = 'left') => {
    if (!draw) return;
    ctx.font = font;
    ctx.fillStyle = color;
    ctx.textAlign = align;
    ctx.fillText(value, x, y);
  };
  const block = (value: string, x: number, y: number, width: number, font: string, lineHeight: number, color = INK): number => {
    ctx.font = font;
    const lines = wrap(ctx, value, width);
    lines.forEach((line, i) => text(line, x, y + i * lineHeight, font, color));
    return y + lines.length * lineHeight;
  };
  ctx.textBaseline = 'top';

  let y = block(content.title, PAD, PAD, WIDTH - 2 * PAD, `bold 28px ${FONT}`, 36);
  y += 8;
  for (const line of content.lines) y = block(line, PAD, y, WIDTH - 2 * PAD, `18px ${FONT}`, 26, MUTED);
  y += 20;
  const top = y;

  const ratio = chart.width > 0 && chart.height > 0 ? chart.height / chart.width : 1;
  const size = ratio > 1 ? { w: DIAGRAM / ratio, h: DIAGRAM } : { w: DIAGRAM, h: DIAGRAM * ratio };
  if (draw && chart.width > 0 && chart.height > 0) ctx.drawImage(chart, PAD + (DIAGRAM - size.w) / 2, top, size.w, size.h);

  let right = block(content.legendTitle, COLUMN_X, top, COLUMN, `bold 18px ${FONT}`, 26);
  right += 4;
  for (const item of content.legend) {
    if (draw) drawMark(ctx, item.mark, COLUMN_X, right + 10);
    right = block(item.label, COLUMN_X + MARK, right, COLUMN - MARK, `15px ${FONT}`, 22) + 4;
  }
  if (content.means) {
    right = block(content.means.title, COLUMN_X, right + 20, COLUMN, `bold 18px ${FONT}`, 26) + 4;
    for (const row of content.means.rows) {
      if (draw) drawMark(ctx, { kind: 'swatch', color: row.color }, COLUMN_X, right + 10);
      text(row.score, WIDTH - PAD, right, `bold 16px ${FONT}`, INK, 'right');
      right = block(row.label, COLUMN_X + MARK, right, COLUMN - MARK - 56, `15px ${FONT}`, 22) + 4;
    }
  }
  y = Math.max(top + size.h, right) + 24;
  y = block(content.footer, PAD, y, WIDTH - 2 * PAD, `13px ${FONT}`, 18, MUTED);
  return Math.ceil(y + PAD);
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/**
 * The shareable picture of these analyses: title, party, role, partnership, date, the diagram
 * (drawn from the chart's canvas), its legend and the area means (for several parties: the
 * parties as legend), at 2× on white; it carries `json` (the result file) in a PNG text chunk, so
 * the import reads it back. Null when the browser cannot draw or encode it.
 */
export async function resultPicture(chart: HTMLCanvasElement, analyses: Analysis[], bank: Bank, lang: Lang, t: TFunction, json: string): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const content = pictureContent(analyses, bank, lang, t);
  const height = layout(ctx, content, chart, false);
  canvas.width = WIDTH * SCALE;
  canvas.height = height * SCALE;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, height);
  ctx.imageSmoothingQuality = 'high';
  layout(ctx, content, chart, true);
  const blob = await canvasBlob(canvas);
  if (!blob) return null;
  const png = embedText(new Uint8Array(await blob.arrayBuffer()), RESULT_PNG_KEYWORD, json);
  return new Blob([png as BlobPart], { type: 'image/png' });
}
