/** A point's shape, as chart.js draws it. */
export type PointShape = 'circle' | 'triangle' | 'rect' | 'rectRot' | 'star' | 'cross' | 'crossRot' | 'dash' | 'line';

/** One line in the spider diagram, described without chart.js (so only RadarChart imports it). */
export interface ChartSeries {
  label: string;
  /** One value per kenmerk, in bank order; null is a gap. */
  data: (number | null)[];
  color: string;
  width?: number;
  dash?: number[];
  fillColor?: string;
  /** Fill down to another series (its index) instead of the centre, e.g. a min–max band. */
  fillTo?: number | false;
  pointStyle?: PointShape | PointShape[];
  pointRadius?: number | number[];
  pointColor?: string | string[];
  /** The points' outline (default: ink). */
  pointBorderColor?: string | string[];
  hidden?: boolean;
}
