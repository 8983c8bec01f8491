import { useEffect, useRef, useState } from 'preact/hooks';
import { wrapLabel } from './wrapLabel';
import {
  Chart,
  Filler,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  type ChartConfiguration,
  type ChartDataset,
} from 'chart.js';
import { useBank } from '../shell/content';
import { useT } from '../../i18n/useT';
import type { ChartSeries } from './chartSeries';

// No tooltip plugin: canvas tooltips reach neither keyboard nor screen reader; every value is in the
// table beside the diagram (and in the presentation's kenmerk steps). This keeps chart.js ~5 KiB smaller.
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);

const INK = '#1d1d1f';
/** Below this width the axes show numbers (a key below the chart names them). */
const NARROW = 400;

type RadarConfig = ChartConfiguration<'radar', (number | null)[], string | string[]>;

interface Props {
  series: ChartSeries[];
  /** Only these kenmerken, in this order (default: all 17); series data are per kenmerk in bank order. */
  kenmerkIds?: string[];
  /** Projector size: large labels and thick lines. */
  large?: boolean;
  /** Accessible name of the canvas (the page has a table with the same numbers). */
  label: string;
  /** Per kenmerk (bank order), a note after its axis label, e.g. "(onbekend)" where no point can be drawn. */
  axisNotes?: (string | null)[];
  /** Called with the canvas once drawn (e.g. for a PNG export). */
  onCanvas?: (canvas: HTMLCanvasElement | null) => void;
}

interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** True when two label boxes share any area. */
function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The axis-label boxes chart.js laid out (its radial scale keeps them; not part of its typed API). */
function labelBoxes(chart: Chart): LabelBox[] {
  const scale = chart.scales.r as unknown as { _pointLabelItems?: LabelBox[] };
  return (scale._pointLabelItems ?? []).map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
}

/**
 * Makes the axis labels fit without touching each other: narrower lines first, then smaller type
 * (down to 10 px), and when that is not enough, numbers with a key below (`toNumbers`). The boxes
 * that were drawn are kept on the canvas (`data-label-boxes`), so a test can check what the reader sees.
 */
function fitLabels(chart: Chart, canvas: HTMLCanvasElement, texts: string[] | null, large: boolean, toNumbers: () => void): void {
  const font = () => (chart.options.scales?.r as { pointLabels: { font: { size: number } } }).pointLabels.font;
  const start = large ? 26 : 14;
  const clash = () => {
    const boxes = labelBoxes(chart);
    return boxes.some((a, i) => boxes.some((b, j) => j > i && overlaps(a, b)));
  };
  if (texts) {
    search: for (const width of large ? [22, 16, 12] : [18, 14, 11]) {
      chart.data.labels = texts.map((text) => wrapLabel(text, width));
      for (let size = start; size >= (large ? 16 : 10); size -= 1) {
        font().size = size;
        chart.update();
        if (!clash()) break search;
      }
    }
    // On a projector the names stay (a key of numbers would not fit beside the chart in large type).
    if (clash() && !large) toNumbers();
  }
  canvas.dataset.labelBoxes = JSON.stringify(labelBoxes(chart).map((b) => [b.left, b.top, b.right, b.bottom].map(Math.round)));
}

/** Keeps the entries at `keep` of a per-kenmerk array (or a single value as it is). */
function pick<T>(value: T | T[] | undefined, keep: number[] | null): T | T[] | undefined {
  return Array.isArray(value) && keep ? keep.map((i) => value[i] as T) : value;
}

function toDataset(s: ChartSeries, keep: number[] | null, large: boolean): ChartDataset<'radar', (number | null)[]> {
  const radius = pick(s.pointRadius, keep) ?? 3;
  return {
    label: s.label,
    data: (pick(s.data, keep) as (number | null)[]) ?? [],
    spanGaps: false,
    borderColor: s.color,
    borderWidth: (s.width ?? 2) * (large ? 2 : 1),
    borderDash: s.dash ?? [],
    backgroundColor: s.fillColor ?? 'transparent',
    fill: s.fillTo ?? (s.fillColor ? true : false),
    pointStyle: (pick(s.pointStyle, keep) as ChartSeries['pointStyle']) ?? 'circle',
    pointRadius: large && typeof radius === 'number' ? radius * 2 : radius,
    pointBackgroundColor: pick(s.pointColor, keep) ?? s.color,
    pointBorderColor: pick(s.pointBorderColor, keep) ?? INK,
    pointBorderWidth: large ? 2 : 1.5,
    hidden: s.hidden ?? false,
  };
}

/**
 * The spider diagram "De kracht van het lokale professionele bondgenootschap": one axis per
 * kenmerk, labels coloured by area. The only place that uses chart.js (loaded on demand).
 */
