/**
 * The fictional-learner generator (electron/core/sample/generate.ts): deterministic for a seed, different across
 * seeds, every learner and contact valid under the contract's input schemas, dates of birth that fit the year
 * groups, valid and unique UPNs, and a load through the real services that the core then reads back.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { generateSample, loadSample, mulberry32 } from '../../electron/core/sample/generate';
import { closeSession, openSession } from '../../electron/core/services/session';
import { ageOn } from '../../shared/rules/dates';
import { upnProblem } from '../../shared/rules/upn';
import { CreateContactInput } from '../../shared/schemas/contact';
import { CreateLearnerInput } from '../../shared/schemas/learner';
import { cleanup, ok, SAMPLE_ID } from './helpers';
import { registerVault } from './register-support';

afterAll(cleanup);

const AS_OF = '2026-11-22';
const big = generateSample({ count: 600, seed: 2026, asOf: AS_OF });

describe('sample generator', () => {
  test('same seed → identical output; another seed → different', () => {
    expect(JSON.stringify(generateSample({ count: 600, seed: 2026, asOf: AS_OF }))).toBe(JSON.stringify(big));
    const other = generateSample({ count: 600, seed: 2027, asOf: AS_OF });
    expect(other.learners.map((l) => l.learner.legalFirstName)).not.toEqual(big.learners.map((l) => l.learner.legalFirstName));
    expect(mulberry32(1)()).toBe(mulberry32(1)());
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });

  test('every learner and contact passes the contract input schema', () => {
    for (const { learner, contacts } of big.learners) {
      expect(CreateLearnerInput.safeParse(learner).error).toBeUndefined();
      for (const c of contacts) expect(CreateContactInput.safeParse({ ...c, learnerId: SAMPLE_ID }).error).toBeUndefined();
      expect(contacts.length).toBeGreaterThanOrEqual(1);
    }
  });

  test('UPNs are valid and unique; dates of birth fit the year group (age on 31 August = 4 + year)', () => {
    const upns = big.learners.map((l) => l.learner.upn).filter((u): u is string => !!u);
    expect(upns.length).toBeGreaterThan(500);
    expect(new Set(upns).size).toBe(upns.length);
    expect(upns.filter((u) => upnProblem(u) !== null)).toEqual([]);
    for (const { learner } of big.learners) {
      const year = learner.yearGroup === 'R' ? 0 : learner.yearGroup === 'N2' ? -1 : learner.yearGroup === 'N1' ? -2 : Number(learner.yearGroup);
      expect(ageOn(learner.dateOfBirth, '2026-08-31'), `${learner.yearGroup} ${learner.dateOfBirth}`).toBe(4 + year);
    }
  });

  test('a caseload-like spread: statuses, needs from the Welsh list, preferred names, notes, clocks, key workers', () => {
    const count = (f: (l: (typeof big.learners)[number]) => boolean) => big.learners.filter(f).length;
    const statuses = new Set(big.learners.map((l) => l.learner.status));
    expect(statuses.size).toBeGreaterThanOrEqual(7);
    expect(count((l) => l.learner.status === 'UNIVERSAL_OPP')).toBeGreaterThan(count((l) => l.learner.status === 'ALN_IDP_LA'));
    expect(count((l) => !!l.learner.preferredName)).toBeGreaterThan(20);
    expect(count((l) => !!l.learner.notes)).toBeGreaterThan(200);
    expect(count((l) => (l.learner.secondaryNeeds ?? []).length > 0)).toBeGreaterThan(50);
    expect(count((l) => !!l.learner.dutyToDecideFrom)).toBe(count((l) => l.learner.status === 'UNDER_CONSIDERATION'));
    expect(count((l) => !!l.learner.idpDateGiven)).toBe(count((l) => !!l.learner.status?.startsWith('ALN_IDP')));
    expect(count((l) => l.keyWorker !== null)).toBeGreaterThan(200);
    expect(big.learners.some((l) => /[âŷïô]/.test(l.learner.legalFirstName))).toBe(true);
  });

  test('loadSample goes through the real services; the core then lists the learners, their key workers and contacts', async () => {
    const v = await registerVault();
    const sample = generateSample({ count: 25, seed: 9, asOf: AS_OF });
    const known = new Set(ok(await v.core.invoke('codes.list', { listKey: 'WAL_NEED_TYPE' })).codes.map((c) => c.code));
    for (const { learner } of big.learners) for (const code of [learner.primaryNeed, ...(learner.secondaryNeeds ?? [])]) if (code) expect(known).toContain(code);

    ok(await v.core.invoke('vault.lock', {}));
    const session = await openSession(v.core.paths, Buffer.from(v.key), { migrations: MIGRATIONS });
    const { learnerIds, staffIds } = await loadSample(session, sample);
    await closeSession(session);
    ok(await v.core.invoke('vault.unlock', { passphrase: v.passphrase }));

    expect([learnerIds.length, staffIds.length]).toEqual([25, sample.staff.length]);
    const { rows, total } = ok(await v.core.invoke('learners.list', {}));
    expect(total).toBe(25);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const [i, item] of sample.learners.entries()) {
      const row = byId.get(learnerIds[i]!)!;
      expect(row.legalName).toBe(`${item.learner.legalFirstName} ${item.learner.legalLastName}`);
      expect(row.keyWorkerName).toBe(item.keyWorker === null ? null : sample.staff[item.keyWorker]!.name);
      const contacts = ok(await v.core.invoke('contacts.list', { learnerId: row.id }));
      expect(contacts.map((c) => c.name)).toEqual(item.contacts.map((c) => c.name));
    }
  });
});
