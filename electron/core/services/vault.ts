/**
 * The vault's state machine: new → (setup) → unlocked ⇄ locked. One operation at a time (a queue), so two
 * unlock attempts cannot race, and each wrong guess holds its answer back a little longer than the last.
 * Nothing is written while locked: failed attempts are kept in memory and logged at the next unlock.
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { assessPassphrase, type PassphraseProblem } from '../../../shared/rules/passphrase';
import { formatRecoveryKey, normalizeRecoveryKey } from '../../../shared/rules/recovery-key';
import type { LockReason, SetupInput, VaultState } from '../../../shared/schemas/vault';
import { AppError } from '../app-error';
import { serialQueue } from '../serial';
import { appendAudit } from '../repositories/audit';
import { getSchool, insertSchool } from '../repositories/school';
import { getOwner, insertStaffUser } from '../repositories/staff';
import type { ScryptParams } from '../vault/crypto';
import { createVault, newRecoveryKey, openWithPassphrase, openWithRecoveryKey, rewrapPassphrase, rewrapRecovery } from '../vault/keyring';
import { readVaultFile, vaultExists, writeVaultFile, type VaultFile } from '../vault/vault-file';
import { installDatabase } from './backup-file';
import { closeSession, openSession, removeOrphanDatabase, requireSession, type Session, type SessionOptions, type StorePaths } from './session';

export interface FailureDelay {
  baseMs: number;
  capMs: number;
}

export interface VaultOptions extends SessionOptions {
  scrypt?: ScryptParams;
  failureDelay: FailureDelay;
}

interface FailedAttempt {
  at: string;
  kind: 'passphrase' | 'recovery-key';
}

const PROBLEM_TEXT: Record<PassphraseProblem, string> = {
  tooShort: 'it is shorter than 12 characters',
  common: 'it is a commonly used password',
  personal: "it contains your name or the school's name",
  pattern: 'it is mostly a repeated or sequential pattern',
  tooSimple: 'it is too easy to guess; use several unrelated words',
};

function requireStrong(passphrase: string, personal: string[]): void {
  const { acceptable, problems } = assessPassphrase(passphrase, personal);
  if (!acceptable) {
    throw new AppError('WEAK_PASSPHRASE', `That passphrase is too weak: ${problems.map((p) => PROBLEM_TEXT[p]).join('; ')}.`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class VaultService {
  readonly events = new EventEmitter();
  private session: Session | null = null;
  private failures: FailedAttempt[] = [];
  /** Runs vault operations one after another. */
  private readonly serial = serialQueue();

  constructor(
    private readonly paths: StorePaths,
    private readonly opts: VaultOptions,
  ) {}

  state(): VaultState {
    if (this.session) return 'unlocked';
    return vaultExists(this.paths.vaultFile) ? 'locked' : 'new';
  }

  failedAttempts(): number {
    return this.failures.length;
  }

  current(): Session {
    return requireSession(this.session);
  }

  setup(input: SetupInput): Promise<{ recoveryKey: string }> {
    return this.serial(async () => {
      if (vaultExists(this.paths.vaultFile)) throw new AppError('ALREADY_SET_UP', 'Caseload is already set up on this computer.');
      requireStrong(input.passphrase, [input.schoolName, input.userName]);
      const { vault, dbKey, recoveryKey } = await createVault(input.passphrase, this.opts.scrypt);
      removeOrphanDatabase(this.paths);
      const session = await openSession(this.paths, dbKey, this.opts, true);
      try {
        const userId = randomUUID();
        await session.db.transaction().execute(async (trx) => {
          await insertSchool(trx, input.schoolName);
          await insertStaffUser(trx, { id: userId, name: input.userName, role: input.role, isOwner: true });
          await appendAudit(trx, { action: 'vault.setup', actor: userId, entityType: 'staff_user', entityId: userId });
        });
        // The vault is written last: until it exists, setup has not happened and can simply be run again.
        writeVaultFile(this.paths.vaultFile, vault);
        this.session = { ...session, actor: userId };
      } catch (e) {
        await closeSession(session);
        removeOrphanDatabase(this.paths);
        throw e;
      }
      this.emitState();
      return { recoveryKey: formatRecoveryKey(recoveryKey) };
    });
  }

  unlock(passphrase: string): Promise<void> {
    return this.serial(async () => {
      if (this.session) return;
      const vault = readVaultFile(this.requireVaultPath());
      const key = await openWithPassphrase(vault, passphrase);
      if (!key) return this.fail('passphrase');
      await this.startSession(key, { action: 'vault.unlocked' });
    });
  }

  recover(typedKey: string, next: string): Promise<{ recoveryKey: string }> {
    return this.serial(async () => {
      const vault = readVaultFile(this.requireVaultPath());
      const bare = normalizeRecoveryKey(typedKey);
      const key = bare ? openWithRecoveryKey(vault, bare) : null;
      if (!key) return this.fail('recovery-key');
      if (this.session) await this.closeCurrent('user');
      const session = await openSession(this.paths, key, this.opts);
      try {
        const [school, owner] = await Promise.all([getSchool(session.db), getOwner(session.db)]);
        requireStrong(next, [school?.name ?? '', owner?.name ?? '']);
        // The used recovery key may have been seen while typed; a fresh one replaces it.
        const fresh = newRecoveryKey();
        const rewrapped = rewrapRecovery(await rewrapPassphrase(vault, key, next, this.opts.scrypt), key, fresh);
        writeVaultFile(this.paths.vaultFile, rewrapped);
        this.session = session;
        await this.flushFailures({ action: 'vault.recovered' });
        this.emitState();
        return { recoveryKey: formatRecoveryKey(fresh) };
      } catch (e) {
        if (this.session !== session) await closeSession(session);
        throw e;
      }
    });
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.serial(async () => {
      const session = this.current();
      const vault = readVaultFile(this.paths.vaultFile);
      const key = await openWithPassphrase(vault, current);
      const matches = key !== null && timingSafeEqual(key, session.key);
      key?.fill(0);
      if (!matches) {
        await appendAudit(session.db, { action: 'vault.passphrase_change_refused', actor: session.actor });
        await sleep(this.opts.failureDelay.baseMs);
        throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is not right, so nothing was changed.');
      }
      const [school, owner] = await Promise.all([getSchool(session.db), getOwner(session.db)]);
      requireStrong(next, [school?.name ?? '', owner?.name ?? '']);
      writeVaultFile(this.paths.vaultFile, await rewrapPassphrase(vault, session.key, next, this.opts.scrypt));
      await appendAudit(session.db, { action: 'vault.passphrase_changed', actor: session.actor });
    });
  }

  /** Runs `op` with the open session in the vault's queue: a backup never overlaps a lock, an unlock or a restore. */
  exclusive<T>(op: (session: Session) => Promise<T>): Promise<T> {
    return this.serial(() => op(this.current()));
  }

  /**
   * Restore while unlocked. `prepare` runs in the queue with the live session (it takes the safety copy) and returns
   * a verified database file keyed with the live key; then the live database is checkpointed and closed, the file
   * moved over it (installDatabase), and reopened. A crash leaves the old file or the new one, both opened by the
   * current vault.json.
   */
  replaceDatabase<T>(prepare: (live: Session) => Promise<{ file: string; result: T }>): Promise<T> {
    return this.serial(async () => {
      const live = this.current();
      const { file, result } = await prepare(live);
      const key = Buffer.from(live.key);
      this.session = null;
      try {
        // An empty log before closing: the old file is whole on its own until the rename replaces it.
        live.sqlite.pragma('wal_checkpoint(TRUNCATE)');
        await closeSession(live);
        installDatabase(file, this.paths.dbFile);
        this.session = await openSession(this.paths, key, this.opts);
      } catch (e) {
        key.fill(0);
        throw e;
      } finally {
        this.emitState();
      }
      return result;
    });
  }

  /** Restore on a new computer: the database, then its vault.json (written last: until then setup has not happened). */
  restoreBeforeSetup(file: string, vault: VaultFile): Promise<void> {
    return this.serial(async () => {
      if (vaultExists(this.paths.vaultFile)) throw new AppError('ALREADY_SET_UP', 'Caseload is already set up on this computer.');
      removeOrphanDatabase(this.paths);
      installDatabase(file, this.paths.dbFile);
      writeVaultFile(this.paths.vaultFile, vault);
      this.emitState();
    });
  }

  lock(reason: LockReason = 'user'): Promise<void> {
    return this.serial(() => this.closeCurrent(reason));
  }

  private async closeCurrent(reason: LockReason): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.session = null;
    try {
      await appendAudit(session.db, { action: 'vault.locked', actor: session.actor, details: { reason } });
    } finally {
      await closeSession(session);
      this.events.emit('vault.changed', { state: 'locked', reason });
    }
  }

  private requireVaultPath(): string {
    if (!vaultExists(this.paths.vaultFile)) throw new AppError('NOT_SET_UP', 'Caseload has not been set up on this computer yet.');
    return this.paths.vaultFile;
  }

  private async startSession(key: Buffer, entry: { action: string }): Promise<void> {
    try {
      this.session = await openSession(this.paths, key, this.opts);
    } catch (e) {
      key.fill(0);
      throw e;
    }
    await this.flushFailures(entry);
    this.emitState();
  }

  /** Writes the failed attempts held in memory, then the success entry, in one transaction. */
  private async flushFailures(entry: { action: string }): Promise<void> {
    const session = this.current();
    const failures = this.failures;
    await session.db.transaction().execute(async (trx) => {
      for (const f of failures) {
        await appendAudit(trx, { action: 'vault.unlock_failed', at: f.at, details: { method: f.kind } });
      }
      await appendAudit(trx, { action: entry.action, actor: session.actor });
    });
    this.failures = [];
  }

  private async fail(kind: FailedAttempt['kind']): Promise<never> {
    this.failures.push({ at: new Date().toISOString(), kind });
    const { baseMs, capMs } = this.opts.failureDelay;
    await sleep(Math.min(capMs, baseMs * 2 ** (this.failures.length - 1)));
    throw kind === 'passphrase'
      ? new AppError('WRONG_PASSPHRASE', 'That passphrase is not right. Check it and try again.')
      : new AppError('WRONG_RECOVERY_KEY', 'That recovery key is not right. Check each group of characters and try again.');
  }

  private emitState(): void {
    this.events.emit('vault.changed', { state: this.state() });
  }
}
