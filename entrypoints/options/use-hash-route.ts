import { useEffect, useState } from 'react';

export interface Route {
  section: 'contacts' | 'paths' | 'instructor' | 'settings' | 'backup' | 'network' | 'report' | 'privacy';
  contactId?: number;
  /** `#path/<uid>`: one career path's page; with `deck`, its slide deck. */
  pathUid?: string;
  view?: 'deck';
}

/**
 * `#contacts`, `#contact/12`, `#paths`, `#path/<uid>`, `#path/<uid>/deck`, `#instructor`, `#network`,
 * `#report`, `#settings`, `#backup`, `#privacy` — so the popup can link straight to a contact or a path.
 */
export function parseHash(hash: string): Route {
  const value = hash.replace(/^#/u, '');
  const contact = /^contact\/(\d+)$/u.exec(value);
  if (contact) return { section: 'contacts', contactId: Number(contact[1]) };
  const path = /^path\/([0-9A-Za-z-]{8,64})(\/deck)?$/u.exec(value);
  if (path) return { section: 'paths', pathUid: path[1], ...(path[2] ? { view: 'deck' as const } : {}) };
  if (value === 'paths' || value === 'instructor' || value === 'settings' || value === 'backup' || value === 'network' || value === 'report' || value === 'privacy') return { section: value };
  return { section: 'contacts' };
}

export function useHashRoute(): [Route, (hash: string) => void] {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (hash) => (location.hash = hash)];
}
