import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Extraction } from '@/lib/linkedin/profile';
import { profilePageKind, profileSlugFromUrl } from '@/lib/linkedin/url';
import type { DetailsSeen, PageState } from '@/lib/model/protocol';

export type Extract = (doc: Document, url: URL) => Extraction;

/** How long to wait for LinkedIn to show a new person before trusting the page as it is. */
const SETTLE_MS = 4_000;
const RECHECK_MS = 300;
/** Once the profile has been stable for a while, LinkedIn's constant DOM churn is re-read less often. */
const QUIET_AFTER_MS = 5_000;
const QUIET_RECHECK_MS = 1_500;

/** A detail page's list, read for the saved contact. */
type DetailsRead = DetailsSeen;

/**
 * Follows LinkedIn's single-page navigation. After the URL changes to another
 * profile, the page still shows the previous person for a moment: until the
 * page shows someone else (or SETTLE_MS pass), the state says "loading" rather
 * than mixing two people. `loadExtractor` is called on the first profile (or
 * detail) page, not before: on the feed, search or messaging the reader is
 * never loaded.
 */
export function watchProfilePage(
  ctx: ContentScriptContext,
  loadExtractor: () => Promise<Extract>,
  onChange: (state: PageState | null) => void,
  onDetails: (details: DetailsRead) => void,
) {
  let current: PageState | null = null;
  let previousName: string | undefined;
  let navigatedAt = 0;
  let lastSent = '';
  let lastChangeAt = Date.now();
  let timer: number | undefined;
  let lastDetails = '';
  let extract: Extract | undefined;
  let loading: Promise<void> | undefined;

  /** The extractor if it is here; otherwise starts loading it and checks again once it is. */
  const extractor = (): Extract | undefined => {
    if (extract) return extract;
    loading ??= loadExtractor().then(
      (loaded) => {
        extract = loaded;
        if (!ctx.isInvalid) schedule(0);
      },
      (error: unknown) => {
        // Only an extension being updated or removed under the page gets here; the next change retries.
        console.warn('Coffee Chats could not load its profile reader', error);
        loading = undefined;
      },
    );
    return undefined;
  };

  const send = (state: PageState | null) => {
    const key = JSON.stringify(state);
    if (key === lastSent) return;
    lastSent = key;
    lastChangeAt = Date.now();
    current = state;
    onChange(state);
  };

  const check = () => {
    timer = undefined;
    dueAt = Infinity;
    const url = new URL(location.href);
    const slug = profileSlugFromUrl(url);
    const kind = profilePageKind(url);
    if (slug === null || kind !== 'profile') {
      if (current) previousName = current.extraction?.profile.name;
      send(null);
      if (slug !== null && (kind === 'details-experience' || kind === 'details-education')) {
        const read = extractor();
        if (read) readDetails(read, slug, kind, url);
      }
      return;
    }
    // Nothing is shown before the reader is here (a few milliseconds, once per page load).
    const read = extractor();
    if (!read) return;
    if (current?.slug !== slug) {
      previousName = current?.extraction?.profile.name ?? previousName;
      navigatedAt = Date.now();
      send({ url: url.href, slug, extraction: null });
    }
    const extraction = read(document, url);
    const name = extraction.profile.name;
    const settled = Date.now() - navigatedAt > SETTLE_MS;
    const showsNewPerson = name !== undefined && name !== previousName;
    if (showsNewPerson || settled) {
      send({ url: url.href, slug, extraction });
    } else {
      schedule(RECHECK_MS);
    }
  };

  // A detail page lists every job (or school); LinkedIn fills it in as it scrolls.
  const readDetails = (read: Extract, slug: string, kind: 'details-experience' | 'details-education', url: URL) => {
    const { profile } = read(document, url);
    const details: DetailsRead =
      kind === 'details-experience' ? { slug, experience: profile.experience } : { slug, education: profile.education };
    const list = details.experience ?? details.education ?? [];
    const key = JSON.stringify(details);
    if (list.length === 0 || key === lastDetails) return;
    lastDetails = key;
    onDetails(details);
  };

  // One pending check at a time; a sooner request (a navigation) moves it earlier.
  let dueAt = Infinity;
  const schedule = (delay: number) => {
    const at = Date.now() + delay;
    if (timer !== undefined && at >= dueAt) return;
    if (timer !== undefined) clearTimeout(timer);
    dueAt = at;
    timer = ctx.setTimeout(check, delay);
  };

  ctx.addEventListener(window, 'wxt:locationchange', () => schedule(0));
  // LinkedIn renders sections late and swaps profiles in place: re-read on change.
  const observer = new MutationObserver(() =>
    schedule(Date.now() - lastChangeAt > QUIET_AFTER_MS ? QUIET_RECHECK_MS : RECHECK_MS),
  );
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  // The Navigation API misses some history updates; a cheap URL poll backs it up.
  let lastHref = location.href;
  ctx.setInterval(() => {
    if (location.href !== lastHref) {
      lastHref = location.href;
      schedule(0);
    }
  }, 500);
  schedule(0);

  return { current: () => current };
}
