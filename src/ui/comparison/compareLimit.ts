/** The most results the compare screen overlays at once (its address carries their ids). */
export const COMPARE_MAX = 100;
