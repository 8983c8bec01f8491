import type { ChartSeries } from './chartSeries';
import type { KenmerkScore } from '../../core/scoring/scoreKenmerk';

const LINE = '#1d1d1f';
/** The colour that marks a witte vlek in the diagram and its legend. */
export const WITTE_VLEK_COLOR = '#b3261e';

/**
 * The series of one analysis: its scores and the threshold ring. A low score (witte vlek) is a red
 * triangle; an *onbekend* kenmerk (half or more "weet ik niet") a hollow red diamond, so it never
 * reads as a low score; a kenmerk without a score is a gap in the line. With a gap the area is not
 * filled: a fill would run to the centre there and read as 0.
 */
export function singleSeries(
  scores: KenmerkScore[],
  areaColors: string[],
  threshold: number,
  labels: { score: string; threshold: string },
): ChartSeries[] {
  const gap = scores.some((s) => s.score === null);
  return [
    {
      label: labels.score,
      data: scores.map((s) => s.score),
      color: LINE,
      ...(gap ? {} : { fillColor: 'rgba(31, 95, 168, 0.15)' }),
      pointStyle: scores.map((s) => (s.status === 'onbekend' ? 'rectRot' : s.status === 'laag' ? 'triangle' : 'circle')),
      pointRadius: scores.map((s) => (s.status === 'onbekend' ? 7 : s.status === 'laag' ? 8 : 4)),
      pointColor: scores.map((s, i) => (s.status === 'onbekend' ? '#ffffff' : s.status === 'laag' ? WITTE_VLEK_COLOR : (areaColors[i] ?? LINE))),
      pointBorderColor: scores.map((s) => (s.status === 'onbekend' ? WITTE_VLEK_COLOR : LINE)),
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
