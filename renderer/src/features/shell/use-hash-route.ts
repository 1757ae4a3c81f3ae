import { useEffect, useState } from 'react';
import type { OwnerKind } from '../../../../shared/schemas/profile';

/** The sections in the navigation, in order. */
export const SECTIONS = ['caseload', 'profiles', 'plans', 'reviews', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export type Route =
  | { name: Section }
  | { name: 'learner'; id: string }
  | { name: 'newLearner' }
  | { name: 'import' }
  | { name: 'profile'; kind: OwnerKind; id: string }
  | { name: 'profileVersion'; id: string }
  | { name: 'oppPlus'; id: string }
  | { name: 'idp'; id: string }
  | { name: 'idpVersion'; id: string }
  | { name: 'review'; id: string }
  | { name: 'audit'; learnerId: string | null };

export function parseRoute(hash: string): Route {
  const [name, id, third] = hash.replace(/^#\/?/, '').split('/');
  if (name === 'profile' && (id === 'learner' || id === 'staff') && third) return { name: 'profile', kind: id, id: decodeURIComponent(third) };
  if (name === 'profile-version' && id) return { name: 'profileVersion', id: decodeURIComponent(id) };
  if (name === 'opp-plus' && id) return { name: 'oppPlus', id: decodeURIComponent(id) };
  if (name === 'idp' && id) return { name: 'idp', id: decodeURIComponent(id) };
  if (name === 'idp-version' && id) return { name: 'idpVersion', id: decodeURIComponent(id) };
  if (name === 'review' && id) return { name: 'review', id: decodeURIComponent(id) };
  if (name === 'learner' && id === 'new') return { name: 'newLearner' };
  if (name === 'learner' && id) return { name: 'learner', id: decodeURIComponent(id) };
  if (name === 'import') return { name: 'import' };
  if (name === 'audit') return { name: 'audit', learnerId: id ? decodeURIComponent(id) : null };
  return (SECTIONS as readonly string[]).includes(name ?? '') ? { name: name as Section } : { name: 'caseload' };
}

export const hrefFor = {
  section: (s: Section) => `#/${s}`,
  learner: (id: string) => `#/learner/${encodeURIComponent(id)}`,
  newLearner: () => '#/learner/new',
  import: () => '#/import',
  profile: (kind: OwnerKind, id: string) => `#/profile/${kind}/${encodeURIComponent(id)}`,
  profileVersion: (id: string) => `#/profile-version/${encodeURIComponent(id)}`,
  oppPlus: (learnerId: string) => `#/opp-plus/${encodeURIComponent(learnerId)}`,
  /** The learner's IDP: the draft if there is one, else the plan in force. */
  idp: (learnerId: string) => `#/idp/${encodeURIComponent(learnerId)}`,
  /** One version of an IDP, read-only. */
  idpVersion: (idpId: string) => `#/idp-version/${encodeURIComponent(idpId)}`,
  /** One review meeting: its record and, for an IDP review, its decision. */
  review: (reviewId: string) => `#/review/${encodeURIComponent(reviewId)}`,
  /** The audit log, or one learner's history in it. */
  audit: (learnerId?: string | null) => (learnerId ? `#/audit/${encodeURIComponent(learnerId)}` : '#/audit'),
};

export function navigate(href: string): void {
  window.location.hash = href;
}

/** The section a route belongs to, for the navigation's "current page". */
export function sectionOf(route: Route): Section {
  if (route.name === 'profile' || route.name === 'profileVersion') return 'profiles';
  if (route.name === 'oppPlus' || route.name === 'idp' || route.name === 'idpVersion') return 'plans';
  if (route.name === 'review') return 'reviews';
  if (route.name === 'audit') return 'settings';
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
