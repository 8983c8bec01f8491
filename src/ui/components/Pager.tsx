import { useT } from '../../i18n/useT';

interface Props {
  offset: number;
  pageSize: number;
  total: number;
  onOffset: (offset: number) => void;
  /** What is counted, for the label: "analyses" or "results". */
  label: string;
}

/** "1–50 van 20.000" with buttons to the previous and next page; nothing when everything fits on one page. */
export function Pager({ offset, pageSize, total, onOffset, label }: Props) {
  const { t } = useT();
  if (total <= pageSize) return null;
  const last = Math.min(total, offset + pageSize);
  return (
    <nav class="pager" aria-label={label}>
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
        {t('pager.previous')}
      </button>
      <span role="status">{t('pager.range', { from: offset + 1, to: last, total })}</span>
      <button type="button" disabled={last >= total} onClick={() => onOffset(offset + pageSize)}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
