/**
 * `npm run bench`: what encryption costs the coordinator, measured on the real code paths.
 *
 * Two databases with the same schema and the same 2,000 generated learners, in temp folders:
 * - encrypted: set up through openCore with the real KDF (scrypt N=2^17), opened as the vault opens it;
 * - plain: `new Database(file)` with the same connection pragmas and migrations, no cipher.
 * Both are driven through the same services with a Session, and every measured operation alternates between
 * them (encrypted first on even iterations, plain first on odd ones), so a noisy neighbour hits both alike.
 * Prints a markdown table and writes it to tests/bench/results.md.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { CONNECTION_PRAGMAS } from '../../electron/core/db/cipher';
import { createKysely } from '../../electron/core/db/client';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openCore } from '../../electron/core/index';
import { insertIdp } from '../../electron/core/repositories/idp';
import { insertSchool } from '../../electron/core/repositories/school';
import { insertStaffUser } from '../../electron/core/repositories/staff';
import { generateSample, loadSample } from '../../electron/core/sample/generate';
import { dueItems, listCaseload } from '../../electron/core/services/caseload';
import { listContacts } from '../../electron/core/services/contacts';
import { idpDocx } from '../../electron/core/services/idp-export';
import { updateLearner, viewLearner } from '../../electron/core/services/learners';
import { closeSession, openSession, type Session } from '../../electron/core/services/session';
import { openWithPassphrase } from '../../electron/core/vault/keyring';
import { readVaultFile } from '../../electron/core/vault/vault-file';
import { IDP_PLAN } from '../fixtures/idp-plan';

const LEARNERS = 2000;
const RUNS = 50;
const SEED = 2026;
/** Plans exported one after another, as a school exporting its whole ALN register would. */
const IDP_BATCH = 150;
const IDENTITY = { schoolName: 'Ysgol Meincnod', userName: 'Alys Pritchard', role: 'ALNCo', passphrase: 'violet tundra quince marble' };

const root = mkdtempSync(join(tmpdir(), 'caseload-bench-'));
const log = (line: string) => process.stderr.write(`${line}\n`);

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

/**
 * The complete fixture plan (every section, three provision elements) with an "About me" picture, issued, for the
 * first IDP_BATCH learners. Written straight into the table: the export is measured, not the editor.
 */
