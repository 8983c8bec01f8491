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
const NARROW = 560;

type RadarConfig = ChartConfiguration<'radar', (number | null)[], string | string[]>;

interface Props {
  series: ChartSeries[];
  /** Only these kenmerken, in this order (default: all 17); series data are per kenmerk in bank order. */
  kenmerkIds?: string[];
  /** Projector size: large labels and thick lines. */
  large?: boolean;
  /** Accessible name of the canvas (the page has a table with the same numbers). */
  label: string;
  /** Called with the canvas once drawn (e.g. for a PNG export). */
  onCanvas?: (canvas: HTMLCanvasElement | null) => void;
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
    pointBorderColor: INK,
    hidden: s.hidden ?? false,
  };
}

/**
 * The spider diagram "De kracht van het lokale professionele bondgenootschap": one axis per
 * kenmerk, labels coloured by area. The only place that uses chart.js (loaded on demand).
 */
export default function RadarChart({ series, label, onCanvas, kenmerkIds, large = false }: Props) {
  const { t, lang } = useT();
  const bank = useBank();
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [narrow, setNarrow] = useState(false);
  const every = bank.areas.flatMap((area) => area.kenmerken.map((kenmerk) => ({ kenmerk, area })));
  const keep = kenmerkIds ? kenmerkIds.map((id) => every.findIndex((e) => e.kenmerk.id === id)).filter((i) => i >= 0) : null;
  const kenmerken = keep ? keep.map((i) => every[i]!) : every;
  const numbers = keep ? keep.map((i) => i + 1) : every.map((_, i) => i + 1);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setNarrow(el.clientWidth < NARROW));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!canvas.current) return;
    const colors = kenmerken.map((e) => e.area.color);
    const config: RadarConfig = {
      type: 'radar',
      data: {
        labels: kenmerken.map((e, i) => (narrow ? [String(numbers[i])] : wrapLabel(`${numbers[i]}. ${e.kenmerk.label[lang]}`, large ? 22 : 18))),
        datasets: series.map((s) => toDataset(s, keep, large)),
      },
      options: {
        animation: false,
        responsive: true,
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
    onCanvas?.(canvas.current);
    return () => chart.destroy();
  }, [series, lang, narrow, bank, t, kenmerkIds?.join(','), large]);

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
