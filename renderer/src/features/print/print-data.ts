/**
 * What every print view shares: loading the profiles it shows with their pictures and the school's name, and
 * telling the core when the pages are laid out. The core renders the route to PDF and waits for
 * PRINT_READY_ATTRIBUTE on <body>: 'true' once the data, images and fonts are in and each page's type is fitted,
 * 'error' when something could not load (so a missing page never prints as a blank one).
 */
import { useQueries } from '@tanstack/react-query';
import { useEffect, type RefObject } from 'react';
import { PRINT_READY_ATTRIBUTE } from '../../../../shared/print';
import type { Profile } from '../../../../shared/schemas/profile';
import { bridge, unwrap } from '../../api/client';
import { useSchool } from '../../api/hooks';
import { profileKeys } from '../../api/profiles';
import { fitType } from './use-fit-type';

const wantsPhoto = (p: Profile | undefined): p is Profile => !!p && p.usePhoto;

/** The profiles by id, each with its picture (the core decides which) and, for learners, the school's name. */
export function usePrintData(ids: string[]) {
  const profiles = useQueries({
    queries: ids.map((id) => ({ queryKey: profileKeys.one(id), queryFn: () => unwrap(bridge().profiles.get({ id })) })),
  });
  const withPhoto = profiles.map((q) => q.data).filter(wantsPhoto);
  const photos = useQueries({
    // The core decides which picture a profile shows: its own, else the learner's register photo.
    queries: withPhoto.map((p) => ({ queryKey: ['profiles', 'photo', p.id, p.version, p.usePhoto], queryFn: () => unwrap(bridge().profiles.photo({ profileId: p.id })) })),
  });
  const needSchool = profiles.some((q) => q.data?.ownerKind === 'learner');
  const school = useSchool(needSchool);
  const photoOf = (p: Profile): string | null => {
    const photo = wantsPhoto(p) ? photos[withPhoto.indexOf(p)]?.data : null;
    return photo ? `data:${photo.mime};base64,${photo.base64}` : null;
  };
  const settled = [...profiles, ...photos].every((q) => !q.isPending) && (!needSchool || !school.isPending);
  return { profiles: profiles.map((q) => q.data), photoOf, schoolName: school.data?.schoolName ?? null, settled, failed: profiles.some((q) => q.isError) };
}

/** Waits for fonts and images, fits every page one last time, then tells the core the pages are ready. */
async function markReady(root: HTMLElement, failed: boolean): Promise<void> {
  await document.fonts.ready;
  await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  root.querySelectorAll<HTMLElement>('.opp-fit').forEach((box) => fitType(box));
  document.body.setAttribute(PRINT_READY_ATTRIBUTE, failed ? 'error' : 'true');
}

/** Marks the document ready (or failed) once everything has settled; not ready again while anything reloads. */
export function usePrintReady(root: RefObject<HTMLElement | null>, settled: boolean, failed: boolean): void {
  useEffect(() => {
    document.body.removeAttribute(PRINT_READY_ATTRIBUTE);
    if (settled && root.current) void markReady(root.current, failed);
  }, [root, settled, failed]);
}
