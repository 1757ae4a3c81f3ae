/** Helpers for the IDP tests through the contract (idp*.test.ts), on top of helpers.ts and register-support.ts. */
import type { Input, Output } from '../../shared/ipc';
import { IDP_LEARNER, saveIdpPlan } from '../fixtures/idp-plan';
import { auditActions, ok, tableDigests } from './helpers';
import { addLearner, noiseJpeg, withDb, type RegisterVault } from './register-support';

export type Idp = Output<'idp.startDraft'>;
type ProfileItemIn = Input<'profiles.saveItems'>['items'][number];

export const digests = (v: RegisterVault) => withDb(v, tableDigests);
export const actions = (v: RegisterVault) => withDb(v, auditActions);

/** The learner's profile items, as typed into the profile (the IDP's "About me" copies them). */
export const PROFILE_ITEMS: ProfileItemIn[] = [
  { section: 'appreciation', text: 'Makes everyone laugh at circle time', contributor: 'staff', firstPerson: false, importantFor: false },
  { section: 'importantTo', text: 'I love my dog Mabli', contributor: 'learner', firstPerson: true, importantFor: false },
  { section: 'support', text: 'Needs his glasses on for reading', contributor: 'parent', firstPerson: false, importantFor: true },
];

/** A learner from the fixture (needs: dyslexia, then speech and language) with any fields replaced. */
export function idpLearner(v: RegisterVault, over: Partial<Input<'learners.create'>> = {}) {
  return addLearner(v.core, { ...IDP_LEARNER, homeLanguages: [...IDP_LEARNER.homeLanguages], primaryNeed: 'DYSLEXIA', secondaryNeeds: ['SLCD'], ...over });
}

/** Gives the learner a current profile with PROFILE_ITEMS and a picture of its own; returns the profile. */
export async function withProfile(v: RegisterVault, learnerId: string, items: ProfileItemIn[] = PROFILE_ITEMS, seed = 3) {
  const p = ok(await v.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: learnerId }));
  const saved = ok(await v.core.invoke('profiles.saveItems', { profileId: p.id, version: p.version, items }));
  const image = (await noiseJpeg(240, 300, seed)).toString('base64');
  return ok(await v.core.invoke('profiles.setPhoto', { profileId: saved.id, version: saved.version, imageBase64: image }));
}

export async function startDraft(v: RegisterVault, learnerId: string): Promise<Idp> {
  return ok(await v.core.invoke('idp.startDraft', { learnerId }));
}

/** A learner with a draft holding the complete fixture plan (every section saved through the contract). */
export async function completeDraft(v: RegisterVault, over: Partial<Input<'learners.create'>> = {}) {
  const learner = await idpLearner(v, over);
  const idp = await saveIdpPlan(v.core, await startDraft(v, learner.id));
  return { learnerId: learner.id, idp };
}

export async function issue(v: RegisterVault, idp: Idp, dateGiven: string, overrideReason: string | null = null): Promise<Idp> {
  return ok(await v.core.invoke('idp.issue', { idpId: idp.id, version: idp.version, dateGiven, overrideReason }));
}

/** The raw row of a plan version (every column, the photo included), to prove it is byte-for-byte unchanged. */
export const idpRow = (v: RegisterVault, id: string) => withDb(v, (db) => db.selectFrom('idp').selectAll().where('id', '=', id).executeTakeFirstOrThrow());

export const learnerDetail = async (v: RegisterVault, id: string) => ok(await v.core.invoke('learners.get', { id }));
