import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useBank } from '../shell/content';
import { navigate } from '../shell/route';
import { presentationSteps } from './steps';
import { usePresentationKeys } from './usePresentationKeys';
import { PartyLegend } from './PartyLegend';
import { KenmerkStep } from './KenmerkStep';
import { AgendaStep } from './AgendaStep';
import { HelpOverlay } from './HelpOverlay';
import { CompareTable } from '../comparison/CompareTable';
import { compareSeries } from '../chart/compareSeries';
import { partyNames } from '../comparison/partyNames';
import { roleNames } from '../comparison/roleNames';
import { inPartyOrder } from '../comparison/partyOrder';
import { ActionTable } from '../actions/ActionTable';
import { WorkshopActionForm } from '../actions/WorkshopActionForm';
import { namesHidden } from '../comparison/namesHidden';
import { isolate } from '../components/UserText';
import { compareResults } from '../../core/compare/compareResults';
import { saveWorkshopAction } from '../../storage/workshopsRepo';
import { loadPresentationPlace, savePresentationPlace } from '../../storage/statusRepo';
import { LazyRadarChart as RadarChart } from '../chart/LazyRadarChart';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';
import type { Workshop } from '../../core/workshop';

interface Props {
  workshop: Workshop;
  analyses: Analysis[];
  onChange: (workshop: Workshop) => void;
}

/**
 * Full screen, large type, high contrast, keyboard driven: the werkplaats on a projector. The
 * agenda drives the slides; where the room was (step, hidden names, hidden parties) survives a
 * reload or a closed tab, and reopening offers to go on there.
 */
