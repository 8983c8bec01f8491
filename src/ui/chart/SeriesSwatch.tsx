import type { ChartSeries, PointShape } from './chartSeries';

/** The marker chart.js draws for a point style, as an SVG shape centred at (24, 8). */
function Marker({ shape, color }: { shape: PointShape; color: string }) {
  const common = { fill: color, stroke: '#1d1d1f', 'stroke-width': 1 };
  switch (shape) {
    case 'rect':
      return <rect x={19.5} y={3.5} width={9} height={9} {...common} />;
    case 'rectRot':
      return <polygon points="24,2 30,8 24,14 18,8" {...common} />;
    case 'triangle':
      return <polygon points="24,2 30,13 18,13" {...common} />;
    case 'star':
      return <polygon points="24,2 25.8,6.5 30.5,6.5 26.8,9.5 28.2,14 24,11.2 19.8,14 21.2,9.5 17.5,6.5 22.2,6.5" {...common} />;
    case 'cross':
      return <path d="M24 2v12M18 8h12" stroke={color} stroke-width={3} />;
    case 'crossRot':
      return <path d="M19.5 3.5l9 9M28.5 3.5l-9 9" stroke={color} stroke-width={3} />;
    case 'dash':
    case 'line':
      return null;
    default:
      return <circle cx={24} cy={8} r={4.5} {...common} />;
  }
}

/**
 * One series as the chart draws it — colour, line width, dash pattern and point marker, or the
 * band's fill — for legends, so the legend and the chart can never disagree and both read without
 * colour. The attributes say what is drawn (tests compare them with the chart's datasets).
 */
export function SeriesSwatch({ series, large = false }: { series: ChartSeries; large?: boolean }) {
  const shape = Array.isArray(series.pointStyle) ? series.pointStyle[0] : series.pointStyle;
  const radius = Array.isArray(series.pointRadius) ? series.pointRadius[0] : series.pointRadius;
  const band = series.fillTo !== undefined && series.fillTo !== false;
  const dash = (series.dash ?? []).join(' ');
  return (
    <svg
      class={`series-swatch${large ? ' large' : ''}`}
      viewBox="0 0 48 16"
      width={large ? 72 : 48}
      height={large ? 24 : 16}
      aria-hidden="true"
      data-dash={dash}
      data-point={band || radius === 0 ? 'none' : (shape ?? 'circle')}
    >
      {band ? (
        <rect x={1} y={2} width={46} height={12} fill={series.fillColor ?? '#ccc'} stroke="#555" stroke-width={0.5} />
      ) : (
        <>
          <line x1={1} y1={8} x2={47} y2={8} stroke={series.color} stroke-width={series.width ?? 2} stroke-dasharray={dash || undefined} />
          {radius !== 0 && <Marker shape={shape ?? 'circle'} color={typeof series.pointColor === 'string' ? series.pointColor : series.color} />}
        </>
      )}
    </svg>
  );
}
