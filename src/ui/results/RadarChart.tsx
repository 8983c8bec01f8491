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
} from 'chart.js';
import { useBank } from '../app/BankContext';
import { indexKenmerken } from './kenmerkIndex';
import { formatScore } from '../../core/format';
import { useT } from '../../i18n/useT';
import type { KenmerkScore } from '../../core/scoring/scoreKenmerk';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip);

const WITTE_VLEK = '#b3261e';
const LINE = '#1d1d1f';
/** Below this width the axes show numbers (the table and legend name them). */
const NARROW = 560;

type RadarConfig = ChartConfiguration<'radar', (number | null)[], string>;

/** The spider diagram "De kracht van het lokale professionele bondgenootschap": one axis per kenmerk. */
export default function RadarChart({ scores }: { scores: KenmerkScore[] }) {
  const { t, lang } = useT();
  const bank = useBank();
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [narrow, setNarrow] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setNarrow(el.clientWidth < NARROW));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!canvas.current) return;
    const index = indexKenmerken(bank);
    const entries = scores.map((s) => index.get(s.kenmerkId));
    const labels = entries.map((e, i) => (narrow ? String(i + 1) : `${i + 1}. ${e?.kenmerk.shortLabel[lang] ?? ''}`));
    const colors = entries.map((e) => e?.area.color ?? LINE);
    const config: RadarConfig = {
      type: 'radar',
      data: {
        labels,
        datasets: [
          {
            label: t('results.chartSeries'),
            data: scores.map((s) => s.score),
            spanGaps: false,
            borderColor: LINE,
            borderWidth: 2,
            backgroundColor: 'rgba(31, 95, 168, 0.15)',
            fill: true,
            pointStyle: scores.map((s) => (s.witteVlek ? 'triangle' : 'circle')),
            pointRadius: scores.map((s) => (s.witteVlek ? 8 : 4)),
            pointBackgroundColor: scores.map((s, i) => (s.witteVlek ? WITTE_VLEK : (colors[i] ?? LINE))),
            pointBorderColor: LINE,
          },
          {
            label: t('results.thresholdSeries', { value: formatScore(bank.thresholds.witteVlekBelow, lang) }),
            data: scores.map(() => bank.thresholds.witteVlekBelow),
            borderColor: WITTE_VLEK,
            borderWidth: 1.5,
            borderDash: [6, 4],
            pointRadius: 0,
            pointHitRadius: 0,
            fill: false,
          },
        ],
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
            pointLabels: {
              color: (ctx) => colors[ctx.index] ?? LINE,
              font: { size: narrow ? 13 : 14, weight: 'bold' },
              padding: 6,
            },
          },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => entries[items[0]?.dataIndex ?? 0]?.kenmerk.label[lang] ?? '',
              label: (item) => `${item.dataset.label ?? ''}: ${formatScore(item.raw as number | null, lang) ?? t('results.noScore')}`,
            },
          },
        },
      },
    };
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [scores, lang, narrow, bank, t]);

  const index = indexKenmerken(bank);
  return (
    <div class="radar" ref={box}>
      <div class="radar-canvas">
        <canvas ref={canvas} role="img" aria-label={t('results.chartAlt')} data-testid="radar" />
      </div>
      <ul class="chart-legend" aria-label={t('results.legend')}>
        {bank.areas.map((area) => (
          <li key={area.id} class="area-key" style={{ "--area-color": area.color }}>
            <span class="swatch" aria-hidden="true" /> {area.label[lang]}
          </li>
        ))}
        <li class="legend-witte-vlek">
          <span class="marker-triangle" aria-hidden="true" /> {t('results.legendWitteVlek')}
        </li>
        <li class="legend-threshold">
          <span class="marker-dash" aria-hidden="true" /> {t('results.thresholdSeries', { value: formatScore(bank.thresholds.witteVlekBelow, lang) })}
        </li>
      </ul>
      {narrow && (
        <ol class="axis-key" aria-label={t('results.axisKey')}>
          {scores.map((s) => {
            const e = index.get(s.kenmerkId);
            return <li key={s.kenmerkId}>{e?.kenmerk.shortLabel[lang]}</li>;
          })}
        </ol>
      )}
    </div>
  );
}
