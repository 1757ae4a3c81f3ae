/**
 * The parent's side of the crash test: what the children reported committed (a model of the data), and the check
 * of a database against it. A commit the child made but had not reported yet is allowed to be there (a newer
 * version, an extra row, one more audit entry); a reported one that is missing or older is a LOST commit.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createKysely, type Db } from '../../electron/core/db/client';
import { openDatabase, type Sqlite } from '../../electron/core/db/open';
import { storePaths } from '../../electron/core/index';
import { verifyAuditChain } from '../../electron/core/services/audit';
import { digest, type Report } from './crash-support';

interface Learner {
  name: string;
  version: number;
  notes: string;
}

export class Model {
  readonly learners = new Map<string, Learner>();
  /** Deleted and reported so: must stay gone. */
  readonly gone = new Set<string>();
  /** A delete announced but not reported done: either outcome is right after a kill. */
  readonly deleting = new Set<string>();
  readonly contacts = new Map<string, { learnerId: string; name: string }>();
  readonly profiles = new Map<string, { learnerId: string; version: number; items: string }>();
  readonly photos = new Set<string>();
  /** `action|entityId` → how many such audit entries were reported committed. */
  readonly audit = new Map<string, number>();
  probes = 0;
  commits = 0;

  private count(action: string, entityId = '', atLeastOnce = false): void {
    const key = `${action}|${entityId}`;
    this.audit.set(key, atLeastOnce ? Math.max(1, this.audit.get(key) ?? 0) : (this.audit.get(key) ?? 0) + 1);
  }

  apply(r: Report): void {
    if (r.op !== 'deleting' && r.op !== 'locking' && !(r.op === 'profile' && !r.saved)) this.commits++;
    switch (r.op) {
      case 'unlocked':
        this.probes = Math.max(this.probes, r.probes);
        return this.count('vault.unlocked');
      case 'locking':
        return;
      case 'locked':
        return this.count('vault.locked');
      case 'viewed':
        return this.count('learner.viewed', r.id);
      case 'learner': {
        const before = this.learners.get(r.id);
        this.learners.set(r.id, { name: r.name ?? before!.name, version: r.version, notes: r.notes });
        return this.count(r.name ? 'learner.created' : 'learner.updated', r.id);
      }
      case 'contact':
        this.contacts.set(r.id, { learnerId: r.learnerId, name: r.name });
        return this.count('contact.created', r.learnerId);
      case 'profile':
        this.profiles.set(r.id, { learnerId: r.learnerId, version: r.version, items: r.items });
        return r.saved ? this.count('profile.items_saved', r.learnerId) : this.count('profile.created', r.learnerId, true);
      case 'photo':
        this.photos.add(r.learnerId);
        return this.count('learner.photo_set', r.learnerId);
      case 'deleting':
        return void this.deleting.add(r.id);
      case 'deleted':
        this.forget(r.id);
        this.gone.add(r.id);
        return this.count('learner.deleted', r.id);
    }
  }

  /** A learner deleted: everything recorded under them goes with them. */
  private forget(id: string): void {
    this.learners.delete(id);
    this.deleting.delete(id);
    this.photos.delete(id);
    for (const [k, c] of this.contacts) if (c.learnerId === id) this.contacts.delete(k);
    for (const [k, p] of this.profiles) if (p.learnerId === id) this.profiles.delete(k);
  }

  /** After a kill: an announced delete either happened (then it is now known gone) or did not. Returns how many had. */
  settleDeletes(present: Set<string>): number {
    let done = 0;
    for (const id of [...this.deleting]) {
      if (present.has(id)) this.deleting.delete(id);
      else (this.forget(id), this.gone.add(id), done++);
    }
    return done;
  }

  liveLearners(): { id: string; name: string }[] {
    return [...this.learners].map(([id, l]) => ({ id, name: l.name }));
  }
}

export interface StoredState {
  learners: Map<string, { version: number; notes: string }>;
  contacts: Map<string, { learnerId: string; name: string }>;
  profiles: Map<string, { version: number; items: string }>;
  photos: Set<string>;
  audit: Map<string, number>;
  probes: number;
}

