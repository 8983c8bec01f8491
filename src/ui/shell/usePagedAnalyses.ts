import { useEffect, useState } from 'preact/hooks';
import { pageOfAnalyses } from '../../storage/analysesRepo';
import { onOtherTabChange } from '../../storage/statusRepo';
import type { Analysis } from '../../core/analysis';

/** One page of the analyses on this device. */
export interface AnalysisPage {
  total: number;
  offset: number;
  items: Analysis[];
}

/**
 * The analyses on this device, one page at a time (most recently changed first): the list reads
 * only the page it shows, so 20,000 results open as fast as 20. Loads again when another tab changes them.
 */
export function usePagedAnalyses(pageSize: number) {
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<AnalysisPage | null>(null);
  const [failed, setFailed] = useState(false);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    pageOfAnalyses(offset, pageSize).then(
      ({ total, items }) => {
        if (!live) return;
        if (items.length === 0 && offset > 0 && total > 0) setOffset(Math.max(0, Math.floor((total - 1) / pageSize) * pageSize));
        else setPage({ total, offset, items });
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [offset, pageSize, version]);
  useEffect(() => onOtherTabChange(() => setVersion((v) => v + 1)), []);
  return { page, failed, setOffset, reload: () => setVersion((v) => v + 1) };
}
