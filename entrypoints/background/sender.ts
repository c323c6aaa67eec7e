import type { Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

/**
 * Who sent a message, checked before anything is believed. Only this extension's
 * own contexts can reach runtime messaging (no externally_connectable), but each
 * message is still held to the context that is allowed to send it.
 */

function senderUrl(sender: Sender): URL | null {
  try {
    return sender.url ? new URL(sender.url) : null;
  } catch {
    return null;
  }
}

function isOwnExtension(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/** An extension page; on Chrome the sidebar frame has a per-session (dynamic) host. */
export function isExtensionPage(sender: Sender, path?: string): boolean {
  const url = senderUrl(sender);
  if (!isOwnExtension(sender) || !url) return false;
  const ownScheme = new URL(browser.runtime.getURL('/')).protocol;
  return url.protocol === ownScheme && (path === undefined || url.pathname === path);
}

/** The sidebar frame inside a LinkedIn tab. */
export function sidebarTabId(sender: Sender): number | null {
  return isExtensionPage(sender, '/sidebar.html') && sender.tab?.id !== undefined ? sender.tab.id : null;
}

/** The content script in a LinkedIn tab (top frame). */
export function contentScriptTabId(sender: Sender): number | null {
  const url = senderUrl(sender);
  const fromLinkedIn = url?.protocol === 'https:' && url.hostname === 'www.linkedin.com';
  return isOwnExtension(sender) && fromLinkedIn && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0
    ? sender.tab.id
    : null;
}

/** Who may send a message: the content script, the sidebar frame (both in a LinkedIn tab), or any extension page. */
export type SenderKind = 'content-script' | 'sidebar' | 'extension-page';

/** The sender, if it is of `kind` (with its tab for the two that live in a LinkedIn tab); null otherwise. */
export function senderAllowed(kind: SenderKind, sender: Sender): { tabId?: number } | null {
  if (kind === 'extension-page') return isExtensionPage(sender) ? {} : null;
  const tabId = kind === 'sidebar' ? sidebarTabId(sender) : contentScriptTabId(sender);
  return tabId === null ? null : { tabId };
}
