/** Safe DOM lookups over selector variants: a broken or unsupported selector never throws. */

export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element matching any variant (variants in order), optionally required to pass `accept`. */
export function firstMatch(
  root: ParentNode,
  variants: readonly string[],
  accept: (el: Element) => boolean = () => true,
): Element | null {
  for (const selector of variants) {
    for (const el of queryAll(root, selector)) if (accept(el)) return el;
  }
  return null;
}
