/**
 * The sample caseload's documents (electron/core/sample/documents.ts, idp.ts, opp-plus.ts) and seedSample
 * (seed.ts): deterministic for a seed, in the benchmark's proportions (30% profiles, 15% OPP+ plans of five
 * interventions, 7.5% IDPs, 25% with reviews, 50% photos), and written through the real services into a vault
 * whose reads then all answer: three IDP versions each, issued versions clean under the quality checks, and a due
 * panel with both due and overdue items.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { SHARES } from '../../electron/core/sample/documents';
import { generateSample } from '../../electron/core/sample/generate';
import { seedSample } from '../../electron/core/sample/seed';
import { closeSession, openSession } from '../../electron/core/services/session';
import { todayIso } from '../../shared/rules/dates';
import { blockingCount, checkIdp } from '../../shared/rules/idp-quality';
import { IdpContent } from '../../shared/schemas/idp';
import { AddMeasureInput } from '../../shared/schemas/interventions';
import { SaveItemsInput } from '../../shared/schemas/profile';
import { ReviewFields, ReviewRecord } from '../../shared/schemas/review';
import { cleanup, ok, SAMPLE_ID } from './helpers';
import { registerVault } from './register-support';

afterAll(cleanup);

const AS_OF = '2026-11-22';
const sample = generateSample({ count: 200, seed: 2026, asOf: AS_OF });
const docs = sample.learners.map((l) => l.documents);

describe('sample documents', () => {
  test('same seed → identical sample, documents included; another seed → different documents', () => {
    expect(generateSample({ count: 200, seed: 2026, asOf: AS_OF })).toEqual(sample);
    const other = generateSample({ count: 200, seed: 2027, asOf: AS_OF }).learners.map((l) => l.documents);
    expect(other).not.toEqual(docs);
    expect(other.map((d) => d.idp !== null)).not.toEqual(docs.map((d) => d.idp !== null));
  });

  test('for 200 learners: the proportions the benchmark names, within 2 points (exactly 60, 30, 15, 50, 100)', () => {
    const share = (f: (d: (typeof docs)[number]) => boolean) => docs.filter(f).length / docs.length;
    const shares = {
      profile: share((d) => d.profile !== null),
      oppPlus: share((d) => d.oppPlus !== null),
      idp: share((d) => d.idp !== null),
      reviews: share((d) => d.idp !== null || d.reviews.length > 0),
      photo: share((d) => d.photo !== null),
    };
    for (const key of Object.keys(SHARES) as (keyof typeof SHARES)[]) expect(Math.abs(shares[key] - SHARES[key]), key).toBeLessThanOrEqual(0.02);
    expect(shares).toEqual({ profile: 0.3, oppPlus: 0.15, idp: 0.075, reviews: 0.25, photo: 0.5 });
    // Plans go to the learners whose status says they have one; every learner with a plan has a profile.
    expect(sample.learners.filter((l) => l.documents.idp && l.learner.status?.startsWith('ALN_IDP')).length).toBe(15);
    expect(docs.filter((d) => (d.idp || d.oppPlus) && !d.profile)).toEqual([]);
    expect(docs.filter((d) => d.reviews.some((r) => r.record === null)).length).toBeGreaterThan(5);
  });

  test('every generated document passes the contract schemas; IDPs pass every quality check; OPP+ has 5 measured interventions', () => {
    for (const d of docs) {
      if (d.profile) expect(SaveItemsInput.safeParse({ profileId: SAMPLE_ID, version: 1, items: d.profile.items }).error).toBeUndefined();
      for (const r of d.reviews) {
        expect(ReviewFields.safeParse(r.fields).error).toBeUndefined();
        if (r.record) expect(ReviewRecord.safeParse(r.record).error).toBeUndefined();
      }
      if (d.idp) {
        expect(IdpContent.safeParse(d.idp.content).error).toBeUndefined();
        expect(checkIdp(d.idp.content)).toEqual([]);
        expect(d.idp.firstGiven < d.idp.review.date && d.idp.review.date < d.idp.secondGiven).toBe(true);
      }
      if (!d.oppPlus) continue;
      expect(d.oppPlus.interventions).toHaveLength(5);
      for (const i of d.oppPlus.interventions) {
        expect(i.measures.map((m) => m.phase)).toEqual(['baseline', i.fields.status === 'completed' ? 'exit' : 'interim']);
        for (const measure of i.measures) expect(AddMeasureInput.safeParse({ interventionId: SAMPLE_ID, measure }).error).toBeUndefined();
      }
    }
  });

  test('seedSample writes 60 learners and their documents through the services; every read answers', async () => {
    const v = await registerVault();
    const small = generateSample({ count: 60, seed: 7, asOf: todayIso() });
    ok(await v.core.invoke('vault.lock', {}));
    const session = await openSession(v.core.paths, Buffer.from(v.key), { migrations: MIGRATIONS });
    const progress: number[] = [];
    const { learnerIds } = await seedSample(session, small, (p) => progress.push(p.done));
    await closeSession(session);
    ok(await v.core.invoke('vault.unlock', { passphrase: v.passphrase }));
    expect(progress).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));

    let idps = 0;
    for (const [i, id] of learnerIds.entries()) {
      const d = small.learners[i]!.documents;
      ok(await v.core.invoke('learners.get', { id }));
      const profile = ok(await v.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: id }));
      expect(profile.items.length).toBe(d.profile?.items.length ?? 0);
      const plan = ok(await v.core.invoke('oppPlus.get', { learnerId: id }));
      expect(plan?.interventions.flatMap((x) => x.measures).length ?? 0).toBe(d.oppPlus ? 10 : 0);
      const versions = ok(await v.core.invoke('idp.list', { learnerId: id }));
      const reviews = ok(await v.core.invoke('reviews.list', { learnerId: id }));
      expect(reviews.length).toBe(d.reviews.length + (d.idp ? 1 : 0));
      if (!d.idp) {
        expect(versions).toEqual([]);
        continue;
      }
      idps++;
      expect(versions.map((x) => [x.versionNumber, x.status]).sort()).toEqual([[1, 'superseded'], [2, 'issued'], [3, 'draft']]);
      for (const issued of versions.filter((x) => x.dateGiven !== null)) {
        expect(issued.override).toBeNull();
        expect(blockingCount(checkIdp(issued.content))).toBe(0);
      }
    }
    expect(idps).toBe(5); // 7.5% of 60, rounded
    const due = ok(await v.core.invoke('learners.due', {}));
    expect(due.filter((x) => x.clock.daysRemaining < 0).length).toBeGreaterThan(0);
    expect(due.filter((x) => x.clock.daysRemaining >= 0).length).toBeGreaterThan(0);
    expect(due.filter((x) => x.clock.kind === 'reviewAction').length).toBeGreaterThan(0);
  }, 300_000);
});
