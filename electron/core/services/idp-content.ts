/**
 * What a new IDP draft starts with, and what "refresh" pulls in again: the register's details (snapshotted into
 * the plan), the school and the coordinator as the responsible body and person, the learner's recorded needs, and
 * the current one-page profile as "About me" (with its picture).
 */
import { randomUUID } from 'node:crypto';
import { addMonths, todayIso } from '../../../shared/rules/dates';
import type { IdpContent, MaintainedBy } from '../../../shared/schemas/idp';
import type { Db as Database, Trx } from '../db/client';
import { getLearner, getNeeds } from '../repositories/learners';
import { getCurrentProfileRow, listItemRows } from '../repositories/profiles';
import { getSchool } from '../repositories/school';
import { getOwner } from '../repositories/staff';
import { legalName, toFields } from './learner-mapping';

type Db = Database | Trx;

const MEDIUM: Record<string, string> = { en: 'English', cy: 'Welsh', bilingual: 'Bilingual' };

export async function coreDetailsFromRegister(db: Db, learnerId: string, keep?: IdpContent['coreDetails']): Promise<IdpContent['coreDetails']> {
  const r = (await getLearner(db, learnerId))!;
  const f = toFields(r, await getNeeds(db, learnerId));
  return {
    legalName: legalName(r),
    preferredName: f.preferredName ?? '',
    dateOfBirth: f.dateOfBirth,
    upn: f.upn ?? '',
    address: keep?.address ?? '',
    setting: f.setting ?? (await getSchool(db))?.name ?? '',
    localAuthority: keep?.localAuthority ?? '',
    homeLanguages: f.homeLanguages.join(', '),
    medium: MEDIUM[f.medium] ?? f.medium,
    consent: keep?.consent ?? 'notApplicable',
    consentDetails: keep?.consentDetails ?? '',
    capacityIssues: keep?.capacityIssues ?? false,
    capacityDetails: keep?.capacityDetails ?? '',
  };
}

/** The learner's current one-page profile, copied in (items and which version), or an empty "About me". */
export async function aboutMeFromProfile(db: Db, learnerId: string): Promise<{ aboutMe: IdpContent['aboutMe']; profileId: string | null }> {
  const profile = await getCurrentProfileRow(db, 'learner', learnerId);
  const items = profile ? await listItemRows(db, profile.id) : [];
  return {
    profileId: profile?.id ?? null,
    aboutMe: {
      sourceProfileId: profile?.id ?? null,
      sourceVersionNumber: profile?.version_number ?? null,
      pulledOn: todayIso(),
      items: items.map((i) => ({
        id: randomUUID(),
        section: i.section as IdpContent['aboutMe']['items'][number]['section'],
        text: i.text,
        contributor: i.contributor as IdpContent['aboutMe']['items'][number]['contributor'],
        firstPerson: i.first_person === 1,
        importantFor: i.important_for === 1,
      })),
    },
  };
}

function maintainerFor(status: string, dutyHolder: string): MaintainedBy {
  if (status === 'ALN_IDP_LA' || dutyHolder === 'la') return 'la';
  if (status === 'ALN_IDP_FEI' || dutyHolder === 'fei') return 'fei';
  return 'school';
}

/** A first draft: everything Caseload already knows put in its place; the rest for the coordinator to write. */
export async function firstDraftContent(db: Db, learnerId: string): Promise<{ content: IdpContent; profileId: string | null }> {
  const learner = (await getLearner(db, learnerId))!;
  const [school, owner, needs, about] = await Promise.all([getSchool(db), getOwner(db), getNeeds(db, learnerId), aboutMeFromProfile(db, learnerId)]);
  const today = todayIso();
  const content: IdpContent = {
    coreDetails: await coreDetailsFromRegister(db, learnerId),
    administration: {
      maintainedBy: maintainerFor(learner.status, learner.duty_holder),
      organisation: school?.name ?? '',
      responsibleName: owner?.name ?? '',
      responsibleRole: owner?.role ?? '',
      responsibleContact: '',
      startDate: today,
      reviewTargetDate: addMonths(today, 12),
      proposedReviewDate: null,
    },
    aboutMe: about.aboutMe,
    views: [],
    alnDescription: {
      needs: [...needs].sort((a, b) => b.is_primary - a.is_primary).map((n) => ({ id: randomUUID(), needCode: n.code, description: '', whatThisMeansForMe: '', diagnosis: '' })),
      reasonsForDecision: '',
    },
    provision: [],
    otherProvision: { text: '' },
    laProvision: [],
    transition: { text: '', actions: [] },
    reasons: [],
    informationUsed: [],
    timeline: [],
    appendices: [],
  };
  return { content, profileId: about.profileId };
}
