/**
 * The print view (#/print/profiles/<id>,<id>…): only the pages, one A4 page per profile, no app shell. The core
 * renders this route to PDF and waits for PRINT_READY_ATTRIBUTE on <body>, set once every profile and photo has
 * loaded, the images are decoded, the fonts are ready and each page's type is fitted.
 */
import { useQueries } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { PRINT_READY_ATTRIBUTE } from '../../../../shared/print';
import type { Profile } from '../../../../shared/schemas/profile';
import { bridge, unwrap } from '../../api/client';
import { useSchool } from '../../api/hooks';
import { profileKeys } from '../../api/profiles';
import { useI18n } from '../../i18n';
import { fitType } from './use-fit-type';
import { ProfileSheet } from './ProfileSheet';

const wantsPhoto = (p: Profile | undefined): p is Profile => !!p && p.usePhoto;

function usePrintData(ids: string[]) {
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
  // A profile that could not be loaded must not print as a blank page: the core sees "error" and says so.
  document.body.setAttribute(PRINT_READY_ATTRIBUTE, failed ? 'error' : 'true');
}

export function PrintProfilesView({ ids }: { ids: string[] }) {
  const { t } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  const { profiles, photoOf, schoolName, settled, failed } = usePrintData(ids);

  useEffect(() => {
    document.body.removeAttribute(PRINT_READY_ATTRIBUTE);
    if (settled && root.current) void markReady(root.current, failed);
  }, [settled, failed]);

  return (
    <main className="opp-print-root" ref={root} aria-label={t('print.viewLabel')}>
      {settled &&
        profiles.map((p, i) =>
          p ? (
            <ProfileSheet key={p.id} profile={p} photo={photoOf(p)} schoolName={p.ownerKind === 'learner' ? schoolName : null} />
          ) : (
            <p key={ids[i]} role="alert">
              {t('print.notFound')}
            </p>
          ),
        )}
    </main>
  );
}
