/**
 * Security test 8, backup while writing: a CHILD PROCESS adds learners in a loop through the real core on the same
 * database file, while this process takes backups through the backup service on its own session. Each backup must
 * open, pass integrity_check, have an intact audit chain, and hold exactly as many learners as 'learner.created'
 * entries (a torn transaction would break that). The last one is then restored on a new data folder and opened.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { createKysely } from '../../electron/core/db/client';
import { storePaths } from '../../electron/core/index';
import { verifyAuditChain } from '../../electron/core/services/audit';
import { makeBackup } from '../../electron/core/services/backup';
import { checkBackupDigest, extractDatabase, readBackupHead } from '../../electron/core/services/backup-file';
import { closeSession, openSession } from '../../electron/core/services/session';
import { learnerNames, restoreFrom } from './backup-support';
import { fakePlatform } from './fake-platform';
import { cleanup, databaseKey, ok, setupVault, tempDir, testCore } from './helpers';

afterAll(cleanup);

const CHILD = fileURLToPath(new URL('./backup-writer-child.ts', import.meta.url));
const BACKUPS = 6;
/** Commits the child must report between two backups, so every backup is taken with writes in flight around it. */
const BETWEEN = 15;

/** The child, and a promise per committed count: `atLeast(n)` resolves once the child reported n commits. */
function startWriter(dataDir: string, passphrase: string) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', CHILD], { stdio: ['pipe', 'pipe', 'pipe'] });
  let committed = 0;
  const times: number[] = [];
  let err = '';
  const waiting: { n: number; resolve: () => void }[] = [];
  let ready!: () => void;
  const readyP = new Promise<void>((r) => (ready = r));
  let finished!: (totals: { committed: number; failed: number }) => void;
  const done = new Promise<{ committed: number; failed: number }>((r) => (finished = r));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.on('exit', (code) => code !== 0 && finished({ committed: -1, failed: -1 }));
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line === 'ready') return ready();
    if (line.startsWith('committed ')) {
      const [n, at] = line.slice(10).split(' ').map(Number);
      committed = n!;
      times.push(at!);
      for (const w of waiting.filter((w) => committed >= w.n)) (waiting.splice(waiting.indexOf(w), 1), w.resolve());
      return;
    }
    finished(JSON.parse(line) as { committed: number; failed: number });
  });
  child.stdin.write(`${JSON.stringify({ dataDir, passphrase })}\n`);
  return {
    ready: readyP,
    committed: () => committed,
    /** Commits the child made between two wall-clock times (read once it has reported them). */
    commitsBetween: (from: number, to: number) => times.filter((t) => t >= from && t <= to).length,
    atLeast: (n: number) => (committed >= n ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ n, resolve }))),
    stop: async () => {
      child.stdin.write('stop\n');
      child.stdin.end();
      const totals = await done;
      if (totals.committed < 0) throw new Error(`writer failed: ${err}`);
      return totals;
    },
  };
}

interface Checked {
  file: string;
  integrity: string;
  chainOk: boolean;
  auditEntries: number;
  learners: number;
  created: number;
}

/** Opens a backup the way a restore does (digest, database part, key) and reads what is in it. */
async function checkBackup(file: string, key: Buffer, scratch: string): Promise<Checked> {
  const head = readBackupHead(file);
  checkBackupDigest(file, head);
  const db = join(scratch, `${head.trailer.madeAt.replace(/\W/g, '')}-${Math.random().toString(36).slice(2)}.db`);
  extractDatabase(file, head, db);
  const sqlite = openDatabase(db, key);
  const kysely = createKysely(sqlite);
  try {
    const integrity = String(sqlite.pragma('integrity_check', { simple: true }));
    const chain = await verifyAuditChain(kysely);
    const learners = Number(sqlite.prepare('SELECT count(*) FROM learner').pluck().get());
    const created = Number(sqlite.prepare(`SELECT count(*) FROM audit_log WHERE action = 'learner.created'`).pluck().get());
    return { file, integrity, chainOk: chain.ok, auditEntries: chain.entries, learners, created };
  } finally {
    await kysely.destroy();
  }
}

