
/** Sizes of the sidebar frame, shared by the content script and the sidebar page. */
export const SIDEBAR_WIDTH_PX = 380;
export const SIDEBAR_TAB = { width: 40, height: 132, top: 96 } as const;