export default function RadarChart({ series, label, onCanvas, kenmerkIds, axisNotes, large = false }: Props) {
  const { t, lang } = useT();
  const bank = useBank();
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  // The box's width, and the width at which the names did not fit and numbers took their place. Kept
  // apart: the key that then appears below changes the box's height, never its width, so the
  // choice holds until the box gets wider (a choice tied to the resize itself went back and forth).
  const [width, setWidth] = useState(0);
  const [numbersAt, setNumbersAt] = useState<number | null>(null);
  const narrow = (width > 0 && width < NARROW) || (numbersAt !== null && width <= numbersAt);
  const toNumbers = () => setNumbersAt(box.current?.clientWidth ?? 0);
  const every = bank.areas.flatMap((area) => area.kenmerken.map((kenmerk) => ({ kenmerk, area })));
  const keep = kenmerkIds ? kenmerkIds.map((id) => every.findIndex((e) => e.kenmerk.id === id)).filter((i) => i >= 0) : null;
  const kenmerken = keep ? keep.map((i) => every[i]!) : every;
  const numbers = keep ? keep.map((i) => i + 1) : every.map((_, i) => i + 1);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!canvas.current) return;
    const colors = kenmerken.map((e) => e.area.color);
    const texts = kenmerken.map((e, i) => `${numbers[i]}. ${e.kenmerk.label[lang]}${axisNotes?.[keep ? keep[i]! : i] ? ` ${axisNotes[keep ? keep[i]! : i]}` : ''}`);
    const config: RadarConfig = {
      type: 'radar',
      data: {
        labels: kenmerken.map((e, i) => (narrow ? [String(numbers[i])] : wrapLabel(texts[i]!, large ? 22 : 18))),
        datasets: series.map((s) => toDataset(s, keep, large)),
      },
      options: {
        animation: false,
        responsive: true,
        // At least twice the pixels: sharp in print and in the PNG export.
        devicePixelRatio: Math.max(2, globalThis.devicePixelRatio || 1),
        // A new size (window, print, projector) lays the labels out again: fit them again once drawn.
        onResize: (c: Chart) => queueMicrotask(() => c.canvas && fitLabels(c, c.canvas, narrow ? null : texts, large, toNumbers)),
        maintainAspectRatio: !large, // on a projector the box sets the size (fits 1280×720 and 1920×1080)
        aspectRatio: narrow ? 1 : large ? 1.6 : 1.3,
        layout: { padding: 4 },
        scales: {
          r: {
            min: 0,
            max: bank.scale.points.at(-1)?.value ?? 5,
            ticks: { stepSize: 1, color: '#333', font: { size: large ? 20 : 12 }, backdropColor: 'rgba(255,255,255,0.85)', callback: (v) => (v === 0 ? '' : String(v)) },
            grid: { color: large ? '#8a8a8a' : '#c8c8c8', lineWidth: large ? 2 : 1 },
            angleLines: { color: large ? '#8a8a8a' : '#c8c8c8', lineWidth: large ? 2 : 1 },
            pointLabels: { color: (ctx) => colors[ctx.index] ?? INK, font: { size: large ? 26 : narrow ? 13 : 14, weight: 'bold' }, padding: large ? 10 : 6 },
          },
        },
        plugins: {
          legend: { display: false },
        },
      },
    };
    const chart = new Chart(canvas.current, config); // draws at once (no animation)
    // What is drawn, in words a legend can be checked against: each visible series, its dash and marker.
    canvas.current.dataset.series = JSON.stringify(
      series.filter((s) => !s.hidden && !(s.color === 'rgba(0,0,0,0)' && !s.fillColor)).map((s) => {
        const band = s.fillTo !== undefined && s.fillTo !== false;
        const shape = Array.isArray(s.pointStyle) ? s.pointStyle[0] : s.pointStyle;
        return { label: s.label, dash: (s.dash ?? []).join(' '), point: band || s.pointRadius === 0 ? 'none' : (shape ?? 'circle') };
      }),
    );
    fitLabels(chart, canvas.current, narrow ? null : texts, large, toNumbers);
    onCanvas?.(canvas.current);
    return () => chart.destroy();
  }, [series, lang, narrow, bank, t, kenmerkIds?.join(','), large, axisNotes?.join('|')]);

  return (
    <div class="radar" ref={box}>
      <div class="radar-canvas">
        <canvas ref={canvas} role="img" aria-label={label} data-testid="radar" />
      </div>
      {narrow && (
        <ol class="axis-key" aria-label={t('results.axisKey')}>
          {kenmerken.map((e, i) => (
            <li key={e.kenmerk.id} value={numbers[i]}>
              {e.kenmerk.label[lang]}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
