/**
 * The OPP+ print view (#/print/opp-plus/<learnerId>): the learner's current one-page profile on the first page,
 * exactly as the profile print lays it out (ProfileSheet, fitted to one page), then the action plan on pages of
 * its own. Read only: the profile is found among the learner's versions, so printing never starts one. The core
 * waits for the ready mark (print-data.ts).
 */
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { bridge, unwrap } from '../../api/client';
import { useSchool } from '../../api/hooks';
import { profileKeys } from '../../api/profiles';
import { useI18n } from '../../i18n';
import { OppPlusPlanSheet } from './OppPlusPlanSheet';
import { usePrintData, usePrintReady } from './print-data';
import { ProfileSheet } from './ProfileSheet';

function usePlanData(learnerId: string) {
  const plan = useQuery({ queryKey: ['oppPlus', 'print', learnerId], queryFn: () => unwrap(bridge().oppPlus.get({ learnerId })) });
  const versions = useQuery({
    queryKey: profileKeys.versions('learner', learnerId),
    queryFn: () => unwrap(bridge().profiles.versions({ ownerKind: 'learner', ownerId: learnerId })),
  });
  const current = versions.data?.find((p) => p.status === 'current' && p.items.length > 0);
  const sheet = usePrintData(current ? [current.id] : []);
  const school = useSchool(true);
  return {
    plan: plan.data ?? null,
    profile: sheet.profiles[0] ?? null,
    photoOf: sheet.photoOf,
    schoolName: school.data?.schoolName ?? null,
    settled: !plan.isPending && !versions.isPending && !school.isPending && sheet.settled,
    failed: plan.isError || versions.isError || school.isError || sheet.failed || (plan.isSuccess && plan.data === null),
  };
}

/** The first page when no profile has been written yet: said plainly rather than printed empty. */
function NoProfilePage({ name }: { name: string }) {
  const { t } = useI18n();
  return (
    <article className="opp-page oppp-no-profile" aria-label={t('print.pageLabel', { name })}>
      <p className="opp-kicker">{t('print.kicker')}</p>
      <h1 className="opp-name">{name}</h1>
      <p className="oppp-no-profile-text">{t('oppPlusPrint.noProfile', { name })}</p>
    </article>
  );
}

export function PrintOppPlusView({ learnerId }: { learnerId: string }) {
  const { t } = useI18n();
  const root = useRef<HTMLElement>(null);
  const { plan, profile, photoOf, schoolName, settled, failed } = usePlanData(learnerId);
  usePrintReady(root, settled, failed);

  return (
    <main className="opp-print-root" ref={root} aria-label={t('oppPlusPrint.viewLabel')}>
      {settled && failed && <p role="alert">{t('oppPlusPrint.notFound')}</p>}
      {settled && !failed && plan && (
        <>
          {profile ? <ProfileSheet profile={profile} photo={photoOf(profile)} schoolName={schoolName} /> : <NoProfilePage name={plan.learnerName} />}
          <OppPlusPlanSheet plan={plan} schoolName={schoolName} />
        </>
      )}
    </main>
  );
}
