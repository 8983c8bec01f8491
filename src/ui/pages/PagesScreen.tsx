import { AboutScoresPage } from './AboutScoresPage';
import { GlossaryPage } from './GlossaryPage';
import { SourcesPage } from './SourcesPage';

/** The context pages: "Over de scores", the glossary, the sources. */
export function PagesScreen({ page, termId }: { page: 'over' | 'begrippen' | 'bronnen'; termId?: string }) {
  if (page === 'over') return <AboutScoresPage />;
  if (page === 'begrippen') return <GlossaryPage {...(termId ? { termId } : {})} />;
  return <SourcesPage />;
}
