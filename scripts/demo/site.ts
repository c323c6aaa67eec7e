import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { personBySlug } from './people';
import { renderFeedPage, renderProfilePage } from './render';

/** Extra pages to serve, by path (e.g. anonymised fixtures), as HTML or a file to read. */
export type ExtraPages = Record<string, { html: string } | { file: string }>;

/**
 * A policy shaped like the one LinkedIn's pages carry (nonce'd scripts with
 * 'strict-dynamic', Trusted Types) and a frame-src that does not name the
 * extension, so the tests see the extension work under LinkedIn's rules, not
 * on an open page.
 */
function linkedInLikePolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src-elem 'nonce-${nonce}' 'strict-dynamic'`,
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "frame-src 'self'",
    "connect-src 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types default',
  ].join('; ');
}

function html(body: string) {
  const nonce = randomBytes(16).toString('hex');
  return {
    status: 200,
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': linkedInLikePolicy(nonce) },
    // The pages' own scripts carry the nonce; text in a profile is escaped and never becomes a tag.
    body: body.replaceAll('<script>', `<script nonce="${nonce}">`),
  };
}

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
      return route.fulfill(html(body));
    }
    const slug = /^\/in\/([^/]+)\/?$/u.exec(url.pathname)?.[1];
    const person = slug ? personBySlug(decodeURIComponent(slug)) : undefined;
    if (person) return route.fulfill(html(renderProfilePage(person)));
    if (url.pathname === '/' || url.pathname.startsWith('/feed')) {
      return route.fulfill(html(renderFeedPage()));
    }
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not part of the demo' });
  });
}
