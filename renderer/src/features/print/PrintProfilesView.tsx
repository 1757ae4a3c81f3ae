/**
 * The print view (#/print/profiles/<id>,<id>…): only the pages, one A4 page per profile, no app shell. The core
 * renders this route to PDF and waits until every profile and photo has loaded, the images are decoded, the fonts
 * are ready and each page's type is fitted (print-data.ts).
 */
import { useRef } from 'react';
import { useI18n } from '../../i18n';
import { usePrintData, usePrintReady } from './print-data';
import { ProfileSheet } from './ProfileSheet';

export function PrintProfilesView({ ids }: { ids: string[] }) {
  const { t } = useI18n();
  const root = useRef<HTMLElement>(null);
  const { profiles, photoOf, schoolName, settled, failed } = usePrintData(ids);
  usePrintReady(root, settled, failed);

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
