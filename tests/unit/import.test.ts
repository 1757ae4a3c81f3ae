/**
 * Security test 12, the database half: importing an MIS export through the contract into a real encrypted
 * database. The preview reports every problem row; matching by UPN updates rather than duplicates; the commit
 * re-validates, reports progress, audits without names, and a failure halfway leaves every table unchanged.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Core } from '../../electron/core/index';
import type { ImportSummary } from '../../shared/schemas/import';
import { badCheckUpn, misRow, misRows, toCsv, upnFor } from '../fixtures/mis-csv';
import { cleanup, databaseKey, expectError, ok, setupVault, tableDigests, withDatabase } from './helpers';

afterAll(cleanup);

let core: Core;
let key: Buffer;
const digests = () => withDatabase(core.paths.dbFile, key, tableDigests);
const learnerCount = async () => (await digests()).learner!.rows;
const SIMS_MAPPING = { '0': 'upn', '1': 'legalLastName', '2': 'legalFirstName', '3': 'preferredName', '4': 'dateOfBirth', '5': 'yearGroup', '6': 'registrationGroup', '7': 'homeLanguages', '8': 'lookedAfter', '9': 'eal' } as const;

async function findByUpn(upn: string) {
  const { rows } = ok(await core.invoke('learners.list', { search: upn }));
  expect(rows).toHaveLength(1);
  return ok(await core.invoke('learners.get', { id: rows[0]!.id }));
}

/** Commits while recording every progress event. */
async function commitWatching(input: Parameters<Core['invoke']>[1] & object) {
  const events: { done: number; total: number }[] = [];
  const off = core.on('import.progress', (p) => events.push(p));
  try {
    return { answer: await core.invoke('import.commit', input as never), events };
  } finally {
    off();
  }
}

beforeAll(async () => {
  const vault = await setupVault();
  core = vault.core;
  key = await databaseKey(vault.dir, vault.passphrase);
});

