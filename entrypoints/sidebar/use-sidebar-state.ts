import { useEffect, useState } from 'react';
import type { SidebarState } from '@/lib/messaging';
import { SIDEBAR_PORT, SidebarStateSchema } from '@/lib/model/protocol';
import { SIDEBAR_MARKS, markStage } from '@/lib/sidebar-marks';
import { takeBootPort } from './boot';

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
    const receive = (message: unknown) => {
      const parsed = SidebarStateSchema.safeParse(message);
      if (parsed.success) {
        const slug = parsed.data.page?.extraction ? parsed.data.page.slug : undefined;
        if (slug && slug !== marked) markStage(SIDEBAR_MARKS.state, (marked = slug));
        setState(parsed.data);
      } else console.warn('Coffee Chats: ignored a malformed state message', parsed.error.issues);
    };
    const connect = () => {
      // The first time, the port the boot script opened (main.tsx), and the state it already received.
      const handed = takeBootPort(receive);
      if (handed) {
        port = handed.port;
        if (handed.last !== undefined) receive(handed.last);
      } else {
        port = browser.runtime.connect({ name: SIDEBAR_PORT });
        port.onMessage.addListener(receive);
      }
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
