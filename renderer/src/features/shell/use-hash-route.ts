import { useEffect, useState } from 'react';

export const ROUTES = ['caseload', 'profiles', 'plans', 'reviews', 'settings'] as const;
export type Route = (typeof ROUTES)[number];

function current(): Route {
  const name = window.location.hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'caseload';
}

/** Hash routing: plain links work with the keyboard and need no navigation outside the page. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(current);
  useEffect(() => {
    const onChange = () => setRoute(current());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
