import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { personBySlug } from './people';
import { renderFeedPage, renderProfilePage } from './render';

/** Extra pages to serve, by path (e.g. anonymised fixtures), as HTML or a file to read. */
export type ExtraPages = Record<string, { html: string } | { file: string }>;

/**
 * Makes https://www.linkedin.com/ answer from this machine inside one browser
 * context, and refuses every other http(s) request, so no test or demo talks to
 * the internet (or to LinkedIn).
 */
export async function serveDemoSite(context: BrowserContext, extra: ExtraPages = {}) {
  await context.route(/^https?:\/\//u, async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== 'www.linkedin.com') return route.abort('blockedbyclient');
    const page = extra[url.pathname];
    if (page) {
      const body = 'html' in page ? page.html : readFileSync(page.file, 'utf8');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    }
    const slug = /^\/in\/([^/]+)\/?$/u.exec(url.pathname)?.[1];
    const person = slug ? personBySlug(decodeURIComponent(slug)) : undefined;
    if (person) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: renderProfilePage(person) });
    if (url.pathname === '/' || url.pathname.startsWith('/feed')) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: renderFeedPage() });
    }
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not part of the demo' });
  });
}
