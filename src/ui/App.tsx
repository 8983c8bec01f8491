import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { printWithoutLinks } from './shell/printWithoutLinks';
import { route, type Route } from './shell/route';
import { lazy } from './shell/lazy';
import { NeedsBank } from './shell/NeedsBank';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { Header } from './shell/Header';
import { Notices } from './shell/Notices';
import { Footer } from './shell/Footer';
import { useFileDrop } from './shell/useFileDrop';
import { StatusMessage } from './components/StatusMessage';
import { StartScreen } from './start/StartScreen';
import { useT } from '../i18n/useT';

// Screens are loaded when first opened (each its own chunk, precached: they work offline too).
const NewAnalysisScreen = lazy(() => import('./newAnalysis/NewAnalysisScreen').then((m) => m.NewAnalysisScreen));
const QuestionnaireScreen = lazy(() => import('./questionnaire/QuestionnaireScreen').then((m) => m.QuestionnaireScreen));
const ResultsScreen = lazy(() => import('./results/ResultsScreen').then((m) => m.ResultsScreen));
const WerkplanScreen = lazy(() => import('./werkplan/WerkplanScreen').then((m) => m.WerkplanScreen));
const ScanScreen = lazy(() => import('./scan/ScanScreen').then((m) => m.ScanScreen));
const ImportScreen = lazy(() => import('./importing/ImportScreen').then((m) => m.ImportScreen));
const CompareScreen = lazy(() => import('./compare/CompareScreen').then((m) => m.CompareScreen));
const PagesScreen = lazy(() => import('./pages/PagesScreen').then((m) => m.PagesScreen));
const WorkshopScreen = lazy(() => import('./workshop/WorkshopScreen').then((m) => m.WorkshopScreen));
const PresentationScreen = lazy(() => import('./present/PresentationScreen').then((m) => m.PresentationScreen));

/** The app shell: header, notices, and the screen the address asks for, each behind its own error boundary. */
export function App() {
  const { t } = useT();
  const dragging = useFileDrop();
  useEffect(printWithoutLinks, []);
  const current = route.value;
  const presenting = current.screen === 'present';
  return (
    <>
      {!presenting && (
        <>
          <a class="skip-link" href="#main">
            {t('app.skipToContent')}
          </a>
          <Header />
          <Notices />
        </>
      )}
      <main id="main" tabIndex={-1} class={presenting ? 'present-main' : undefined}>
        <ErrorBoundary key={`${current.screen}:${'id' in current ? current.id : ''}`}>
          <Screen route={current} />
        </ErrorBoundary>
      </main>
      {!presenting && <Footer />}
      {dragging && (
        <div class="drop-overlay" aria-hidden="true">
          <p>{t('import.dropHere')}</p>
        </div>
      )}
    </>
  );
}

const withBank = (children: ComponentChildren) => <NeedsBank>{children}</NeedsBank>;

/** The screen the address asks for. */
function Screen({ route: r }: { route: Route }) {
  const { t } = useT();
  switch (r.screen) {
    case 'start':
      return <StartScreen />;
    case 'new':
      return withBank(<NewAnalysisScreen />);
    case 'questions':
      return withBank(<QuestionnaireScreen key={r.id} id={r.id} area={r.area} />);
    case 'results':
      return withBank(<ResultsScreen key={r.id} id={r.id} />);
    case 'werkplan':
      return withBank(<WerkplanScreen key={r.id} id={r.id} />);
    case 'page':
      return <PagesScreen page={r.page} {...(r.termId ? { termId: r.termId } : {})} />;
    case 'import':
      return withBank(<ImportScreen key="import" />);
    case 'scan':
      return withBank(<ScanScreen />);
    case 'receive':
      return withBank(<ImportScreen key={r.payload} linkPayload={r.payload} />);
    case 'compare':
      return withBank(<CompareScreen ids={r.ids} />);
    case 'workshop':
      return withBank(<WorkshopScreen key={r.id} id={r.id} />);
    case 'present':
      return withBank(<PresentationScreen key={r.id} id={r.id} />);
    case 'notFound':
      return <StatusMessage kind="error">{t('app.notFound')}</StatusMessage>;
  }
}