test(`${BACKUPS} backups while a child process writes: each opens, integrity ok, audit chain intact, learners = learner.created; the last restores`, async () => {
  const { dir, core, passphrase } = await setupVault();
  await core.close();
  const key = await databaseKey(dir, passphrase);
  const folder = join(tempDir(), 'backups');
  mkdirSync(folder);
  const writer = startWriter(dir, passphrase);
  await writer.ready;
  const session = await openSession(storePaths(dir), Buffer.from(key), { migrations: MIGRATIONS });
  const taken: { fileName: string; bytes: number; during: [number]; window: [number, number] }[] = [];
  try {
    for (let i = 0; i < BACKUPS; i++) {
      await writer.atLeast((i + 1) * BETWEEN);
      const from = writer.committed();
      const start = performance.timeOrigin + performance.now();
      const made = await makeBackup(session, folder, { at: new Date() });
      taken.push({ fileName: made.fileName, bytes: made.bytes, during: [from], window: [start, performance.timeOrigin + performance.now()] });
    }
    await writer.atLeast(BACKUPS * BETWEEN + BETWEEN);
  } finally {
    await closeSession(session);
  }
  const totals = await writer.stop();

  const overlapping = taken.map((t) => writer.commitsBetween(...t.window));
  const scratch = tempDir();
  const checked = [];
  for (const t of taken) checked.push(await checkBackup(join(folder, t.fileName), key, scratch));
  console.log(
    `writer: ${totals.committed} commits, ${totals.failed} failed; backups (learners in each, commits reported before it, bytes):\n` +
      checked.map((c, i) => `  ${taken[i]!.fileName}: ${c.learners} learners, ${c.auditEntries} audit entries, writer had reported ${taken[i]!.during[0]}, ${overlapping[i]} commits while it ran (${(taken[i]!.window[1] - taken[i]!.window[0]).toFixed(0)} ms), ${taken[i]!.bytes} B`).join('\n'),
  );
  expect(totals.failed).toBe(0);
  for (const [i, c] of checked.entries()) {
    expect(c).toMatchObject({ integrity: 'ok', chainOk: true });
    expect(c.learners).toBe(c.created);
    // A snapshot of a moment during the backup: no fewer than the writer had reported committed before it started.
    expect(c.learners).toBeGreaterThanOrEqual(taken[i]!.during[0]);
    if (i > 0) expect(c.learners).toBeGreaterThan(checked[i - 1]!.learners);
  }
  expect(totals.committed).toBeGreaterThan(checked.at(-1)!.learners);
  // The writes really were in flight: the child committed while backups were being taken.
  expect(overlapping.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

  // The live database afterwards: everything the writer reported committed.
  const live = await checkBackupLive(dir, key);
  expect(live).toEqual({ integrity: 'ok', learners: totals.committed, created: totals.committed });

  // The last backup restores on a new computer and opens with the passphrase.
  const fresh = tempDir();
  const platform = fakePlatform(tempDir());
  const restored = testCore(fresh, { platform });
  const { summary } = await restoreFrom(restored, platform, join(folder, taken.at(-1)!.fileName), passphrase);
  expect(summary.learners).toBe(checked.at(-1)!.learners);
  ok(await restored.invoke('vault.unlock', { passphrase }));
  expect(await learnerNames(restored)).toHaveLength(checked.at(-1)!.learners);
});

async function checkBackupLive(dir: string, key: Buffer) {
  const sqlite = openDatabase(storePaths(dir).dbFile, key);
  try {
    return {
      integrity: String(sqlite.pragma('integrity_check', { simple: true })),
      learners: Number(sqlite.prepare('SELECT count(*) FROM learner').pluck().get()),
      created: Number(sqlite.prepare(`SELECT count(*) FROM audit_log WHERE action = 'learner.created'`).pluck().get()),
    };
  } finally {
    sqlite.close();
  }
}
