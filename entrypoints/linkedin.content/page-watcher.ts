import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Extraction } from '@/lib/linkedin/profile';
import type { PageOwner } from '@/lib/linkedin/page-identity';
import { profilePageKind, profileSlugFromUrl, type ProfilePageKind } from '@/lib/linkedin/url';
import type { DetailsSeen, PageState } from '@/lib/model/protocol';

export type Extract = (doc: Document, url: URL) => Extraction;

/** What the profile module brings: the reader, and the checks that the page is the one the URL names. */
export interface Reader {
  extract: Extract;
  /** Whose page the DOM says it is (lib/linkedin/page-identity.ts). */
  owner: (doc: Document, slug: string) => PageOwner;
  /** The text of the page's main card, to tell one page from the next. */
  print: (doc: Document) => string;
}

const RECHECK_MS = 300;
/** While the sidebar waits for the page to show the person its URL names, the main card is glanced at this soon after a change. */
const WAITING_PEEK_MS = 16;
/** While LinkedIn is slow to show the next page, look again less often (mutations still trigger a look). */
const SLOW_AFTER_MS = 4_000;
const SLOW_RECHECK_MS = 1_500;
/** Once the profile has been stable for a while, LinkedIn's constant DOM churn is re-read less often. */
const QUIET_AFTER_MS = 5_000;
const QUIET_RECHECK_MS = 1_500;

type ListKind = 'details-experience' | 'details-education';

/** The last page read and believed: whose, which page of theirs, the name and the main card it showed. */
interface Believed {
  slug: string;
  kind: ProfilePageKind;
  name: string | undefined;
  print: string;
}

/**
 * Follows LinkedIn's single-page navigation. The URL changes at once, the page a moment (or many
 * seconds) later: after an in-app navigation a read is believed only once the page itself confirms
 * it — it names the slug (JSON, canonical or og:url, a link to one of the person's own sub-pages) or
 * shows another name, and its main card is no longer the previous page's. Until then the state says
 * "loading" for as long as it takes; two people are never mixed. The person's other pages (contact
 * info, activity, /details/…) keep the state as it is, so the sidebar stays. `loadReader` is called
 * on the first profile (or detail) page, not before: on the feed, search or messaging the reader is
 * never loaded.
 */
export function watchProfilePage(
  ctx: ContentScriptContext,
  loadReader: () => Promise<Reader>,
  onChange: (state: PageState | null) => void,
  onDetails: (details: DetailsSeen) => void,
) {
  let current: PageState | null = null;
  let believed: Believed | undefined;
  // The document was loaded at this URL: until LinkedIn changes the URL in place, the page is what it says.
  const loadedHref = location.href;
  let moved = false;
  let waitingSince = 0;
  let lastSent = '';
  let lastChangeAt = Date.now();
  let timer: number | undefined;
  let lastDetails = '';
  let reader: Reader | undefined;
  let loading: Promise<void> | undefined;

  /** The reader if it is here; otherwise starts loading it and checks again once it is. */
  const getReader = (): Reader | undefined => {
    if (reader) return reader;
    loading ??= loadReader().then(
      (loaded) => {
        reader = loaded;
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

  /** Is what the DOM shows now the page at the URL (`slug`, `kind`)? */
  const confirms = (read: Reader, slug: string, kind: ProfilePageKind, extraction: Extraction): boolean => {
    // Loaded at this URL, or the same page read again.
    if (!moved || (believed?.slug === slug && believed.kind === kind)) return true;
    const changed = believed === undefined || read.print(document) !== believed.print;
    // The same person's other page: once LinkedIn has drawn it (a list is never read over the top card or another list).
    if (believed?.slug === slug) return changed;
    const owner = read.owner(document, slug);
    if (owner === 'other') return false;
    const name = extraction.profile.name;
    const otherName = name !== undefined && name !== believed?.name;
    return changed && (owner === 'this' || otherName);
  };

  const check = () => {
    timer = undefined;
    dueAt = Infinity;
    const url = new URL(location.href);
    if (url.href !== loadedHref) moved = true;
    const slug = profileSlugFromUrl(url);
    const kind = profilePageKind(url);
    // The person's own overlays and pages (contact info, activity, …) keep the sidebar as it is.
    if (slug !== null && slug === current?.slug && kind === 'other') return;
    if (slug === null || kind === 'other') return send(null);
    // Nothing is shown before the reader is here (a few milliseconds, once per page load).
    const read = getReader();
    if (!read) return;
    if (current?.slug !== slug) {
      waitingSince = Date.now();
      // A profile shows the sidebar waiting for the page; another person's list page shows none, as before.
      send(kind === 'profile' ? { url: url.href, slug, extraction: null } : null);
    }
    const extraction = read.extract(document, url);
    if (!confirms(read, slug, kind, extraction)) {
      schedule(Date.now() - waitingSince > SLOW_AFTER_MS ? SLOW_RECHECK_MS : RECHECK_MS);
      return;
    }
    believed = { slug, kind, name: extraction.profile.name, print: read.print(document) };
    if (kind === 'profile') send({ url: url.href, slug, extraction });
    else offerDetails(slug, kind, extraction);
  };

  // A detail page lists every job (or school); LinkedIn fills it in as it scrolls. It is offered, never written.
  const offerDetails = (slug: string, kind: ListKind, { profile }: Extraction) => {
    const details: DetailsSeen = kind === 'details-experience' ? { slug, experience: profile.experience } : { slug, education: profile.education };
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
  // Waiting for the person (the URL has moved, the page not yet), a change may be them arriving: a glance at the
  // main card's text (cheap) soon after it, and a whole read at once if that text changed, not at the next look.
  let peek: number | undefined;
  let peeked = '';
  const glance = () => {
    peek = undefined;
    const print = reader?.print(document) ?? '';
    if (print === peeked) return;
    peeked = print;
    schedule(0);
  };
  const observer = new MutationObserver(() => {
    const waiting = current !== null && current.extraction === null && Date.now() - waitingSince < SLOW_AFTER_MS;
    if (waiting && reader && peek === undefined) peek = ctx.setTimeout(glance, WAITING_PEEK_MS);
    schedule(Date.now() - lastChangeAt > QUIET_AFTER_MS ? QUIET_RECHECK_MS : RECHECK_MS);
  });
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
