/** A party's look in the overlay: colour, line style and point shape, so no one relies on colour alone. */
export interface PartyStyle {
  color: string;
  dash: number[];
  point: 'circle' | 'rect' | 'triangle' | 'rectRot' | 'star' | 'crossRot' | 'cross';
  /** A CSS class drawing the same line in legends and tables. */
  className: string;
}

// Colour-blind-safe hues, each at least 3:1 against white (WCAG 1.4.11).
const COLORS = ['#0072b2', '#c75000', '#007a5a', '#aa3377', '#444444', '#8c6d00', '#5a5ab0', '#b22222'];
const DASHES = [[], [10, 5], [3, 4], [14, 4, 3, 4], [6, 6], [2, 8]];
const POINTS: PartyStyle['point'][] = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'cross'];

/** The style of the party at position `i`: colour, dash and point cycle at different lengths. */
export function partyStyle(i: number): PartyStyle {
  return {
    color: COLORS[i % COLORS.length] ?? '#000000',
    dash: DASHES[i % DASHES.length] ?? [],
    point: POINTS[i % POINTS.length] ?? 'circle',
    className: `party-line dash-${i % DASHES.length}`,
  };
}
