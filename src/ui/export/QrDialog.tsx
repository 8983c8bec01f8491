import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { isolate } from '../components/UserText';
import type { Analysis } from '../../core/analysis';
import type { Bank } from '../../core/bank/types';
import type { QrImage } from './qrImage';

interface Props {
  analysis: Analysis;
  bank: Bank;
  onClose: () => void;
}

type State = { step: 'making' } | { step: 'ready'; qr: QrImage; path: string } | { step: 'failed'; reason: 'load' | 'size' };

/** Modules of white around the code (the quiet zone a scanner needs). */
const QUIET = 4;

/**
 * One result as a QR code, large enough to scan from across a table: a modal dialog (native
 * <dialog>: focus stays inside, Esc closes). The code holds a link of this app with the result in
 * its #fragment. The QR library is loaded only when the dialog opens; the code is drawn as an SVG
 * path built here (no markup from strings).
 */
export function QrDialog({ analysis, bank, onClose }: Props) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<State>({ step: 'making' });

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.showModal();
    close.current?.focus();
    return () => opener?.focus();
  }, []);

  useEffect(() => {
    let live = true;
    import('./qrImage').then(
      ({ resultQr, qrPath }) => {
        if (!live) return;
        try {
          const qr = resultQr(`${location.origin}${location.pathname}`, analysis, bank);
          setState({ step: 'ready', qr, path: qrPath(qr, QUIET) });
        } catch {
          setState({ step: 'failed', reason: 'size' });
        }
      },
      () => live && setState({ step: 'failed', reason: 'load' }),
    );
    return () => {
      live = false;
    };
  }, [analysis, bank]);

  const name = analysis.party.name;
  const side = state.step === 'ready' ? state.qr.size + 2 * QUIET : 0;
  return (
    <dialog
      ref={dialog}
      class="confirm-dialog qr-dialog"
      aria-labelledby="qr-title"
      aria-describedby="qr-holds"
      style={{ maxWidth: 'calc(100vw - 1rem)', maxHeight: 'calc(100vh - 1rem)', textAlign: 'center' }}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="qr-title">{t('export.qrTitle', { name: isolate(name) })}</h2>
      {state.step === 'making' && <p role="status">{t('export.qrMaking')}</p>}
      {state.step === 'failed' && <p role="alert">{t(state.reason === 'size' ? 'export.qrTooLarge' : 'export.qrLoadFailed')}</p>}
      {state.step === 'ready' && (
        <svg
          role="img"
          aria-label={t('export.qrLabel', { name })}
          viewBox={`0 0 ${side} ${side}`}
          shape-rendering="crispEdges"
          data-qr-version={state.qr.version}
          style={{ display: 'block', margin: '0 auto', width: 'max(16rem, min(100vw - 4rem, 100vh - 13rem))', height: 'auto', aspectRatio: '1' }}
        >
          <rect width={side} height={side} fill="#ffffff" />
          <path d={state.path} fill="#000000" />
        </svg>
      )}
      <p id="qr-holds">
        {state.step === 'ready' && !state.qr.omitted && (analysis.actions.length > 0 || Object.keys(analysis.notes).length > 0)
          ? t('export.qrHoldsAll', { name: isolate(name) })
          : t('export.qrHolds', { name: isolate(name) })}
      </p>
      {state.step === 'ready' && state.qr.omitted && <p class="hint">{t('export.qrOmitted')}</p>}
      <div class="actions" style={{ justifyContent: 'center' }}>
        <button type="button" ref={close} onClick={onClose}>
          {t('export.qrClose')}
        </button>
      </div>
    </dialog>
  );
}
