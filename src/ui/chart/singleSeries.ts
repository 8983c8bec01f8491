import type { ChartSeries } from './chartSeries';
import type { KenmerkScore } from '../../core/scoring/scoreKenmerk';

const LINE = '#1d1d1f';
/** The colour that marks a witte vlek in the diagram and its legend. */
export const WITTE_VLEK_COLOR = '#b3261e';

/** The series of one analysis: its scores (witte vlekken as red triangles) and the threshold ring. */
export function singleSeries(
  scores: KenmerkScore[],
  areaColors: string[],
  threshold: number,
  labels: { score: string; threshold: string },
): ChartSeries[] {
  return [
    {
      label: labels.score,
      data: scores.map((s) => s.score),
      color: LINE,
      fillColor: 'rgba(31, 95, 168, 0.15)',
      pointStyle: scores.map((s) => (s.witteVlek ? 'triangle' : 'circle')),
      pointRadius: scores.map((s) => (s.witteVlek ? 8 : 4)),
      pointColor: scores.map((s, i) => (s.witteVlek ? WITTE_VLEK_COLOR : (areaColors[i] ?? LINE))),
    },
    {
      label: labels.threshold,
      data: scores.map(() => threshold),
      color: WITTE_VLEK_COLOR,
      width: 1.5,
      dash: [6, 4],
      pointRadius: 0,
    },
  ];
}
