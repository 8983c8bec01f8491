import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useBank } from '../shell/content';
import { navigate } from '../shell/route';
import { presentationSteps } from './steps';
import { usePresentationKeys } from './usePresentationKeys';
import { PartyLegend } from './PartyLegend';
import { KenmerkStep } from './KenmerkStep';
import { HelpOverlay } from './HelpOverlay';
import { VerschillenList } from '../comparison/VerschillenList';
import { CompareTable } from '../comparison/CompareTable';
import { compareSeries } from '../chart/compareSeries';
import { partyNames } from '../comparison/partyNames';
import { roleNames } from '../comparison/roleNames';
import { WorkshopActionForm } from '../actions/WorkshopActionForm';
import { namesHidden } from '../comparison/namesHidden';
import { compareResults } from '../../core/compare/compareResults';
import { saveWorkshopAction } from '../../storage/workshopsRepo';
import { LazyRadarChart as RadarChart } from '../chart/LazyRadarChart';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';
import type { Workshop } from '../../core/workshop';

interface Props {
  workshop: Workshop;
  analyses: Analysis[];
  onChange: (workshop: Workshop) => void;
}

/** Full screen, large type, high contrast, keyboard driven: the werkplaats on a projector. */
export function Presentation({ workshop, analyses, onChange }: Props) {
  const { t, lang } = useT();
  const bank = useBank();
  const steps = useMemo(() => presentationSteps(bank), [bank]);
  const [index, setIndex] = useState(0);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [reveal, setReveal] = useState<number | null>(null);
  const [help, setHelp] = useState(false);
  const [form, setForm] = useState(false);
  const hideNames = namesHidden.value;
  const heading = useRef<HTMLHeadingElement>(null);
  const step = steps[index] ?? steps[0]!;

  const allNames = hideNames ? roleNames(analyses, (r) => t(`roles.${r}`)) : partyNames(analyses, lang);
  const visibleIdx = analyses.map((a, i) => i).filter((i) => !hidden.has(analyses[i]!.id) && (reveal === null || i < reveal));
  const visible = visibleIdx.map((i) => analyses[i]!);
  const names = visibleIdx.map((i) => allNames[i] ?? '');
  const comparison = useMemo(() => compareResults(bank, visible), [bank, visible.map((a) => a.id).join(',')]);
  const fullComparison = useMemo(() => compareResults(bank, analyses), [bank, analyses]);
  const series = useMemo(() => {
    const shown = new Set(visible.map((a) => a.id));
    const everyone = compareSeries(fullComparison, allNames, shown, { mean: reveal === null, band: reveal === null }, { mean: t('compare.mean'), min: t('compare.min'), max: t('compare.max') });
    return everyone;
  }, [fullComparison, allNames.join('|'), visible.map((a) => a.id).join(','), reveal, lang]);

  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    navigate({ screen: 'workshop', id: workshop.id });
  };
  usePresentationKeys({
    next: () => setIndex((i) => Math.min(steps.length - 1, i + 1)),
    previous: () => setIndex((i) => Math.max(0, i - 1)),
    first: () => setIndex(0),
    last: () => setIndex(steps.length - 1),
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
    if (!form && !help) heading.current?.focus();
  }, [index, form, help]);

  const area = step.kind === 'area' ? bank.areas[step.areaIndex] : undefined;
  const title =
    step.kind === 'overview'
      ? t('results.title')
      : step.kind === 'area'
        ? (area?.label[lang] ?? '')
        : step.kind === 'verschillen'
          ? t('compare.verschilTitle')
          : (bank.areas.flatMap((a) => a.kenmerken).find((k) => k.id === step.kenmerkId)?.label[lang] ?? '');

  return (
    <div class="presentation" data-step={index}>
      <div class="present-head">
        <h1 tabIndex={-1} ref={heading}>
          {title}
        </h1>
        <p class="present-where">
          {t('present.step', { n: index + 1, count: steps.length })}
          {reveal !== null && ` · ${t('present.revealing', { n: reveal, count: analyses.length })}`}
        </p>
      </div>
      {(step.kind === 'overview' || step.kind === 'area') && (
        <div class="present-chart">
          <RadarChart fallback={<p>{t('app.loading')}</p>}
              series={series}
              large
              label={t('compare.chartAlt', { count: visible.length })}
              {...(area ? { kenmerkIds: area.kenmerken.map((k) => k.id) } : {})}
            />
          <PartyLegend analyses={analyses} names={allNames} visible={new Set(visible.map((a) => a.id))} />
        </div>
      )}
      {step.kind === 'area' && area && (
        <CompareTable comparison={{ ...comparison, kenmerken: comparison.kenmerken.filter((k) => area.kenmerken.some((x) => x.id === k.kenmerkId)) }} names={names} />
      )}
      {step.kind === 'verschillen' && <VerschillenList comparison={comparison} names={names} />}
      {step.kind === 'kenmerk' && <KenmerkStep kenmerkId={step.kenmerkId} comparison={comparison} analyses={visible} names={names} />}
      {form && (
        <section class="present-form" aria-labelledby="present-form-title">
          <h2 id="present-form-title">{t('workshop.addAction')}</h2>
          <WorkshopActionForm
            autoFocus
            {...(step.kind === 'kenmerk' ? { kenmerkId: step.kenmerkId } : {})}
            onAdd={(action) => saveWorkshopAction(workshop.id, action).then(onChange)}
            onDone={() => setForm(false)}
          />
        </section>
      )}
      <p class="present-keys">{t('present.keysHint')}</p>
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
      <p class="visually-hidden" aria-live="polite">
        {title}
      </p>
    </div>
  );
}
