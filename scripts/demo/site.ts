import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { personBySlug } from './people';
import { renderDetailsPage, renderFeedPage, renderProfilePage } from './render';

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

/** What the demo LinkedIn answers for a URL: a page, a 404, or `'abort'` for every other host. */
export type DemoResponse = ReturnType<typeof html> | { status: number; contentType: string; body: string } | 'abort';

export function demoResponse(address: string, extra: ExtraPages = {}): DemoResponse {
  const url = new URL(address);
  if (url.hostname !== 'www.linkedin.com') return 'abort';
  const page = extra[url.pathname];
  if (page) return html('html' in page ? page.html : readFileSync(page.file, 'utf8'));
  const slug = /^\/in\/([^/]+)\/?$/u.exec(url.pathname)?.[1];
  const person = slug ? personBySlug(decodeURIComponent(slug)) : undefined;
  if (person) return html(renderProfilePage(person));
  const details = /^\/in\/([^/]+)\/details\/(experience|education)\/?$/u.exec(url.pathname);
  const listed = details ? personBySlug(decodeURIComponent(details[1]!)) : undefined;
  if (listed) return html(renderDetailsPage(listed, details![2] as 'experience' | 'education'));
  if (url.pathname === '/' || url.pathname.startsWith('/feed')) return html(renderFeedPage());
  return { status: 404, contentType: 'text/plain', body: 'Not part of the demo' };
}

/**
 * Makes https://www.linkedin.com/ answer from this machine inside one browser
 * context, and refuses every other http(s) request, so no test or demo talks to
 * the internet (or to LinkedIn).
 */
export async function serveDemoSite(context: BrowserContext, extra: ExtraPages = {}) {
  await context.route(/^https?:\/\//u, async (route) => {
    const response = demoResponse(route.request().url(), extra);
    return response === 'abort' ? route.abort('blockedbyclient') : route.fulfill(response);
  });
}
