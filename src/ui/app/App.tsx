import { useEffect, useState } from 'preact/hooks';
import { BankContext } from './BankContext';
import { loadBank } from './loadBank';
import { useRoute } from './route';
import { Header } from '../components/Header';
import { StatusMessage } from '../components/StatusMessage';
import { Notices } from '../components/Notices';
import { Footer } from '../components/Footer';
import { StartScreen } from '../start/StartScreen';
import { NewAnalysisScreen } from '../newAnalysis/NewAnalysisScreen';
import { QuestionnaireScreen } from '../questionnaire/QuestionnaireScreen';
import { lazy, Suspense } from 'preact/compat';
import { useFileDrop } from '../importing/useFileDrop';
import { useT } from '../../i18n/useT';
import type { Bank } from '../../core/bank/types';

// Screens not needed for the first answer are loaded when first opened (they also work offline: precached).
const ResultsScreen = lazy(() => import('../results/ResultsScreen').then((m) => m.ResultsScreen));
const ImportScreen = lazy(() => import('../importing/ImportScreen').then((m) => m.ImportScreen));
const CompareScreen = lazy(() => import('../compare/CompareScreen').then((m) => m.CompareScreen));
const WerkplanScreen = lazy(() => import('../werkplan/WerkplanScreen').then((m) => m.WerkplanScreen));

type BankState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; bank: Bank };

/** The app shell: header, and the screen the address asks for once the bank is loaded. */
export function App() {
  const { t } = useT();
  const route = useRoute();
  const dragging = useFileDrop();
  const [bank, setBank] = useState<BankState>({ status: 'loading' });
  useEffect(() => {
    loadBank().then(
      (value) => setBank({ status: 'ready', bank: value }),
      () => setBank({ status: 'error' }),
    );
  }, []);

  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <Notices />
      <main id="main" tabIndex={-1}>
        {bank.status === 'loading' && <StatusMessage>{t('app.loading')}</StatusMessage>}
        {bank.status === 'error' && <StatusMessage kind="error">{t('app.bankError')}</StatusMessage>}
        {bank.status === 'ready' && (
          <BankContext.Provider value={bank.bank}>
            <Suspense fallback={<StatusMessage>{t('app.loading')}</StatusMessage>}>
            {route.screen === 'start' && <StartScreen />}
            {route.screen === 'new' && <NewAnalysisScreen />}
            {route.screen === 'questions' && <QuestionnaireScreen key={route.id} id={route.id} area={route.area} />}
            {route.screen === 'results' && <ResultsScreen key={route.id} id={route.id} />}
            {route.screen === 'werkplan' && <WerkplanScreen key={route.id} id={route.id} />}
            {route.screen === 'import' && <ImportScreen key="import" />}
            {route.screen === 'receive' && <ImportScreen key={route.payload} linkPayload={route.payload} />}
            {route.screen === 'compare' && <CompareScreen ids={route.ids} />}
            {route.screen === 'notFound' && <StatusMessage kind="error">{t('app.notFound')}</StatusMessage>}
            </Suspense>
          </BankContext.Provider>
        )}
      </main>
      <Footer />
      {dragging && (
        <div class="drop-overlay" aria-hidden="true">
          <p>{t('import.dropHere')}</p>
        </div>
      )}
    </>
  );
}
