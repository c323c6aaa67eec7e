
/** Sizes of the sidebar frame, shared by the content script and the sidebar page. */
export const SIDEBAR_WIDTH_PX = 380;
export const SIDEBAR_TAB = { width: 40, height: 132, top: 96 } as const;

/**
 * The storage.local key of "the sidebar is folded" (storage/items.ts' `sidebarCollapsed`). The content script
 * and the sidebar's boot script read it directly: WXT's storage library would triple the content script.
 */
export const SIDEBAR_COLLAPSED_KEY = 'sidebar:collapsed';
