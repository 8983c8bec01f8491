import { useEffect, useState } from 'preact/hooks';
import { BankContext } from './BankContext';
import { loadBank } from './loadBank';
import { loadGlossary } from './loadContent';
import { GlossaryContext } from './GlossaryContext';
import type { Glossary } from '../../core/content/glossary';
import { useRoute, type Route } from './route';
import { Header } from '../components/Header';
import { StatusMessage } from '../components/StatusMessage';
import { Notices } from '../components/Notices';
import { Footer } from '../components/Footer';
import { StartScreen } from '../start/StartScreen';
import { NewAnalysisScreen } from '../newAnalysis/NewAnalysisScreen';
import { QuestionnaireScreen } from '../questionnaire/QuestionnaireScreen';
import { lazyComponent } from '../components/lazyComponent';
import { useFileDrop } from '../importing/useFileDrop';
import { useT } from '../../i18n/useT';
import type { Bank } from '../../core/bank/types';

// Screens not needed for the first answer are loaded when first opened (they also work offline: precached).
const ResultsScreen = lazyComponent(() => import('../results/ResultsScreen').then((m) => m.ResultsScreen));
const ImportScreen = lazyComponent(() => import('../importing/ImportScreen').then((m) => m.ImportScreen));
const CompareScreen = lazyComponent(() => import('../compare/CompareScreen').then((m) => m.CompareScreen));
const PagesScreen = lazyComponent(() => import('../pages/PagesScreen').then((m) => m.PagesScreen));
const WorkshopScreen = lazyComponent(() => import('../workshop/WorkshopScreen').then((m) => m.WorkshopScreen));
const PresentationScreen = lazyComponent(() => import('../present/PresentationScreen').then((m) => m.PresentationScreen));
const WerkplanScreen = lazyComponent(() => import('../werkplan/WerkplanScreen').then((m) => m.WerkplanScreen));

type BankState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; bank: Bank };

/** The app shell: header, and the screen the address asks for once the bank is loaded. */
export function App() {
  const { t } = useT();
  const route = useRoute();
  const dragging = useFileDrop();
  const [bank, setBank] = useState<BankState>({ status: 'loading' });
  const [glossary, setGlossary] = useState<Glossary | null>(null);
  useEffect(() => {
    loadGlossary().then(setGlossary, () => undefined); // without it, terms are plain text
    loadBank().then(
      (value) => setBank({ status: 'ready', bank: value }),
      () => setBank({ status: 'error' }),
    );
  }, []);

  const presenting = route.screen === 'present';
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
        {bank.status === 'loading' && <StatusMessage>{t('app.loading')}</StatusMessage>}
        {bank.status === 'error' && <StatusMessage kind="error">{t('app.bankError')}</StatusMessage>}
        {bank.status === 'ready' && (
          <BankContext.Provider value={bank.bank}>
            <GlossaryContext.Provider value={glossary}>
              <Screen route={route} />
            </GlossaryContext.Provider>
          </BankContext.Provider>
        )}
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

/** The screen the address asks for. */
function Screen({ route }: { route: Route }) {
  const { t } = useT();
  switch (route.screen) {
    case 'start':
      return <StartScreen />;
    case 'new':
      return <NewAnalysisScreen />;
    case 'questions':
      return <QuestionnaireScreen key={route.id} id={route.id} area={route.area} />;
    case 'results':
      return <ResultsScreen fallback={<StatusMessage>{t('app.loading')}</StatusMessage>} key={route.id} id={route.id} />;
    case 'werkplan':
      return <WerkplanScreen fallback={<StatusMessage>{t('app.loading')}</StatusMessage>} key={route.id} id={route.id} />;
    case 'page':
      return <PagesScreen fallback={<StatusMessage>{t('app.loading')}</StatusMessage>} page={route.page} {...(route.termId ? { termId: route.termId } : {})} />;
    case 'import':
      return <ImportScreen fallback={<StatusMessage>{t('app.loading')}</StatusMessage>} key="import" />;
    case 'receive':
      return <ImportScreen fallback={<StatusMessage>{t('app.loading')}</StatusMessage>} key={route.payload} linkPayload={route.payload} />;
    case 'compare':
      return <CompareScreen fallback={<StatusMessage>{t('app.loading')}</StatusMessage>} ids={route.ids} />;
    case 'workshop':
      return <WorkshopScreen fallback={<StatusMessage>{t('app.loading')}</StatusMessage>} key={route.id} id={route.id} />;
    case 'present':
      return <PresentationScreen fallback={<StatusMessage>{t('app.loading')}</StatusMessage>} key={route.id} id={route.id} />;
    case 'notFound':
      return <StatusMessage kind="error">{t('app.notFound')}</StatusMessage>;
  }
}
