import { useEffect, useState } from 'react';
import type { SidebarState } from '@/lib/messaging';
import { SIDEBAR_PORT, SidebarStateSchema } from '@/lib/model/protocol';
import { SIDEBAR_MARKS, markStage } from '@/lib/sidebar-marks';

/**
 * The page and the saved contact, pushed by the background over a port. The
 * sidebar never opens IndexedDB itself. The worker may stop at any time; the
 * port then closes and is opened again.
 */
export function useSidebarState(): SidebarState | null {
  const [state, setState] = useState<SidebarState | null>(null);
  useEffect(() => {
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let marked: string | undefined;
    const connect = () => {
      port = browser.runtime.connect({ name: SIDEBAR_PORT });
      port.onMessage.addListener((message: unknown) => {
        const parsed = SidebarStateSchema.safeParse(message);
        if (parsed.success) {
          const slug = parsed.data.page?.extraction ? parsed.data.page.slug : undefined;
          if (slug && slug !== marked) markStage(SIDEBAR_MARKS.state, (marked = slug));
          setState(parsed.data);
        } else console.warn('Coffee Chats: ignored a malformed state message', parsed.error.issues);
      });
      port.onDisconnect.addListener(() => {
        if (!stopped) retry = setTimeout(connect, 200);
      });
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      port?.disconnect();
    };
  }, []);
  return state;
}
