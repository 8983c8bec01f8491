import { useEffect, useRef, useState } from 'preact/hooks';
import {
  Chart,
  Filler,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
} from 'chart.js';
import { useBank } from '../app/BankContext';
import { formatScore } from '../../core/format';
import { useT } from '../../i18n/useT';
import type { ChartSeries } from './chartSeries';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip);

const INK = '#1d1d1f';
/** Below this width the axes show numbers (a key below the chart names them). */
const NARROW = 560;

type RadarConfig = ChartConfiguration<'radar', (number | null)[], string>;

interface Props {
  series: ChartSeries[];
  /** Accessible name of the canvas (the page has a table with the same numbers). */
  label: string;
  /** Called with the canvas once drawn (e.g. for a PNG export). */
  onCanvas?: (canvas: HTMLCanvasElement | null) => void;
}

function toDataset(s: ChartSeries): ChartDataset<'radar', (number | null)[]> {
  return {
    label: s.label,
    data: s.data,
    spanGaps: false,
    borderColor: s.color,
    borderWidth: s.width ?? 2,
    borderDash: s.dash ?? [],
    backgroundColor: s.fillColor ?? 'transparent',
    fill: s.fillTo ?? (s.fillColor ? true : false),
    pointStyle: s.pointStyle ?? 'circle',
    pointRadius: s.pointRadius ?? 3,
    pointBackgroundColor: s.pointColor ?? s.color,
    pointBorderColor: INK,
    pointHitRadius: s.pointRadius === 0 ? 0 : 6,
    hidden: s.hidden ?? false,
  };
}

/**
 * The spider diagram "De kracht van het lokale professionele bondgenootschap": one axis per
 * kenmerk, labels coloured by area. The only place that uses chart.js (loaded on demand).
 */
export default function RadarChart({ series, label, onCanvas }: Props) {
  const { t, lang } = useT();
  const bank = useBank();
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [narrow, setNarrow] = useState(false);
  const kenmerken = bank.areas.flatMap((area) => area.kenmerken.map((kenmerk) => ({ kenmerk, area })));

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
        labels: kenmerken.map((e, i) => (narrow ? String(i + 1) : `${i + 1}. ${e.kenmerk.shortLabel[lang]}`)),
        datasets: series.map(toDataset),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: true,
        aspectRatio: narrow ? 1 : 1.3,
        layout: { padding: 4 },
        scales: {
          r: {
            min: 0,
            max: bank.scale.points.at(-1)?.value ?? 5,
            ticks: { stepSize: 1, color: '#444', backdropColor: 'rgba(255,255,255,0.85)', callback: (v) => (v === 0 ? '' : String(v)) },
            grid: { color: '#c8c8c8' },
            angleLines: { color: '#c8c8c8' },
            pointLabels: { color: (ctx) => colors[ctx.index] ?? INK, font: { size: narrow ? 13 : 14, weight: 'bold' }, padding: 6 },
          },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            filter: (item) => (item.raw as number | null) !== null && series[item.datasetIndex]?.tooltip !== false,
            callbacks: {
              title: (items) => kenmerken[items[0]?.dataIndex ?? 0]?.kenmerk.label[lang] ?? '',
              label: (item) => `${item.dataset.label ?? ''}: ${formatScore(item.raw as number | null, lang) ?? t('results.noScore')}`,
            },
          },
        },
      },
    };
    const started = performance.now();
    const chart = new Chart(canvas.current, config); // draws at once (no animation)
    performance.measure('bg:chart', { start: started, end: performance.now() });
    onCanvas?.(canvas.current);
    return () => chart.destroy();
  }, [series, lang, narrow, bank, t]);

  return (
    <div class="radar" ref={box}>
      <div class="radar-canvas">
        <canvas ref={canvas} role="img" aria-label={label} data-testid="radar" />
      </div>
      {narrow && (
        <ol class="axis-key" aria-label={t('results.axisKey')}>
          {kenmerken.map((e) => (
            <li key={e.kenmerk.id}>{e.kenmerk.shortLabel[lang]}</li>
          ))}
        </ol>
      )}
    </div>
  );
}
