/** Safe DOM lookups over selector variants: a broken or unsupported selector never throws. */
import type { SelectorVariant } from './selectors';

export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element matching any variant (variants in order), optionally required to pass `accept`. */
export function firstMatch(root: ParentNode, variants: readonly (string | SelectorVariant)[], accept?: (el: Element) => boolean): Element | null {
  for (const variant of variants) {
    const selector = typeof variant === 'string' ? variant : variant.selector;
    if (accept) {
      for (const el of queryAll(root, selector)) if (accept(el)) return el;
      continue;
    }
    // Without a test the first element will do: querySelector stops there instead of listing the page.
    try {
      const el = root.querySelector(selector);
      if (el) return el;
    } catch {
      // An unsupported selector finds nothing.
    }
  }
  return null;
}
