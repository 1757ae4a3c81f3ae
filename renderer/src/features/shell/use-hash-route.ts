import { useEffect, useState } from 'react';

/** The sections in the navigation, in order. */
export const SECTIONS = ['caseload', 'profiles', 'plans', 'reviews', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export type Route = { name: Section } | { name: 'learner'; id: string } | { name: 'newLearner' } | { name: 'import' };

export function parseRoute(hash: string): Route {
  const [name, id] = hash.replace(/^#\/?/, '').split('/');
  if (name === 'learner' && id === 'new') return { name: 'newLearner' };
  if (name === 'learner' && id) return { name: 'learner', id: decodeURIComponent(id) };
  if (name === 'import') return { name: 'import' };
  return (SECTIONS as readonly string[]).includes(name ?? '') ? { name: name as Section } : { name: 'caseload' };
}

export const hrefFor = {
  section: (s: Section) => `#/${s}`,
  learner: (id: string) => `#/learner/${encodeURIComponent(id)}`,
  newLearner: () => '#/learner/new',
  import: () => '#/import',
};

export function navigate(href: string): void {
  window.location.hash = href;
}

/** The section a route belongs to, for the navigation's "current page". */
export function sectionOf(route: Route): Section {
  return route.name === 'learner' || route.name === 'newLearner' || route.name === 'import' ? 'caseload' : route.name;
}

/** Hash routing: plain links work with the keyboard and need no navigation outside the page. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
