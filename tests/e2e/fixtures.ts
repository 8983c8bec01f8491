import { test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test runs under these guards: no request may leave the app's own origin,
 * the Content-Security-Policy may report no violation, and the page may throw no error.
 */
export const test = base.extend<{ guards: void }>({
  guards: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const foreign: string[] = [];
      const problems: string[] = [];
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith(origin)) foreign.push(url);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      context.on('page', (page) => {
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error' && /CSP violation|Content Security Policy/.test(message.text())) problems.push(message.text());
        });
      });
      await use();
      expect(foreign, 'requests to another origin').toEqual([]);
      expect(problems, 'CSP violations and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
