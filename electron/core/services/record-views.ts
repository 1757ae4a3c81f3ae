/**
 * Opening a learner's documents is logged, as opening their record is (learners.viewLearner): who looked at which
 * document of whose, and when. The handlers of the channels a screen opens a document with call these; the
 * services' own get functions stay silent, because exports and saves use them too. Repeats are left out by
 * recordView (services/audit.ts), the one place that decides what counts as a new look.
 */
import type { Idp } from '../../../shared/schemas/idp';
import type { OppPlusPlan } from '../../../shared/schemas/interventions';
import type { OwnerKind, Profile } from '../../../shared/schemas/profile';
import type { Review } from '../../../shared/schemas/review';
import { recordView } from './audit';
import { getIdp, listIdps } from './idp';
import { getPlanFor } from './opp-plus';
import { currentProfile, getProfile } from './profiles';
import { getReview } from './reviews';
import type { Session } from './session';

export async function viewIdp(s: Session, id: string): Promise<Idp> {
  const idp = await getIdp(s, id);
  await recordView(s, { action: 'idp.viewed', learnerId: idp.learnerId, document: 'idp', id: idp.id });
  return idp;
}

/** The IDP page opens with the learner's list: the version it shows (the draft, else the plan in force) is viewed. */
export async function viewIdpList(s: Session, learnerId: string): Promise<Idp[]> {
  const versions = await listIdps(s, learnerId);
  const shown = versions.find((v) => v.status === 'draft') ?? versions.find((v) => v.status === 'issued');
  if (shown) await recordView(s, { action: 'idp.viewed', learnerId, document: 'idp', id: shown.id });
  return versions;
}

export async function viewOppPlus(s: Session, learnerId: string): Promise<OppPlusPlan | null> {
  const plan = await getPlanFor(s, learnerId);
  if (plan) await recordView(s, { action: 'opp_plus.viewed', learnerId, document: 'oppPlus', id: plan.id });
  return plan;
}

export async function viewReview(s: Session, id: string): Promise<Review> {
  const review = await getReview(s, id);
  await recordView(s, { action: 'review.viewed', learnerId: review.learnerId, document: 'review', id: review.id });
  return review;
}

/** A staff member's profile is not a learner's record: only learners' profiles are logged. */
async function viewedProfile(s: Session, profile: Profile): Promise<Profile> {
  if (profile.ownerKind === 'learner') {
    await recordView(s, { action: 'profile.viewed', learnerId: profile.ownerId, document: 'profile', id: profile.id });
  }
  return profile;
}

export async function viewProfile(s: Session, id: string): Promise<Profile> {
  return viewedProfile(s, await getProfile(s, id));
}

export async function viewCurrentProfile(s: Session, kind: OwnerKind, ownerId: string): Promise<Profile> {
  return viewedProfile(s, await currentProfile(s, kind, ownerId));
}
