/**
 * Writes a generated sample (generate.ts, documents.ts) into an unlocked session through the app's own services:
 * every input is parsed with the contract's schema first, as dispatch would, so whatever is written has passed
 * the same validation, rules, transactions and audit entries as the coordinator's own work.
 */
import { SetPhotoInput } from '../../../shared/schemas/photo';
import { AddInterventionInput, AddMeasureInput, UpdatePlanInput } from '../../../shared/schemas/interventions';
import { IssueInput, SaveSectionInput, type IdpContent } from '../../../shared/schemas/idp';
import { SaveItemsInput, UpdateProfileInput } from '../../../shared/schemas/profile';
import { DecideInput, SaveRecordInput, ScheduleReviewInput } from '../../../shared/schemas/review';
import { AppError } from '../app-error';
import { listCatalogue } from '../services/catalogue';
import { issue, saveSection, startDraft, getIdp } from '../services/idp';
import { addIntervention, startPlan, updatePlan } from '../services/opp-plus';
import { addMeasure } from '../services/opp-plus-measures';
import { setPhoto } from '../services/photos';
import { currentProfile, saveItems, updateProfile } from '../services/profiles';
import { decide, saveRecord, scheduleReview } from '../services/reviews';
import type { Session } from '../services/session';
import type { SampleProfile, SampleReview } from './documents';
import { loadSample, type Sample } from './generate';
import type { SampleIdp } from './idp';
import type { SampleOppPlus } from './opp-plus';
import { samplePhoto } from './photos';

export interface SeedProgress {
  done: number;
  total: number;
}

async function seedProfile(s: Session, learnerId: string, p: SampleProfile): Promise<void> {
  const current = await currentProfile(s, 'learner', learnerId);
  const input = SaveItemsInput.parse({ profileId: current.id, version: current.version, items: p.items });
  const saved = await saveItems(s, input.profileId, input.version, input.items);
  await updateProfile(s, UpdateProfileInput.parse({ profileId: saved.id, version: saved.version, patch: { methods: p.methods, usePhoto: p.usePhoto, nextUpdateDue: p.nextUpdateDue } }));
}

async function seedOppPlus(s: Session, learnerId: string, p: SampleOppPlus, staffIds: string[], programmes: Map<string, string>): Promise<void> {
  const plan = await startPlan(s, learnerId);
  const patch = UpdatePlanInput.parse({ planId: plan.id, version: plan.version, patch: { importantTo: p.importantTo, importantFor: p.importantFor, reviewDate: p.reviewDate } });
  await updatePlan(s, patch);
  for (const item of p.interventions) {
    const programmeId = programmes.get(item.programme);
    if (!programmeId) throw new AppError('INTERNAL', `The catalogue has no "${item.programme}".`);
    const input = AddInterventionInput.parse({ planId: plan.id, fields: { ...item.fields, programmeId, staffId: item.staff === null ? null : (staffIds[item.staff] ?? null) } });
    const added = (await addIntervention(s, input.planId, input.fields)).interventions.at(-1)!;
    for (const measure of item.measures) {
      const m = AddMeasureInput.parse({ interventionId: added.id, measure });
      await addMeasure(s, m.interventionId, m.measure);
    }
  }
}

async function saveSections(s: Session, idpId: string, content: Partial<IdpContent>): Promise<{ id: string; version: number }> {
  let idp = await getIdp(s, idpId);
  for (const [section, value] of Object.entries(content)) {
    idp = await saveSection(s, SaveSectionInput.parse({ idpId: idp.id, version: idp.version, section, value }));
  }
  return idp;
}

/** Version 1 issued; its annual review held and decided "revise"; version 2 issued; version 3 left as a draft. */
async function seedIdp(s: Session, learnerId: string, p: SampleIdp): Promise<void> {
  const first = await saveSections(s, (await startDraft(s, learnerId)).id, p.content);
  await issue(s, IssueInput.parse({ idpId: first.id, version: first.version, dateGiven: p.firstGiven, overrideReason: null }));
  const review = await scheduleReview(s, learnerId, ScheduleReviewInput.parse({ learnerId, fields: annualReview(p) }).fields);
  const recorded = await saveRecord(s, review.id, review.version, SaveRecordInput.parse({ reviewId: review.id, version: review.version, record: p.review.record, held: true }).record, true);
  const decided = await decide(s, DecideInput.parse({ reviewId: recorded.id, version: recorded.version, decision: 'revise', date: p.review.date, reason: null }));
  const second = await saveSections(s, decided.resultIdpId!, { administration: p.administration });
  await issue(s, IssueInput.parse({ idpId: second.id, version: second.version, dateGiven: p.secondGiven, overrideReason: null }));
  const third = await startDraft(s, learnerId);
  await saveSections(s, third.id, { views: [...third.content.views, p.newView] });
}

function annualReview(p: SampleIdp): SampleReview['fields'] {
  return { type: 'annualIdp', date: p.review.date, time: '10:00', place: 'ALNCo office', online: false, facilitator: 'Alys Enghraifft', language: 'en', invitees: [] };
}

async function seedReview(s: Session, learnerId: string, r: SampleReview): Promise<void> {
  const review = await scheduleReview(s, learnerId, ScheduleReviewInput.parse({ learnerId, fields: r.fields }).fields);
  if (r.record) await saveRecord(s, review.id, review.version, SaveRecordInput.parse({ reviewId: review.id, version: review.version, record: r.record, held: true }).record, true);
}

/**
 * Loads the learners, contacts and staff (generate.ts loadSample), then each learner's photo, profile, OPP+ plan,
 * IDP versions and reviews. `onProgress` is told after each learner's documents, for a progress bar.
 */
export async function seedSample(s: Session, sample: Sample, onProgress?: (p: SeedProgress) => void): Promise<{ staffIds: string[]; learnerIds: string[] }> {
  const ids = await loadSample(s, sample);
  const programmes = new Map((await listCatalogue(s)).map((p) => [p.name, p.id]));
  for (const [i, { documents: d }] of sample.learners.entries()) {
    const learnerId = ids.learnerIds[i]!;
    if (d.photo !== null) await setPhoto(s, learnerId, SetPhotoInput.parse({ learnerId, imageBase64: (await samplePhoto(d.photo)).toString('base64') }).imageBase64);
    if (d.profile) await seedProfile(s, learnerId, d.profile);
    if (d.oppPlus) await seedOppPlus(s, learnerId, d.oppPlus, ids.staffIds, programmes);
    if (d.idp) await seedIdp(s, learnerId, d.idp);
    for (const review of d.reviews) await seedReview(s, learnerId, review);
    onProgress?.({ done: i + 1, total: sample.learners.length });
  }
  return ids;
}