async function seedIdps(s: Session, learnerIds: string[]): Promise<string[]> {
  const photo = await sharp({ create: { width: 240, height: 300, channels: 3, background: '#6a9fb5', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg().toBuffer();
  const at = new Date().toISOString();
  const ids = learnerIds.slice(0, IDP_BATCH).map((learner) => ({ learner, id: randomUUID() }));
  await s.db.transaction().execute(async (trx) => {
    for (const { learner, id } of ids) {
      await insertIdp(trx, {
        id, learner_id: learner, version_number: 1, version: 1, status: 'issued', plan_language: 'en', date_given: '2026-11-20', issued_at: at, override_problems: null,
        override_reason: null, ceased_on: null, cease_reason: null, content: JSON.stringify(IDP_PLAN), photo, photo_width: 240, photo_height: 300, created_at: at, updated_at: at,
      });
    }
  });
  return ids.map((x) => x.id);
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

// ---------------------------------------------------------------------------------------------------------------
// The two stores.

const encDir = join(root, 'encrypted');
const plainFile = join(root, 'plain', 'caseload.db');
const core = openCore({ dataDir: encDir, log: () => {} }); // real KDF parameters
const paths = core.paths;

async function openEncrypted(): Promise<Session> {
  const key = await openWithPassphrase(readVaultFile(paths.vaultFile), IDENTITY.passphrase);
  if (!key) throw new Error('the passphrase did not open the bench vault');
  return openSession(paths, key, { migrations: MIGRATIONS });
}

async function openPlain(): Promise<Session> {
  const sqlite = new Database(plainFile);
  for (const p of CONNECTION_PRAGMAS) sqlite.pragma(p);
  const db = createKysely(sqlite);
  const backup = join(root, 'plain', 'caseload.before-update.db');
  await migrate(db, sqlite, MIGRATIONS, backup);
  return { sqlite, db, key: Buffer.alloc(32), actor: null, paths: { dataDir: join(root, 'plain'), dbFile: plainFile, vaultFile: '', migrationBackup: backup } };
}

async function main(): Promise<void> {
  const started = performance.now();
  const sample = generateSample({ count: LEARNERS, seed: SEED });

  log(`setting up the encrypted vault (real KDF) in a temp folder…`);
  const setup = await core.invoke('vault.setup', IDENTITY);
  if (!setup.ok) throw new Error(setup.error.message);
  await core.close();

  log(`loading ${LEARNERS} learners into each database through the services…`);
  const [encLoadMs, enc0] = await time(async () => {
    const s = await openEncrypted();
    const ids = await loadSample(s, sample);
    await closeSession(s);
    return ids;
  });
  const [plainLoadMs, plain0] = await time(async () => {
    mkdirSync(join(root, 'plain'));
    const s = await openPlain();
    const ownerId = randomUUID();
    await s.db.transaction().execute(async (trx) => {
      await insertSchool(trx, IDENTITY.schoolName);
      await insertStaffUser(trx, { id: ownerId, name: IDENTITY.userName, role: IDENTITY.role, isOwner: true });
    });
    const ids = await loadSample({ ...s, actor: ownerId }, sample);
    await closeSession(s);
    return ids;
  });
  log(`loaded: encrypted ${(encLoadMs / 1000).toFixed(1)} s, plain ${(plainLoadMs / 1000).toFixed(1)} s`);

  const results = new Map<string, { enc: number[]; plain: number[] }>();
  const record = (op: string, which: 'enc' | 'plain', ms: number) => {
    const entry = results.get(op) ?? { enc: [], plain: [] };
    entry[which].push(ms);
    results.set(op, entry);
  };

  // Unlock, in two parts: the passphrase KDF (encrypted only), then opening the database and checking migrations.
  log('measuring unlock…');
  for (let i = 0; i < 5; i++) {
    const vault = readVaultFile(paths.vaultFile);
    const [ms, key] = await time(() => openWithPassphrase(vault, IDENTITY.passphrase));
    key?.fill(0);
    record('unlock: passphrase KDF (scrypt N=2^17)', 'enc', ms);
  }
  const key = (await openWithPassphrase(readVaultFile(paths.vaultFile), IDENTITY.passphrase))!;
  for (let i = 0; i < 20; i++) {
    const order = i % 2 === 0 ? (['enc', 'plain'] as const) : (['plain', 'enc'] as const);
    for (const which of order) {
      const [ms, s] = await time(() => (which === 'enc' ? openSession(paths, Buffer.from(key), { migrations: MIGRATIONS }) : openPlain()));
      record('unlock: open database + migration check', which, ms);
      await closeSession(s);
    }
  }

  const enc = await openSession(paths, key, { migrations: MIGRATIONS });
  const plain = await openPlain();
  const sessions = { enc, plain };
  const ids = { enc: enc0.learnerIds, plain: plain0.learnerIds };
  const versions = { enc: new Map<string, number>(), plain: new Map<string, number>() };

  // Typed as a person types: prefixes of a learner's name, then a word from the notes (1 to 4 words).
  const typing = (i: number): string[] => {
    const l = sample.learners[(i * 37) % LEARNERS]!.learner;
    const note = (sample.learners.find((x, j) => j >= (i * 37) % LEARNERS && x.learner.notes)?.learner.notes ?? 'visual timetable').split(' ');
    return [
      l.legalFirstName.slice(0, 2),
      l.legalFirstName,
      `${l.legalFirstName} ${l.legalLastName.slice(0, 3)}`,
      `${l.legalFirstName} ${l.legalLastName}`,
      `${note[0]} ${note[1]?.slice(0, 3) ?? ''}`,
      `${note.slice(0, 3).join(' ')} ${note[3]?.slice(0, 2) ?? ''}`,
    ];
  };

  log(`measuring ${RUNS} interleaved runs of each operation…`);
  for (let i = -3; i < RUNS; i++) {
    const warmUp = i < 0;
    const order = i % 2 === 0 ? (['enc', 'plain'] as const) : (['plain', 'enc'] as const);
    const index = ((i + 3) * 131) % LEARNERS;
    for (const which of order) {
      const s = sessions[which];
      const id = ids[which][index]!;
      const put = (op: string, ms: number) => !warmUp && record(op, which, ms);
      put('caseload list (2,000 learners, default view)', (await time(() => listCaseload(s, {})))[0]);
      for (const search of typing(i + 3)) put('search as you type (1–4 words, prefixes)', (await time(() => listCaseload(s, { search })))[0]);
      put('due and overdue panel', (await time(() => dueItems(s)))[0]);
      const [openMs, detail] = await time(async () => {
        const d = await viewLearner(s, id);
        await listContacts(s, id);
        return d;
      });
      put("open a learner's page (get + audit entry + contacts)", openMs);
      const version = versions[which].get(id) ?? detail.version;
      const [saveMs, saved] = await time(() => updateLearner(s, id, version, { notes: `Autosaved note ${i} for ${which}.` }));
      versions[which].set(id, saved.version);
      put('autosave one field (update + audit entry)', saveMs);
    }
  }

  // The IDP Word export (read, sheet, build, pack; the save dialog and the file are the platform's): one full plan
  // many times, interleaved as above, then a batch of IDP_BATCH plans one after another.
  log('measuring the IDP Word export…');
  const plans = { enc: await seedIdps(enc, ids.enc), plain: await seedIdps(plain, ids.plain) };
  for (let i = -3; i < RUNS; i++) {
    for (const which of i % 2 === 0 ? (['enc', 'plain'] as const) : (['plain', 'enc'] as const)) {
      const [ms] = await time(() => idpDocx(sessions[which], plans[which][(i + 3) % IDP_BATCH]!, 'en'));
      if (i >= 0) record('IDP Word export (full plan, 3 provision elements, photo)', which, ms);
    }
  }
  const batch: Record<'enc' | 'plain', number> = { enc: 0, plain: 0 };
  for (const which of ['enc', 'plain'] as const) {
    batch[which] = (await time(async () => {
      for (const id of plans[which]) await idpDocx(sessions[which], id, 'en');
    }))[0];
  }
  await closeSession(enc);
  await closeSession(plain);

  const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
  const lines = [
    '| operation | encrypted p50 (ms) | encrypted p95 (ms) | plain p50 (ms) | plain p95 (ms) | ratio (enc/plain p50) |',
    '|---|---:|---:|---:|---:|---:|',
    ...[...results].map(([op, { enc: e, plain: p }]) => {
      const [e50, e95] = [percentile(e, 50), percentile(e, 95)];
      if (p.length === 0) return `| ${op} (n=${e.length}) | ${fmt(e50)} | ${fmt(e95)} | — | — | — |`;
      const [p50, p95] = [percentile(p, 50), percentile(p, 95)];
      return `| ${op} (n=${e.length}) | ${fmt(e50)} | ${fmt(e95)} | ${fmt(p50)} | ${fmt(p95)} | ${(e50 / p50).toFixed(2)} |`;
    }),
  ];
  const cpu = cpus();
  const total = (performance.now() - started) / 1000;
  const report = [
    '# Benchmark: encrypted vs plain SQLite',
    '',
    `Run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with Node ${process.version}, ${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length} cores (${process.platform}/${process.arch}).`,
    '',
    `${LEARNERS.toLocaleString('en-GB')} generated learners (seed ${SEED}) in each database, loaded through the services ` +
      `(encrypted ${(encLoadMs / 1000).toFixed(1)} s, plain ${(plainLoadMs / 1000).toFixed(1)} s). ${RUNS} runs per operation after 3 warm-up runs, ` +
      'encrypted and plain interleaved; the search row counts each keystroke query. Both use the same connection pragmas ' +
      '(WAL, synchronous=FULL, temp_store=MEMORY, secure_delete=ON), so the ratio is the cost of the cipher alone.',
    '',
    ...lines,
    '',
    `IDP Word export, ${IDP_BATCH} plans in a batch (one after another): encrypted ${(batch.enc / 1000).toFixed(1)} s, plain ${(batch.plain / 1000).toFixed(1)} s.`,
    '',
    `Figures are from one run of \`npm run bench\` (${total.toFixed(0)} s) on a shared machine: expect noise of ±20 % or more between runs.`,
    '',
  ].join('\n');
  process.stdout.write(`${lines.join('\n')}\nIDP Word export, ${IDP_BATCH} plans in a batch: encrypted ${(batch.enc / 1000).toFixed(1)} s, plain ${(batch.plain / 1000).toFixed(1)} s\n`);
  writeFileSync(fileURLToPath(new URL('./results.md', import.meta.url)), report);
  log(`written to tests/bench/results.md (${total.toFixed(0)} s in all)`);
}

try {
  await main();
} finally {
  await core.close().catch(() => undefined);
  rmSync(root, { recursive: true, force: true });
}