export function Presentation({ workshop, analyses: given, onChange }: Props) {
  const { t, lang } = useT();
  const bank = useBank();
  const analyses = useMemo(() => inPartyOrder(given), [given]);
  const fullComparison = useMemo(() => compareResults(bank, analyses), [bank, analyses]);
  const steps = useMemo(() => presentationSteps(bank, fullComparison), [bank, fullComparison]);
  const saved = useMemo(() => loadPresentationPlace(workshop.id), [workshop.id]);
  const [index, setIndex] = useState(0);
  const [offer, setOffer] = useState(saved !== null && saved.step > 0);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set(saved?.hidden ?? []));
  const [reveal, setReveal] = useState<number | null>(null);
  const [help, setHelp] = useState(false);
  const [form, setForm] = useState(false);
  const [statements, setStatements] = useState(false);
  const [guidance, setGuidance] = useState(false);
  const [confirmation, setConfirmation] = useState('');
  const hideNames = namesHidden.value;
  const heading = useRef<HTMLHeadingElement>(null);
  const step = steps[index] ?? steps[0]!;

  useEffect(() => {
    if (saved) namesHidden.value = saved.namesHidden; // names hidden stay hidden after a reload
  }, []);
  useEffect(() => {
    if (!offer) savePresentationPlace(workshop.id, { step: index, namesHidden: hideNames, hidden: [...hidden] });
  }, [index, hideNames, hidden, offer]);

  const allNames = hideNames ? roleNames(analyses, (r) => t(`roles.${r}`)) : partyNames(analyses, lang);
  const visibleIdx = analyses.map((_, i) => i).filter((i) => !hidden.has(analyses[i]!.id) && (reveal === null || i < reveal));
  const visible = visibleIdx.map((i) => analyses[i]!);
  const names = visibleIdx.map((i) => allNames[i] ?? '');
  const comparison = useMemo(() => compareResults(bank, visible), [bank, visible.map((a) => a.id).join(',')]);
  const series = useMemo(
    () =>
      compareSeries(fullComparison, allNames, new Set(visible.map((a) => a.id)), { mean: reveal === null, band: reveal === null }, {
        mean: t('compare.mean'),
        min: t('compare.min'),
        max: t('compare.max'),
        band: t('compare.band'),
      }),
    [fullComparison, allNames.join('|'), visible.map((a) => a.id).join(','), reveal, lang],
  );

  const go = (next: number) => {
    setIndex(Math.max(0, Math.min(steps.length - 1, next)));
    setStatements(false);
    setGuidance(false);
    setConfirmation('');
  };
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    navigate({ screen: 'workshop', id: workshop.id });
  };
  const resume = (goOn: boolean) => {
    setOffer(false);
    if (goOn && saved) go(saved.step);
    else {
      setHidden(new Set());
      go(0);
    }
  };
  usePresentationKeys({
    next: () => !offer && go(index + 1),
    previous: () => !offer && go(index - 1),
    first: () => !offer && go(0),
    last: () => !offer && go(steps.length - 1),
    toggleParty: (i) => {
      const a = analyses[i];
      if (!a) return;
      setHidden((h) => {
        const next = new Set(h);
        if (next.has(a.id)) next.delete(a.id);
        else next.add(a.id);
        return next;
      });
    },
    toggleNames: () => (namesHidden.value = !namesHidden.value),
    reveal: () => setReveal((r) => (r === null ? 1 : r + 1 >= analyses.length ? null : r + 1)),
    help: () => setHelp((h) => !h),
    addAction: () => setForm(true),
    statements: () => setStatements((s) => !s),
    guidance: () => setGuidance((g) => !g),
    fullscreen: () => void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.())?.catch(() => undefined),
    escape: () => {
      if (help) setHelp(false);
      else if (form) setForm(false);
      else leave();
    },
  });

  useEffect(() => {
    document.documentElement.requestFullscreen?.().catch(() => undefined); // allowed right after the click that opened it
    document.body.classList.add('presenting');
    return () => document.body.classList.remove('presenting');
  }, []);
  useEffect(() => {
    // Every step starts at its top, with focus on its title.
    window.scrollTo(0, 0);
    if (!form && !help) heading.current?.focus({ preventScroll: true });
  }, [index, form, help, offer]);

  const kenmerkLabel = (id: string) => bank.areas.flatMap((a) => a.kenmerken).find((k) => k.id === id)?.label[lang] ?? '';
  const area = step.kind === 'area' ? bank.areas[step.areaIndex] : undefined;
  const title = offer
    ? t('present.resumeTitle')
    : step.kind === 'overview'
      ? t('results.title')
      : step.kind === 'area'
        ? (area?.label[lang] ?? '')
        : step.kind === 'agenda'
          ? t('present.agendaTitle')
          : step.kind === 'closing'
            ? t('present.closingTitle')
            : kenmerkLabel(step.kenmerkId);
  const labels = new Map(bank.areas.flatMap((a) => a.kenmerken.map((k) => [k.id, k.label[lang]] as const)));

  return (
    <div class="presentation" data-step={index} data-kind={offer ? 'resume' : step.kind}>
      <div class="present-head">
        <h1 tabIndex={-1} ref={heading}>
          {title}
        </h1>
        <p class="present-where">
          {t('present.step', { n: index + 1, count: steps.length })}
          {step.kind === 'kenmerk' && step.onAgenda && ` · ${t('present.onAgenda')}`}
          {` · ${t('present.visible', { count: visible.length, total: analyses.length })}`}
        </p>
      </div>
      {offer && saved ? (
        <div class="present-resume">
          <p>{t('present.resumeBody', { n: saved.step + 1, count: steps.length })}</p>
          <p class="actions">
            <button type="button" class="primary" onClick={() => resume(true)}>
              {t('present.resumeGoOn')}
            </button>
            <button type="button" onClick={() => resume(false)}>
              {t('present.resumeRestart')}
            </button>
          </p>
          <p>{t('present.fullscreenHint')}</p>
        </div>
      ) : (
        <>
          {(step.kind === 'overview' || step.kind === 'area') && (
            <div class="present-chart">
              <RadarChart
                fallback={<p>{t('app.loading')}</p>}
                series={series}
                large
                label={t('compare.chartAlt', { count: visible.length })}
                {...(area ? { kenmerkIds: area.kenmerken.map((k) => k.id) } : {})}
              />
              <PartyLegend analyses={analyses} names={allNames} series={series} visible={new Set(visible.map((a) => a.id))} />
            </div>
          )}
          {step.kind === 'area' && area && (
            <CompareTable comparison={{ ...comparison, kenmerken: comparison.kenmerken.filter((k) => area.kenmerken.some((x) => x.id === k.kenmerkId)) }} names={names} />
          )}
          {step.kind === 'agenda' && (
            <AgendaStep comparison={fullComparison} onOpen={(id) => go(steps.findIndex((s) => s.kind === 'kenmerk' && s.kenmerkId === id))} />
          )}
          {step.kind === 'kenmerk' && (
            <KenmerkStep kenmerkId={step.kenmerkId} comparison={comparison} analyses={visible} names={names} statements={statements} guidance={guidance} />
          )}
          {step.kind === 'closing' &&
            (workshop.actions.length > 0 ? <ActionTable actions={workshop.actions} labels={labels} /> : <p>{t('werkplan.noActions')}</p>)}
        </>
      )}
      {form && (
        <section class="present-form" aria-labelledby="present-form-title">
          <h2 id="present-form-title">{t('workshop.addAction')}</h2>
          <WorkshopActionForm
            autoFocus
            {...(step.kind === 'kenmerk' ? { kenmerkId: step.kenmerkId } : {})}
            onAdd={(action) =>
              saveWorkshopAction(workshop.id, action).then((next) => {
                onChange(next);
                setConfirmation(t('present.actionSaved', { what: isolate(action.what.trim()) }));
              })
            }
            onDone={() => setForm(false)}
          />
        </section>
      )}
      <p class="present-confirmation" role="status">
        {confirmation}
      </p>
      <p class="present-keys">{t('present.keysHint')}</p>
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
      <p class="visually-hidden" aria-live="polite">
        {title}
      </p>
    </div>
  );
}
