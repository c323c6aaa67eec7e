import { defineExtensionMessaging } from '@webext-core/messaging';
// Types only: the content script imports this file and must not carry zod.
import type { ProtocolMap } from './model/protocol';

export type { PageState, ProtocolMap, SidebarState } from './model/protocol';

/** The one protocol between content script, sidebar, popup and background (see lib/model/protocol.ts). */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
