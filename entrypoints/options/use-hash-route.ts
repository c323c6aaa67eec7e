import { useEffect, useState } from 'react';

export interface Route {
  section: 'contacts' | 'settings' | 'backup' | 'network' | 'report';
  contactId?: number;
}

/** `#contacts`, `#contact/12`, `#network`, `#report`, `#settings`, `#backup` — so the popup can link straight to a contact. */
export function parseHash(hash: string): Route {
  const value = hash.replace(/^#/u, '');
  const contact = /^contact\/(\d+)$/u.exec(value);
  if (contact) return { section: 'contacts', contactId: Number(contact[1]) };
  if (value === 'settings' || value === 'backup' || value === 'network' || value === 'report') return { section: value };
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
