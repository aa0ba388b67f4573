// Hash routing, so a reload (or a crash and restart) comes back to the same view.
import { useEffect, useState } from 'react';

export type Route =
  | { view: 'library' }
  | { view: 'article'; id: string }
  | { view: 'translate'; id: string; projectId?: string }
  | { view: 'export'; id: string }
  | { view: 'settings' };

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'article':
      return parts[1] ? { view: 'article', id: parts[1] } : { view: 'library' };
    case 'translate':
      return parts[1] ? { view: 'translate', id: parts[1], projectId: parts[2] } : { view: 'library' };
    case 'export':
      return parts[1] ? { view: 'export', id: parts[1] } : { view: 'library' };
    case 'settings':
      return { view: 'settings' };
    default:
      return { view: 'library' };
  }
}

export function hrefFor(r: Route): string {
  switch (r.view) {
    case 'library':
      return '#/library';
    case 'article':
      return `#/article/${encodeURIComponent(r.id)}`;
    case 'translate':
      return `#/translate/${encodeURIComponent(r.id)}${r.projectId ? `/${encodeURIComponent(r.projectId)}` : ''}`;
    case 'export':
      return `#/export/${encodeURIComponent(r.id)}`;
    case 'settings':
      return '#/settings';
  }
}

export function navigate(r: Route): void {
  window.location.hash = hrefFor(r);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
