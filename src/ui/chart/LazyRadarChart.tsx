import { lazy } from '../shell/lazy';

/** The spider diagram, with chart.js loaded only when a diagram is shown. */
export const LazyRadarChart = lazy(() => import('./RadarChart').then((m) => m.default), { part: true });
