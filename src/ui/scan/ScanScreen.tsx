import { useEffect, useRef, useState } from 'preact/hooks';
import { ScreenFrame } from '../shell/ScreenFrame';
import { useBank } from '../shell/content';
import { parseRoute } from '../shell/route';
import { describeImportError } from '../components/describeImportError';
import { isolate } from '../components/UserText';
import { applyImport, prepareImport, warmUpImport } from '../../import/importClient';
import { getAnalyses } from '../../storage/analysesRepo';
import { frameReader } from './qrReader';
import { useT } from '../../i18n/useT';
import type { Conflict, ConflictChoice, PreparedImport } from '../../import/types';

interface Line {
  n: number;
  text: string;
  kind: 'added' | 'refused' | 'info';
}

/** The payload of a result link of this app (`#/qr/…` or `#/ontvang/…`), or null. */
function linkPayload(text: string): string | null {
  try {
    const url = new URL(text);
    const route = parseRoute(url.hash);
    return route.screen === 'receive' ? route.payload : null;
  } catch {
    return null;
  }
}

/**
 * "Scannen": the facilitator holds parties' QR codes before the laptop's camera, one after another;
 * each code is imported as a link would be (same checks, same conflict choice) and gives a line.
 * The camera is asked for and on only on this screen, after a click, and off when it is left.
 */
export function ScanScreen() {
  const { t } = useT();
  const bank = useBank();
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const seen = useRef(new Set<string>());
  const busy = useRef(false);
  const [on, setOn] = useState(false);
  const [lines, setLines] = useState<Line[]>([]);
  const [conflict, setConflict] = useState<{ prepared: PreparedImport; conflict: Conflict } | null>(null);
  const [problem, setProblem] = useState('');
  const say = (text: string, kind: Line['kind']) => setLines((l) => [{ n: l.length + 1, text, kind }, ...l]);

  const stop = () => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    setOn(false);
  };
  useEffect(() => {
    warmUpImport();
    return stop;
  }, []);

  const finish = async (prepared: PreparedImport, choices: Map<string, ConflictChoice>) => {
    const applied = await applyImport(prepared.token, choices, t('import.copySuffix'), () => undefined);
    const added = await getAnalyses(applied.ids);
    for (const a of added) say(t('scan.added', { name: isolate(a.party.name) }), 'added');
    if (added.length === 0) say(t('scan.present'), 'info');
  };
  const handle = async (text: string) => {
    if (seen.current.has(text)) return;
    seen.current.add(text);
    const payload = linkPayload(text);
    if (!payload) return say(t('scan.notOurs'), 'refused');
    const prepared = await prepareImport([{ kind: 'link', name: t('scan.codeName'), payload }], bank, () => undefined);
    const outcome = prepared.outcomes[0];
    if (outcome?.error) return say(describeImportError(outcome.error, t), 'refused');
    const first = prepared.conflicts[0];
    if (first) return setConflict({ prepared, conflict: first }); // the facilitator chooses; scanning waits
    await finish(prepared, new Map());
  };

  const start = async () => {
    setProblem('');
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch {
      setProblem(t('scan.noCamera'));
      return;
    }
    const el = video.current;
    if (!el) return stop();
    el.srcObject = stream.current;
    await el.play().catch(() => undefined);
    setOn(true);
  };
  useEffect(() => {
    if (!on || conflict) return;
    let live = true;
    let timer = 0;
    void frameReader().then((read) => {
      const tick = async () => {
        if (!live) return;
        if (!busy.current && video.current && canvas.current) {
          busy.current = true;
          const text = await read(video.current, canvas.current).catch(() => null);
          if (text) await handle(text).catch(() => say(t('errors.importFailed'), 'refused'));
          busy.current = false;
        }
        timer = window.setTimeout(() => void tick(), 250);
      };
      void tick();
    });
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [on, conflict]);

  const choose = async (choice: ConflictChoice) => {
    if (!conflict) return;
    await finish(conflict.prepared, new Map([[conflict.conflict.incoming.id, choice]]));
    setConflict(null);
  };

  return (
    <ScreenFrame id="scan-title" class="scan" title={t('scan.title')}>
      <p class="lead">{t('scan.intro')}</p>
      <p class="actions">
        {on ? (
          <button type="button" onClick={stop}>
            {t('scan.stop')}
          </button>
        ) : (
          <button type="button" class="primary" onClick={() => void start()}>
            {t('scan.start')}
          </button>
        )}
      </p>
      {problem && <p class="notice">{problem}</p>}
      <div class="scan-view" hidden={!on}>
        <video ref={video} muted playsInline aria-label={t('scan.video')} />
        <canvas ref={canvas} hidden />
      </div>
      {conflict && (
        <section class="scan-conflict" aria-labelledby="scan-conflict-title">
          <h2 id="scan-conflict-title">{t('scan.conflict', { name: isolate(conflict.conflict.incoming.party.name) })}</h2>
          <p class="actions">
            <button type="button" onClick={() => void choose('mine')}>{t('scan.keepMine')}</button>
            <button type="button" onClick={() => void choose('theirs')}>{t('scan.takeTheirs')}</button>
            <button type="button" onClick={() => void choose('both')}>{t('scan.keepBoth')}</button>
          </p>
        </section>
      )}
      <div role="log" aria-live="polite" aria-label={t('scan.log')}>
        <ol class="scan-log">
          {lines.map((l) => (
            <li key={l.n} class={`scan-${l.kind}`}>
              {l.text}
            </li>
          ))}
        </ol>
      </div>
      <p>
        <a href="#/">{t('results.backToList')}</a>
      </p>
    </ScreenFrame>
  );
}
