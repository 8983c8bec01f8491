import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, type Route } from '../../src/ui/shell/route';

describe('routes: parseRoute and hrefFor agree', () => {
  it.each<[string, Route]>([
    ['#/', { screen: 'start' }],
    ['#/nieuw', { screen: 'new' }],
    ['#/analyse/an-abc123/vragen/2', { screen: 'questions', id: 'an-abc123', area: 1 }],
    ['#/analyse/an-abc123/resultaten', { screen: 'results', id: 'an-abc123' }],
    ['#/analyse/an-abc123/werkplan', { screen: 'werkplan', id: 'an-abc123' }],
    ['#/analyse/an-abc123/werkplan/io-practice', { screen: 'werkplan', id: 'an-abc123', kenmerkId: 'io-practice' }],
    ['#/analyse/an-abc123/werkplan/ua-implementatie', { screen: 'werkplan', id: 'an-abc123', kenmerkId: 'ua-implementatie' }],
    ['#/begrippen/bg-witte-vlek', { screen: 'page', page: 'begrippen', termId: 'bg-witte-vlek' }],
    ['#/werkplaats/ws-1/presentatie', { screen: 'present', id: 'ws-1' }],
    ['#/vergelijken/an-a,an-b', { screen: 'compare', ids: ['an-a', 'an-b'] }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(hrefFor(route)).toBe(hash);
  });

  it('the werkplan without a kenmerk has no kenmerkId at all', () => {
    expect(Object.hasOwn(parseRoute('#/analyse/an-x/werkplan'), 'kenmerkId')).toBe(false);
  });

  it.each([
    '#/analyse/an-x/werkplan/',
    '#/analyse/an-x/werkplan/IO-PRACTICE',
    '#/analyse/an-x/werkplan/io-practice/extra',
    '#/analyse/an-x/werkplan/x',
    '#/analyse/an-x/werkplan/io_practice',
    '#/analyse/an-x/werkplan/<script>',
  ])('%s is not a route', (hash) => {
    expect(parseRoute(hash)).toEqual({ screen: 'notFound' });
  });
});
