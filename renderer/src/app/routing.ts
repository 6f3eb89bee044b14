import { useEffect, useState } from 'react';
import { APP_ROUTES, type AppRoute } from '../../../shared/bridge';

export interface Location {
  route: AppRoute;
  /** Further path segments, e.g. a person's id. */
  params: string[];
}

export function parseHash(hash: string): Location {
  const [first, ...params] = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const route = (APP_ROUTES as readonly string[]).includes(first ?? '') ? (first as AppRoute) : 'overzicht';
  return { route, params };
}

export function hrefFor(route: AppRoute, ...params: string[]): string {
  return `#/${[route, ...params].map(encodeURIComponent).join('/')}`;
}

// The hash before the current one, for a detail page's way back (back-link.ts). Recorded by one listener
// added when this module loads, so it is up to date before any page renders the new location.
let currentHash = typeof location === 'undefined' ? '' : location.hash;
let previousHash: string | undefined;
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    previousHash = currentHash;
    currentHash = location.hash;
  });
}

/** The location she came from within the app, if any. */
export function previousLocation(): Location | undefined {
  return previousHash === undefined ? undefined : parseHash(previousHash);
}

export function navigate(route: AppRoute, ...params: string[]): void {
  location.hash = hrefFor(route, ...params);
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setLoc(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return loc;
}
