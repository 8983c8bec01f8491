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
import { ResultsScreen } from '../results/ResultsScreen';
import { useT } from '../../i18n/useT';
import type { Bank } from '../../core/bank/types';

type BankState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; bank: Bank };

/** The app shell: header, and the screen the address asks for once the bank is loaded. */
export function App() {
  const { t } = useT();
  const route = useRoute();
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
            {route.screen === 'start' && <StartScreen />}
            {route.screen === 'new' && <NewAnalysisScreen />}
            {route.screen === 'questions' && <QuestionnaireScreen key={route.id} id={route.id} area={route.area} />}
            {route.screen === 'results' && <ResultsScreen key={route.id} id={route.id} />}
            {route.screen === 'notFound' && <StatusMessage kind="error">{t('app.notFound')}</StatusMessage>}
          </BankContext.Provider>
        )}
      </main>
      <Footer />
    </>
  );
}
