import { signal, type ReadonlySignal } from '@preact/signals';

/** The screens, as addressed by the URL fragment. */
export type Route =
  | { screen: 'start' }
  | { screen: 'new' }
  | { screen: 'questions'; id: string; area: number }
  | { screen: 'results'; id: string }
  /** `kenmerkId`: open the werkplan at that kenmerk (scrolled there, focus on its heading). */
  | { screen: 'werkplan'; id: string; kenmerkId?: string }
  | { screen: 'page'; page: 'over' | 'begrippen' | 'bronnen'; termId?: string }
  | { screen: 'import' }
  /** Reading results from QR codes with the camera. */
  | { screen: 'scan' }
  | { screen: 'receive'; payload: string }
  | { screen: 'compare'; ids: string[] }
  | { screen: 'workshop'; id: string }
  | { screen: 'present'; id: string }
  | { screen: 'notFound' };

const ID = '([a-z]{2}(?:-[a-z0-9]+){0,6})';
const QUESTIONS = new RegExp(`^#/analyse/${ID}/vragen/([1-9][0-9]?)$`);
const RESULTS = new RegExp(`^#/analyse/${ID}/resultaten$`);
const WERKPLAN = new RegExp(`^#/analyse/${ID}/werkplan(?:/${ID})?$`);
const PAGE = new RegExp(`^#/(over|begrippen|bronnen)(?:/${ID})?$`);
const WORKSHOP = new RegExp(`^#/werkplaats/${ID}$`);
const PRESENT = new RegExp(`^#/werkplaats/${ID}/presentatie$`);
const COMPARE = new RegExp(`^#/vergelijken(?:/(${ID.slice(1, -1)}(?:,${ID.slice(1, -1)}){0,99}))?$`);
/** A shared link (`#/ontvang/<base64url>`) or a QR code's link (`#/qr/<base45>`, perhaps percent-encoded). */
const RECEIVE = /^#\/(?:ontvang\/([A-Za-z0-9_-]+)|qr\/([0-9A-Za-z $%*+./:-]+))$/;

/** Reads a route from a location hash. */
export function parseRoute(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/') return { screen: 'start' };
  if (hash === '#/nieuw') return { screen: 'new' };
  const q = QUESTIONS.exec(hash);
  if (q?.[1] && q[2]) return { screen: 'questions', id: q[1], area: Number(q[2]) - 1 };
  const r = RESULTS.exec(hash);
  if (r?.[1]) return { screen: 'results', id: r[1] };
  const w = WERKPLAN.exec(hash);
  if (w?.[1]) return w[2] ? { screen: 'werkplan', id: w[1], kenmerkId: w[2] } : { screen: 'werkplan', id: w[1] };
  const page = PAGE.exec(hash);
  if (page?.[1]) {
    const name = page[1] as 'over' | 'begrippen' | 'bronnen';
    return page[2] ? { screen: 'page', page: name, termId: page[2] } : { screen: 'page', page: name };
  }
  const ws = WORKSHOP.exec(hash);
  if (ws?.[1]) return { screen: 'workshop', id: ws[1] };
  const pr = PRESENT.exec(hash);
  if (pr?.[1]) return { screen: 'present', id: pr[1] };
  if (hash === '#/importeren') return { screen: 'import' };
  if (hash === '#/scannen') return { screen: 'scan' };
  const link = RECEIVE.exec(hash);
  if (link?.[1]) return { screen: 'receive', payload: link[1] };
  if (link?.[2]) return { screen: 'receive', payload: `qr:${link[2]}` };
  const c = COMPARE.exec(hash);
  if (c) return { screen: 'compare', ids: c[1] ? [...new Set(c[1].split(','))] : [] };
  return { screen: 'notFound' };
}

/** The fragment for a route (area numbers are 1-based in the address). */
export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'start':
      return '#/';
    case 'new':
      return '#/nieuw';
    case 'questions':
      return `#/analyse/${route.id}/vragen/${route.area + 1}`;
    case 'results':
      return `#/analyse/${route.id}/resultaten`;
    case 'werkplan':
      return route.kenmerkId ? `#/analyse/${route.id}/werkplan/${route.kenmerkId}` : `#/analyse/${route.id}/werkplan`;
    case 'page':
      return route.termId ? `#/${route.page}/${route.termId}` : `#/${route.page}`;
    case 'workshop':
      return `#/werkplaats/${route.id}`;
    case 'present':
      return `#/werkplaats/${route.id}/presentatie`;
    case 'import':
      return '#/importeren';
    case 'scan':
      return '#/scannen';
    case 'receive':
      return route.payload.startsWith('qr:') ? `#/qr/${route.payload.slice(3)}` : `#/ontvang/${route.payload}`;
    case 'compare':
      return route.ids.length > 0 ? `#/vergelijken/${route.ids.join(',')}` : '#/vergelijken';
    case 'notFound':
      return '#/';
  }
}

/** Goes to a route; `replace` changes the address without a new history entry (and tells the app). */
export function navigate(route: Route, replace = false): void {
  if (!replace) {
    location.hash = hrefFor(route);
    return;
  }
  history.replaceState(null, '', hrefFor(route));
  dispatchEvent(new HashChangeEvent('hashchange'));
}

const current = signal<Route>(typeof location === 'undefined' ? { screen: 'start' } : parseRoute(location.hash));
if (typeof addEventListener === 'function') addEventListener('hashchange', () => (current.value = parseRoute(location.hash)));

/** The current route, following hash changes: a component that reads `.value` re-renders when it changes. */
export const route: ReadonlySignal<Route> = current;
