import { useEffect, useState } from 'preact/hooks';

/** The screens, as addressed by the URL fragment. */
export type Route =
  | { screen: 'start' }
  | { screen: 'new' }
  | { screen: 'questions'; id: string; area: number }
  | { screen: 'results'; id: string }
  | { screen: 'notFound' };

const ID = '([a-z]{2}(?:-[a-z0-9]+){0,6})';
const QUESTIONS = new RegExp(`^#/analyse/${ID}/vragen/([1-9][0-9]?)$`);
const RESULTS = new RegExp(`^#/analyse/${ID}/resultaten$`);

/** Reads a route from a location hash. */
export function parseRoute(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/') return { screen: 'start' };
  if (hash === '#/nieuw') return { screen: 'new' };
  const q = QUESTIONS.exec(hash);
  if (q?.[1] && q[2]) return { screen: 'questions', id: q[1], area: Number(q[2]) - 1 };
  const r = RESULTS.exec(hash);
  if (r?.[1]) return { screen: 'results', id: r[1] };
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
    case 'notFound':
      return '#/';
  }
}

/** Goes to a route. */
export function navigate(route: Route): void {
  location.hash = hrefFor(route);
}

/** The current route, following hash changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
