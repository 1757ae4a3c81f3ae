/**
 * A subject access export that cannot be written (security test 9 for this export): the disk fills after a few
 * files, or the folder is read-only. The person gets the plain STORAGE message, no folder appears (neither the
 * export nor its hidden temporary folder), and nothing is recorded (no audit entry, no disclosure: one
 * transaction with the write). The faults are injected into node:fs writes, since the tests run as a user no
 * permission stops; everything else is real.
 */
import * as fs from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { cleanup, expectError, ok, tableDigests } from './helpers';
import { withDb } from './register-support';
import { canaries, retentionVault, seedLearner, type RetentionVault } from './retention-support';

/**
 * `failWrites`: the write (counted from 0) that fails with ENOSPC; `readOnly`: hidden folders (the export's
 * temporary one) cannot be made (EROFS), as in a read-only folder; the test's own folders still can.
 */
const fault = vi.hoisted(() => ({ failWrites: -1, writes: 0, readOnly: false }));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const err = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
  return {
    ...real,
    writeSync: ((...args: Parameters<typeof real.writeSync>) => {
      if (fault.failWrites >= 0 && fault.writes++ === fault.failWrites) throw err('ENOSPC');
      return (real.writeSync as (...a: unknown[]) => number)(...args);
    }) as typeof real.writeSync,
    mkdirSync: ((...args: Parameters<typeof real.mkdirSync>) => {
      if (fault.readOnly && basename(String(args[0])).startsWith('.')) throw err('EROFS');
      return real.mkdirSync(...args);
    }) as typeof real.mkdirSync,
  };
});

afterAll(cleanup);

let v: RetentionVault;
let learnerId = '';
const parent = () => join(v.out, 'subjectAccess');

beforeAll(async () => {
  v = await retentionVault();
  learnerId = await seedLearner(v, canaries('Faultline'));
  fs.mkdirSync(parent(), { recursive: true });
});

describe('a subject access export that cannot be written', () => {
  test('the disk fills at the fourth file: "disk is full", no folder, no temp folder, nothing recorded', async () => {
    const before = await withDb(v, tableDigests);
    Object.assign(fault, { failWrites: 3, writes: 0 });
    try {
      const message = expectError(await v.core.invoke('subjectAccess.export', { learnerId }), 'STORAGE');
      expect(message).toBe('The disk is full, so the export was not saved. Free some space and try again.');
      expect(fault.writes).toBe(4);
    } finally {
      fault.failWrites = -1;
    }
    expect(fs.readdirSync(parent())).toEqual([]);
    expect(await withDb(v, tableDigests)).toEqual(before);
  });

  test('a read-only folder: "cannot write to that folder", nothing written or recorded', async () => {
    const before = await withDb(v, tableDigests);
    fault.readOnly = true;
    try {
      const message = expectError(await v.core.invoke('subjectAccess.export', { learnerId }), 'STORAGE');
      expect(message).toBe('Caseload cannot write to that folder. Choose another place to save.');
    } finally {
      fault.readOnly = false;
    }
    expect(fs.readdirSync(parent())).toEqual([]);
    expect(await withDb(v, tableDigests)).toEqual(before);
  });

  test('control: with the faults gone the same export is written whole and recorded once', async () => {
    const result = ok(await v.core.invoke('subjectAccess.export', { learnerId }));
    expect(fs.readdirSync(parent())).toHaveLength(1);
    expect(fs.readdirSync(result.saved!)).toHaveLength(result.files);
    expect(result.files).toBe(13);
  });
});
