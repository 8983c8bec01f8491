import { useEffect, useState } from 'preact/hooks';
import { getAnalysis } from '../../storage/analysesRepo';
import { measurementSeries, SERIES_MAX } from '../../core/followUp';
import type { Analysis } from '../../core/analysis';

/**
 * The measurements of this analysis's party on this device, oldest first, ending with it: the
 * earlier ones it follows up (herhaalmeting), found one by one. Just [analysis] when it follows none.
 */
export function useMeasurements(analysis: Analysis): Analysis[] {
  const [series, setSeries] = useState<Analysis[]>([analysis]);
  useEffect(() => {
    let live = true;
    const known = new Map<string, Analysis>([[analysis.id, analysis]]);
    void (async () => {
      let link = analysis.follows;
      for (let n = 0; link && n < SERIES_MAX && !known.has(link); n += 1) {
        const earlier = await getAnalysis(link).catch(() => undefined);
        if (!earlier) break;
        known.set(earlier.id, earlier);
        link = earlier.follows;
      }
      if (live) setSeries(measurementSeries(analysis, known));
    })();
    return () => {
      live = false;
    };
  }, [analysis]);
  return series;
}
