/**
 * Security test 16: a 20,000-row temp table and a large ORDER BY under a 10-page cache, with SQLITE_TMPDIR and
 * TMPDIR pointed at a fresh folder, while the core is unlocked with learners in it. With the app's connection
 * pragmas (temp_store=MEMORY) SQLite opens no temp file at all, and afterwards no file in the folder holds the
 * learners' text. Positive control: the same run with temp_store=FILE (this build's default) opens temp files in
 * that folder and they contain the learners' names in plaintext, so the check can see a spill when there is one.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanup, readAllFiles, tempDir } from './helpers';
import { addLearner, hits, registerVault, textNeedles } from './register-support';

afterAll(cleanup);

const CHILD = fileURLToPath(new URL('./register-spill-child.ts', import.meta.url));
const CANARY = 'Spillwick Canarian';

interface SpillReport {
  rows: number;
  sorted: number;
  tempFiles: number;
  tempBytes: number;
  canaryHits: number;
}

function runChild(tmp: string, input: Record<string, unknown>): Promise<SpillReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
      env: { ...process.env, SQLITE_TMPDIR: tmp, TMPDIR: tmp },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as SpillReport) : reject(new Error(`child exited ${code}: ${err}`))));
    child.stdin.end(JSON.stringify(input));
  });
}

describe.skipIf(!existsSync('/proc/self/fd'))('temp spill (security test 16)', () => {
  test('20,000-row temp table and ORDER BY under cache_size=10: 0 temp files opened, 0 files with plaintext; FILE control spills', async () => {
    const v = await registerVault();
    for (const [i, first] of ['Spillwick', 'Aurelio', 'Bronwen'].entries()) {
      await addLearner(v.core, { legalFirstName: first, legalLastName: 'Canarian', notes: `${CANARY} note ${i}: reads with a coloured overlay.` });
    }
    const [appTmp, controlTmp] = [tempDir(), tempDir()];
    const input = { dbFile: v.core.paths.dbFile, keyHex: v.key.toString('hex'), canary: CANARY };
    const [app, control] = await Promise.all([runChild(appTmp, input), runChild(controlTmp, { ...input, tempStore: 'FILE' })]);

    expect(app.rows).toBeGreaterThanOrEqual(20_000);
    expect(app.sorted).toBe(app.rows);
    expect(app).toMatchObject({ tempFiles: 0, tempBytes: 0, canaryHits: 0 });
    const left = readAllFiles(appTmp);
    expect(left.flatMap((f) => hits(f.bytes, textNeedles([CANARY, 'coloured overlay'])).map((h) => `${h} in ${f.name}`))).toEqual([]);

    // The control: same data, same cache, temp files on disk. They exist (unlinked, open) and hold plaintext.
    expect(control.rows).toBe(app.rows);
    expect(control.tempFiles).toBeGreaterThanOrEqual(1);
    expect(control.tempBytes).toBeGreaterThan(100_000);
    expect(control.canaryHits).toBeGreaterThanOrEqual(1);
  });
});