describe('import through the contract, into a real encrypted database', () => {
  // Five bad rows among 40: a bad date, a wrong check letter, no surname, a year group nobody uses, a 2-digit year.
  const BAD = { 3: { DOB: '31/02/2014' }, 8: { UPN: badCheckUpn(8) }, 15: { 'Legal Surname': ' ' }, 21: { Year: 'Year Twelve' }, 30: { DOB: '04/03/15' } };
  const csv = toCsv(misRows(40, BAD));

  test('preview: headers recognised; exactly the five bad rows reported, each with its field and reason', async () => {
    const before = await digests();
    const preview = ok(await core.invoke('import.preview', { csv }));
    expect(preview.mapping).toEqual(SIMS_MAPPING);
    expect(preview.unmapped).toEqual([]);
    expect(preview.counts).toEqual({ rows: 40, add: 35, update: 0, unchanged: 0, problems: 5 });
    const problems = preview.rows.filter((r) => r.problems.length).map((r) => ({ row: r.row, problems: r.problems }));
    expect(problems).toEqual([
      { row: 5, problems: [{ field: 'dateOfBirth', code: 'notADate' }] },
      { row: 10, problems: [{ field: 'upn', code: 'checkLetter' }] },
      { row: 17, problems: [{ field: 'legalLastName', code: 'required' }] },
      { row: 23, problems: [{ field: 'yearGroup', code: 'yearGroup' }] },
      { row: 32, problems: [{ field: 'dateOfBirth', code: 'twoDigitYear' }] },
    ]);
    expect(preview.rows.find((r) => r.row === 32)?.raw?.dateOfBirth).toBe('04/03/15');
    expect(preview.rows[0]).toMatchObject({ row: 2, action: 'add', values: { upn: upnFor(0), dateOfBirth: '2011-01-01', yearGroup: '8', lookedAfter: true, homeLanguages: ['Welsh', 'English'] } });
    // A preview writes nothing.
    expect(await digests()).toEqual(before);
  });

  test('commit refuses while an unskipped row has a problem, and changes nothing', async () => {
    const before = await digests();
    const message = expectError(await core.invoke('import.commit', { csv, mapping: SIMS_MAPPING, skip: [5, 10, 17], fixes: {} }), 'INVALID');
    expect(message).toContain('Rows 23, 32 still have problems');
    // A fix that is itself wrong does not count as a fix.
    expectError(await core.invoke('import.commit', { csv, mapping: SIMS_MAPPING, skip: [5, 10, 17, 23], fixes: { '32': { dateOfBirth: '4/3/15' } } }), 'INVALID');
    expect(await digests()).toEqual(before);
  });

  test('commit: skip four, fix one; 36 added in one go, progress reported, every learner audited without names', async () => {
    const { answer, events } = await commitWatching({ csv, mapping: SIMS_MAPPING, skip: [5, 10, 17, 23], fixes: { '32': { dateOfBirth: '04/03/2015' } } });
    const summary = ok(answer) as ImportSummary;
    expect(summary).toMatchObject({ added: 36, updated: 0, unchanged: 0 });
    expect(summary.skipped).toEqual([
      { row: 5, reasons: [{ field: 'dateOfBirth', code: 'notADate' }] },
      { row: 10, reasons: [{ field: 'upn', code: 'checkLetter' }] },
      { row: 17, reasons: [{ field: 'legalLastName', code: 'required' }] },
      { row: 23, reasons: [{ field: 'yearGroup', code: 'yearGroup' }] },
    ]);
    expect(events).toEqual([{ done: 0, total: 36 }, { done: 36, total: 36 }]);
    expect(await learnerCount()).toBe(36);
    expect((await findByUpn(upnFor(30))).dateOfBirth).toBe('2015-03-04');

    await withDatabase(core.paths.dbFile, key, async (db) => {
      const audit = await db.selectFrom('audit_log').select(['action', 'entity_id', 'details']).where('action', 'in', ['learner.imported', 'import.committed']).execute();
      expect(audit.filter((a) => a.action === 'learner.imported')).toHaveLength(36);
      expect(JSON.parse(audit.at(-1)!.details)).toEqual({ rows: 40, added: 36, updated: 0, unchanged: 0, skipped: 4 });
      const names = new Set(misRows(40).flatMap((r) => [r['Legal Forename'], r['Legal Surname'], r.UPN, r.DOB]));
      for (const a of audit) for (const name of names) expect(a.details).not.toContain(name);
      const timeline = await db.selectFrom('timeline_event').select(['type', 'detail']).execute();
      expect(timeline).toHaveLength(36);
      expect(new Set(timeline.map((t) => `${t.type}:${t.detail}`))).toEqual(new Set(['imported:added']));
    });
  });

  test('matching by UPN: an existing learner is updated (mapped fields only, version bumped), not duplicated', async () => {
    const existing = await findByUpn(upnFor(1));
    ok(await core.invoke('learners.update', { id: existing.id, version: existing.version, patch: { notes: 'Kept through imports', status: 'OPP_PLUS_TARGETED' } }));
    const before = await findByUpn(upnFor(1));
    const rows = [
      { ...misRow(1), Year: 'Year 8', 'Reg Group': '8C' },
      misRow(2),
      { ...misRow(100), 'Legal Forename': 'Newydd' },
    ];
    const preview = ok(await core.invoke('import.preview', { csv: toCsv(rows) }));
    expect(preview.rows.map((r) => r.action)).toEqual(['update', 'unchanged', 'add']);
    const summary = ok(await core.invoke('import.commit', { csv: toCsv(rows), mapping: SIMS_MAPPING, skip: [], fixes: {} }));
    expect(summary).toEqual({ added: 1, updated: 1, unchanged: 1, skipped: [] });
    expect(await learnerCount()).toBe(37);

    const after = await findByUpn(upnFor(1));
    expect(after.id).toBe(before.id);
    expect(after.version).toBe(before.version + 1);
    expect(after).toMatchObject({ yearGroup: '8', registrationGroup: '8C', notes: 'Kept through imports', status: 'OPP_PLUS_TARGETED', legalFirstName: before.legalFirstName });
    expect(after.timeline.at(-1)).toMatchObject({ type: 'imported', detail: 'updated' });
    const unchanged = await findByUpn(upnFor(2));
    expect(unchanged.timeline.filter((t) => t.type === 'imported')).toHaveLength(1);
  });

  test('a UPN twice in one file: the later row is a duplicate to skip or fix; blank optional cells change nothing', async () => {
    const rows = [
      { ...misRow(200), 'Preferred Forename': '=HYPERLINK("http://x","y")' },
      { ...misRow(201), UPN: upnFor(200) },
      { ...misRow(1), 'Preferred Forename': '', 'Reg Group': '', Year: '' },
    ];
    const preview = ok(await core.invoke('import.preview', { csv: toCsv(rows) }));
    expect(preview.rows.map((r) => [r.action, r.problems])).toEqual([
      ['add', []],
      ['duplicate', [{ field: 'upn', code: 'duplicateInFile', row: 2 }]],
      ['unchanged', []],
    ]);
    const fixed = ok(await core.invoke('import.commit', { csv: toCsv(rows), mapping: SIMS_MAPPING, skip: [], fixes: { '3': { upn: upnFor(201) } } }));
    expect(fixed).toMatchObject({ added: 2, updated: 0, unchanged: 1 });
    // Kept as text, exactly as written: never evaluated.
    expect((await findByUpn(upnFor(200))).preferredName).toBe('=HYPERLINK("http://x","y")');
    expect((await findByUpn(upnFor(1))).registrationGroup).toBe('8C');
  });

  test('450 rows: progress every 200 rows while the transaction is open', async () => {
    const { answer, events } = await commitWatching({ csv: toCsv(misRows(450, {}, 1000)), mapping: SIMS_MAPPING, skip: [], fixes: {} });
    expect(ok(answer)).toMatchObject({ added: 450 });
    expect(events).toEqual([0, 200, 400, 450].map((done) => ({ done, total: 450 })));
  });

  test('a failure halfway (the database refuses row 252 of 301) leaves every table exactly as it was', async () => {
    // Injected in the database itself, past every check the import makes: nothing in the app is stubbed.
    await withDatabase(core.paths.dbFile, key, (db) =>
      sql`CREATE TRIGGER refuse_one BEFORE INSERT ON learner WHEN NEW.legal_first_name = 'Refused' BEGIN SELECT RAISE(ABORT, 'refused'); END`.execute(db),
    );
    const rows = misRows(300, { 2250: { 'Legal Forename': 'Refused' } }, 2000);
    rows.push({ ...misRow(1), Year: 'Year 9' });
    const before = await digests();
    const { answer, events } = await commitWatching({ csv: toCsv(rows), mapping: SIMS_MAPPING, skip: [], fixes: {} });
    const message = expectError(answer, 'IMPORT_FAILED');
    expect(message).toBe('Row 252 could not be saved (SQLITE_CONSTRAINT_TRIGGER), so nothing was imported. Your caseload is unchanged.');
    // It was halfway: progress had been reported past the first chunk.
    expect(events.map((e) => e.done)).toEqual([0, 200]);
    expect(await digests()).toEqual(before);
    expect((await findByUpn(upnFor(1))).yearGroup).toBe('8');
    await withDatabase(core.paths.dbFile, key, (db) => sql`DROP TRIGGER refuse_one`.execute(db));
  });

  test('a mapping that uses a field twice or a column the file lacks is refused', async () => {
    const csv = toCsv(misRows(2, {}, 5000));
    expectError(await core.invoke('import.preview', { csv, mapping: { ...SIMS_MAPPING, '1': 'upn' } }), 'INVALID');
    expectError(await core.invoke('import.preview', { csv, mapping: { ...SIMS_MAPPING, '12': 'eal' } }), 'INVALID');
    expectError(await core.invoke('import.preview', { csv: 'UPN,Surname\n"open' }), 'BAD_FILE');
  });
});
