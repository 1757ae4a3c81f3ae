/**
 * Printing profiles through the platform: one profile to one saved PDF; a transition run merged from batches,
 * with progress, the learners without a profile counted, cancelling, and a save that fails. The platform is a
 * stand-in that renders one real PDF page per profile in the route (Chromium does it in the e2e specs).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, test } from 'vitest';
import { idpPrintRoute, parsePrintRoute } from '../../shared/print';
import { seedOppPlus } from '../fixtures/opp-plus-plan';
import { fakePlatform } from './fake-platform';
import { auditActions, cleanup, databaseKey, expectError, ok, setupVault, tempDir, withDatabase, type SetUpVault } from './helpers';
import { auditRows, exportVault, seedPlan } from './idp-export-support';

async function actions(v: SetUpVault): Promise<string[]> {
  return withDatabase(v.core.paths.dbFile, await databaseKey(v.dir, v.passphrase), auditActions);
}

afterAll(cleanup);

async function learnersWithProfiles(core: Awaited<ReturnType<typeof setupVault>>['core'], n: number, withProfile = n) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const l = ok(await core.invoke('learners.create', { legalFirstName: `Learner${i}`, legalLastName: 'Print', dateOfBirth: '2015-01-01' }));
    ids.push(l.id);
    if (i < withProfile) {
      const p = ok(await core.invoke('profiles.current', { ownerKind: 'learner', ownerId: l.id }));
      ok(await core.invoke('profiles.saveItems', { profileId: p.id, version: p.version, items: [{ section: 'appreciation', text: `Kind ${i}`, contributor: 'parent', firstPerson: false, importantFor: false }] }));
    }
  }
  return ids;
}

describe('printing profiles', () => {
  test('one profile: a one-page PDF saved where the person chose, and the print logged', async () => {
    const out = tempDir();
    const platform = fakePlatform(out);
    const v = await setupVault({}, { platform });
    const { core } = v;
    const [id] = await learnersWithProfiles(core, 1);
    const profile = ok(await core.invoke('profiles.current', { ownerKind: 'learner', ownerId: id! }));
    const result = ok(await core.invoke('print.profile', { profileId: profile.id }));
    expect(result).toEqual({ saved: join(out, 'Learner0 Print - one-page profile.pdf'), pages: 1 });
    expect((await PDFDocument.load(readFileSync(result.saved!))).getPageCount()).toBe(1);
    expect(await actions(v)).toContain('profile.printed');
  });

  test('a transition run of 12 learners (2 without a profile): 10 pages in 2 batches, progress to 10/10', async () => {
    const out = tempDir();
    const platform = fakePlatform(out);
    const { core } = await setupVault({}, { platform });
    const ids = await learnersWithProfiles(core, 12, 10);
    const progress: number[] = [];
    core.on('print.progress', (p) => progress.push(p.done));
    const jobId = '0b7b1b2e-8a7e-4f0e-9b1a-3c2d1e0f9a8b';
    const result = ok(await core.invoke('print.transition', { jobId, learnerIds: ids }));
    expect(result).toMatchObject({ pages: 10, cancelled: false, missing: 2 });
    expect(platform.renders.map((r) => r.length)).toEqual([5, 5]);
    expect(progress).toEqual([0, 5, 10]);
    expect((await PDFDocument.load(readFileSync(result.saved!))).getPageCount()).toBe(10);
  });

  test('cancelling stops between batches: no file is saved', async () => {
    const out = tempDir();
    let core!: Awaited<ReturnType<typeof setupVault>>['core'];
    const jobId = '1c8c2c3f-9b8f-4a1f-8c2b-4d3e2f1a0b9c';
    const platform = fakePlatform(out, () => void core.invoke('print.cancel', { jobId }));
    ({ core } = await setupVault({}, { platform }));
    const ids = await learnersWithProfiles(core, 11);
    const result = ok(await core.invoke('print.transition', { jobId, learnerIds: ids }));
    expect(result).toMatchObject({ saved: null, cancelled: true });
    expect(platform.renders).toHaveLength(1);
    expect(readdirSync(out)).toEqual([]);
  });

  test('nobody chosen has a profile: refused in plain words', async () => {
    const { core } = await setupVault({}, { platform: fakePlatform(tempDir()) });
    const ids = await learnersWithProfiles(core, 2, 0);
    expect(expectError(await core.invoke('print.transition', { jobId: '2d9d3d4a-0c9a-4b2a-9d3c-5e4f3a2b1c0d', learnerIds: ids }), 'NOT_FOUND')).toMatch(/one-page profile/);
  });

  test('a folder that cannot be written: a clear STORAGE message, no file, nothing logged as printed', async () => {
    const out = join(tempDir(), 'missing-folder', 'deeper');
    const v = await setupVault({}, { platform: fakePlatform(out) });
    const { core } = v;
    const [id] = await learnersWithProfiles(core, 1);
    const profile = ok(await core.invoke('profiles.current', { ownerKind: 'learner', ownerId: id! }));
    expect(expectError(await core.invoke('print.profile', { profileId: profile.id }), 'STORAGE')).toMatch(/could not be saved|cannot write/);
    expect(existsSync(out)).toBe(false);
    expect(await actions(v)).not.toContain('profile.printed');
    mkdirSync(out, { recursive: true });
    expect(ok(await core.invoke('print.profile', { profileId: profile.id })).pages).toBe(1);
  });

  test('on paper: the system print dialog gets the print view; a print is logged, a cancel is not', async () => {
    const platform = fakePlatform(tempDir());
    const v = await setupVault({}, { platform });
    const [id] = await learnersWithProfiles(v.core, 1);
    const profile = ok(await v.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: id! }));
    platform.printerAnswers = false;
    expect(ok(await v.core.invoke('print.profileToPrinter', { profileId: profile.id }))).toEqual({ sent: false });
    expect(await actions(v)).not.toContain('profile.printed');
    platform.printerAnswers = true;
    expect(ok(await v.core.invoke('print.profileToPrinter', { profileId: profile.id }))).toEqual({ sent: true });
    expect(platform.printed).toEqual([`#/print/profiles/${profile.id}`, `#/print/profiles/${profile.id}`]);
    expect(await actions(v)).toContain('profile.printed');
  });

  test('without a platform, printing says it is not available', async () => {
    const { core } = await setupVault();
    const [id] = await learnersWithProfiles(core, 1);
    const profile = ok(await core.invoke('profiles.current', { ownerKind: 'learner', ownerId: id! }));
    expect(expectError(await core.invoke('print.profile', { profileId: profile.id }), 'BAD_FILE')).toMatch(/not available/);
  });
});

describe('printing an OPP+', () => {
  test("renders the learner's OPP+ route, saves the PDF (profile page, then the plan) and logs the print", async () => {
    const out = tempDir();
    const platform = fakePlatform(out);
    const v = await setupVault({}, { platform });
    const { learnerId } = await seedOppPlus(v.core);
    const result = ok(await v.core.invoke('print.oppPlus', { learnerId }));
    expect(platform.renders).toEqual([[learnerId, 'action plan']]);
    expect(result).toEqual({ saved: join(out, 'Gwen Pritchard - OPP+ plan.pdf'), pages: 2 });
    expect((await PDFDocument.load(readFileSync(result.saved!))).getPageCount()).toBe(2);
    expect(await actions(v)).toContain('opp_plus.printed');
    platform.printerAnswers = true;
    expect(ok(await v.core.invoke('print.oppPlusToPrinter', { learnerId }))).toEqual({ sent: true });
    expect(platform.printed).toEqual([`#/print/opp-plus/${learnerId}`]);
  });

  test('a learner without a plan: NOT_FOUND, nothing rendered, nothing saved or logged', async () => {
    const out = tempDir();
    const platform = fakePlatform(out);
    const v = await setupVault({}, { platform });
    const [id] = await learnersWithProfiles(v.core, 1);
    expect(expectError(await v.core.invoke('print.oppPlus', { learnerId: id! }), 'NOT_FOUND')).toMatch(/no OPP\+ plan/);
    expect(expectError(await v.core.invoke('print.oppPlusToPrinter', { learnerId: id! }), 'NOT_FOUND')).toMatch(/no OPP\+ plan/);
    expect(platform.renders).toEqual([]);
    expect(platform.printed).toEqual([]);
    expect(readdirSync(out)).toEqual([]);
    expect(await actions(v)).not.toContain('opp_plus.printed');
  });
});

describe('printing an IDP', () => {
  test('the route names the plan and its headings, and reads back', () => {
    expect(idpPrintRoute('a/b c', 'bilingual')).toBe('#/print/idp/a%2Fb%20c/bilingual');
    expect(parsePrintRoute(idpPrintRoute('a/b c', 'cy'))).toEqual({ kind: 'idp', idpId: 'a/b c', headings: 'cy' });
    expect(parsePrintRoute('#/print/idp/x/fr')).toBeNull();
  });

  test("renders the plan's route with the headings asked for, saves the PDF and logs the print without personal data", async () => {
    const v = await exportVault();
    const { learnerId, idp } = await seedPlan(v);
    const result = ok(await v.core.invoke('print.idp', { idpId: idp.id, headings: 'cy' }));
    expect(v.platform.renders).toEqual([[idp.id, 'cy']]);
    expect(result).toEqual({ saved: join(v.out, 'Elis Gruffydd - CDU - fersiwn 1.pdf'), pages: 2 });
    expect((await PDFDocument.load(readFileSync(result.saved!))).getPageCount()).toBe(2);
    const printed = (await auditRows(v)).filter((r) => r.action === 'idp.printed');
    expect(printed).toEqual([{ action: 'idp.printed', entityType: 'learner', entityId: learnerId, details: { idpId: idp.id, versionNumber: 1, headings: 'cy', pages: 2, kind: 'pdf', bytes: expect.any(Number) } }]);
  });

  test('a plan that is not there: NOT_FOUND, nothing rendered or logged', async () => {
    const v = await exportVault();
    expect(expectError(await v.core.invoke('print.idp', { idpId: '6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c', headings: 'en' }), 'NOT_FOUND')).toMatch(/no longer there/);
    expect(v.platform.renders).toEqual([]);
    expect((await auditRows(v)).map((r) => r.action)).not.toContain('idp.printed');
  });
});
