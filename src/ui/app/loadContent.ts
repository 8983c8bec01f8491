import glossaryUrl from '../../../questions/glossary.json?url';
import sourcesUrl from '../../../questions/sources.json?url';
import { validateGlossary, type Glossary } from '../../core/content/glossary';
import { validateSources, type Sources } from '../../core/content/sources';

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** The glossary (precached), validated. */
export async function loadGlossary(): Promise<Glossary> {
  const checked = validateGlossary(await fetchJson(glossaryUrl));
  if (!checked.ok) throw new Error(checked.error.join('; '));
  return checked.value;
}

/** The list of source publications (precached), validated. */
export async function loadSources(): Promise<Sources> {
  const checked = validateSources(await fetchJson(sourcesUrl));
  if (!checked.ok) throw new Error(checked.error.join('; '));
  return checked.value;
}