export async function readState(db: Db): Promise<StoredState> {
  const learners = await db.selectFrom('learner').select(['id', 'version', 'notes']).execute();
  const contacts = await db.selectFrom('contact').select(['id', 'learner_id', 'name']).execute();
  const profiles = await db.selectFrom('profile').select(['id', 'version']).execute();
  const items = await db.selectFrom('profile_item').select(['profile_id', 'text']).orderBy('profile_id').orderBy('sort').execute();
  const photos = await db.selectFrom('learner_photo').select('learner_id').execute();
  const audit = await sql<{ k: string; n: number }>`
    SELECT action || '|' || coalesce(entity_id, '') AS k, count(*) AS n FROM audit_log GROUP BY k`.execute(db);
  const probes = await sql<{ n: number }>`SELECT count(*) AS n FROM caseload_migration WHERE name LIKE '9%-crash-probe'`.execute(db);
  const texts = new Map<string, string[]>();
  for (const i of items) texts.set(i.profile_id, [...(texts.get(i.profile_id) ?? []), i.text]);
  return {
    learners: new Map(learners.map((l) => [l.id, { version: l.version, notes: digest([l.notes ?? '']) }])),
    contacts: new Map(contacts.map((c) => [c.id, { learnerId: c.learner_id, name: c.name }])),
    profiles: new Map(profiles.map((p) => [p.id, { version: p.version, items: digest(texts.get(p.id) ?? []) }])),
    photos: new Set(photos.map((p) => p.learner_id)),
    audit: new Map(audit.rows.map((r) => [r.k, Number(r.n)])),
    probes: Number(probes.rows[0]?.n ?? 0),
  };
}

/** Every reported commit that the stored state does not hold, described (empty: nothing lost). */
export function lostCommits(model: Model, s: StoredState): string[] {
  const lost: string[] = [];
  for (const [id, l] of model.learners) {
    const got = s.learners.get(id);
    if (!got || got.version < l.version || (got.version === l.version && got.notes !== l.notes)) lost.push(`learner ${id} v${l.version}`);
  }
  for (const id of model.gone) if (s.learners.has(id)) lost.push(`delete of learner ${id}`);
  for (const [id, c] of model.contacts) {
    const got = s.contacts.get(id);
    if (got?.learnerId !== c.learnerId || got.name !== c.name) lost.push(`contact ${id}`);
  }
  for (const [id, p] of model.profiles) {
    const got = s.profiles.get(id);
    if (!got || got.version < p.version || (got.version === p.version && got.items !== p.items)) lost.push(`profile ${id} v${p.version}`);
  }
  for (const id of model.photos) if (!s.photos.has(id)) lost.push(`photo of ${id}`);
  for (const [key, n] of model.audit) if ((s.audit.get(key) ?? 0) < n) lost.push(`audit ${key} ×${n} (found ${s.audit.get(key) ?? 0})`);
  if (s.probes < model.probes) lost.push(`migrations: ${model.probes} probes reported, ${s.probes} applied`);
  return lost;
}

export interface Check {
  corrupt: string | null;
  lost: string[];
  copyBroken: boolean;
  settledDeletes: number;
}

/** The database files as the kill left them, copied (the originals stay for the next child to recover). */
function copyFiles(dir: string, scratch: string): string {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch);
  const { dbFile } = storePaths(dir);
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(dbFile + suffix)) cpSync(dbFile + suffix, join(scratch, `caseload.db${suffix}`));
  return join(scratch, 'caseload.db');
}

const corrupt = (why: string): Check => ({ corrupt: why, lost: [], copyBroken: false, settledDeletes: 0 });

/** Opens the copy with the key; it must pass integrity_check and the audit chain, and hold every reported commit. */
export async function check(model: Model, dir: string, scratch: string, key: Buffer, probesGiven: number): Promise<Check> {
  let sqlite: Sqlite;
  try {
    sqlite = openDatabase(copyFiles(dir, scratch), key);
  } catch (e) {
    return corrupt(`does not open: ${String(e)}`);
  }
  const db = createKysely(sqlite);
  try {
    return await checkOpen(model, sqlite, db, { safetyCopy: storePaths(dir).migrationBackup, key, probesGiven });
  } catch (e) {
    return corrupt(`cannot be read: ${String(e)}`);
  } finally {
    await db.destroy();
  }
}

async function checkOpen(model: Model, sqlite: Sqlite, db: Db, o: { safetyCopy: string; key: Buffer; probesGiven: number }): Promise<Check> {
  const integrity = sqlite.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') return corrupt(`integrity_check: ${String(integrity)}`);
  const chain = await verifyAuditChain(db);
  if (!chain.ok) return corrupt(`audit chain broken at entry ${chain.firstBroken}`);
  const state = await readState(db);
  const settledDeletes = model.settleDeletes(new Set(state.learners.keys()));
  const lost = lostCommits(model, state);
  // A broken safety copy is only acceptable when the kill landed while it was being written: before the migration.
  const copyBroken = !safetyCopyOpens(o.safetyCopy, o.key);
  if (copyBroken && state.probes >= o.probesGiven) lost.push('a migration ran with a broken safety copy');
  return { corrupt: null, lost, copyBroken, settledDeletes };
}

function safetyCopyOpens(file: string, key: Buffer): boolean {
  if (!existsSync(file)) return true;
  try {
    const copy = openDatabase(file, key);
    try {
      return copy.pragma('integrity_check', { simple: true }) === 'ok';
    } finally {
      copy.close();
    }
  } catch {
    return false;
  }
}
