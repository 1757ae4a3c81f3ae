/**
 * Making backups: one verified, encrypted file per backup in the folder the person chose (security.md, "The store
 * and the keys"): VACUUM INTO a hidden temp file there, check the copy against the live database, append the
 * vault of that moment, fsync, rename, fsync the folder. On any failure the temp file goes: never a partial backup.
 * Then the folder keeps the newest N of Caseload's own backup files, and the settings record how it went.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupStatus } from '../../../shared/schemas/backup';
import { AppError, isAppError } from '../app-error';
import type { Trx } from '../db/client';
import { storageFailure, toAppError, type StorageWords } from '../db/errors';
import type { Platform } from '../platform';
import { appendAudit } from '../repositories/audit';
import type { SettingsStore } from '../settings';
import { readVaultFile } from '../vault/vault-file';
import { copyVerified } from '../db/copy-check';
import { appendTrailer, freeBackupName, listBackupFiles, publish, removeStaleTemps, removeTemp, tempBackupPath } from './backup-file';
import type { BackupClock } from './backup-schedule';
import { backupStatus, isDue, readBackupSettings, writeBackupSettings } from './backup-settings';
import type { Session } from './session';
import type { VaultService } from './vault';

export const BACKUP_WORDS: StorageWords = {
  full: 'The backup folder is full, so no backup was made. Free some space there or choose another folder, then try again.',
  denied: 'Caseload cannot write to the backup folder, so no backup was made. Check that it is connected and not read-only, or choose another folder.',
  other: 'The backup could not be written to the backup folder. Check that the folder is still there (a USB stick or network drive may have been disconnected), then try again.',
};

export interface MadeBackup {
  folder: string;
  fileName: string;
  bytes: number;
}

export interface MakeOptions {
  at: Date;
  nativeBinding?: string;
  /** Written in one transaction with the file's rename (the rename last, as in saveExport): the audit entry. */
  record?: (trx: Trx, made: { fileName: string; bytes: number }) => Promise<void>;
}

/** The verified temp file, complete with its trailer and synced, and the name it will take. */
function prepareFile(s: Session, folder: string, o: MakeOptions): { temp: string; fileName: string; bytes: number } {
  let temp: string | null = null;
  try {
    removeStaleTemps(folder);
    temp = tempBackupPath(folder);
    copyVerified(s.sqlite, s.key, temp, o.nativeBinding);
    const bytes = appendTrailer(temp, o.at.toISOString(), readVaultFile(s.paths.vaultFile));
    return { temp, fileName: freeBackupName(folder, o.at), bytes };
  } catch (e) {
    if (temp) removeTemp(temp);
    throw storageFailure(e, BACKUP_WORDS);
  }
}

/** Makes one backup file of the session's database in `folder`. */
export async function makeBackup(s: Session, folder: string, o: MakeOptions): Promise<MadeBackup> {
  const { temp, fileName, bytes } = prepareFile(s, folder, o);
  const final = join(folder, fileName);
  const publishNow = () => {
    try {
      publish(temp, final);
    } catch (e) {
      throw storageFailure(e, BACKUP_WORDS);
    }
  };
  const record = o.record;
  try {
    if (record) await s.db.transaction().execute(async (trx) => (await record(trx, { fileName, bytes }), publishNow()));
    else publishNow();
  } catch (e) {
    removeTemp(temp);
    // Renamed, but the audit entry did not commit: the file goes too, so every backup on disk is in the log.
    if (record) rmSync(final, { force: true });
    throw e;
  }
  return { folder, fileName, bytes };
}

/** Keeps the newest `keep` of Caseload's own backup files in the folder; nothing else there is touched. */
export function pruneBackups(folder: string, keep: number): string[] {
  const removed = listBackupFiles(folder).slice(keep);
  for (const name of removed) rmSync(join(folder, name), { force: true });
  return removed;
}

export interface BackupServiceOptions {
  clock: BackupClock;
  nativeBinding?: string;
}

export class BackupService {
  constructor(
    private readonly vault: VaultService,
    private readonly platform: Platform,
    private readonly store: SettingsStore,
    private readonly opts: BackupServiceOptions,
  ) {}

  status(): BackupStatus {
    return backupStatus(readBackupSettings(this.store), this.opts.clock.now());
  }

  /** The folder dialog; cancelling leaves everything as it was. */
  async chooseFolder(): Promise<BackupStatus> {
    const folder = await this.platform.chooseFolder({ purpose: 'backup' });
    if (folder) writeBackupSettings(this.store, { folder, lastError: null });
    return this.status();
  }

  configure(input: { keep: number; automatic: boolean }): BackupStatus {
    writeBackupSettings(this.store, input);
    return this.status();
  }

  async now(): Promise<BackupStatus> {
    const { folder } = readBackupSettings(this.store);
    if (!folder) throw new AppError('BAD_FILE', 'Choose a folder for backups first.');
    await this.vault.exclusive((s) => this.recorded(s, folder, false));
    return this.status();
  }

  /**
   * The automatic run: a backup when one is due (checked again inside the vault's queue, so an unlock and a timer
   * tick cannot make two). Never throws: a failure is kept in the settings, for the Backups section to show.
   */
  async runIfDue(): Promise<'made' | 'notDue' | 'failed'> {
    if (this.vault.state() !== 'unlocked') return 'notDue';
    try {
      return await this.vault.exclusive(async (s) => {
        const settings = readBackupSettings(this.store);
        if (!settings.folder || !isDue(settings, this.opts.clock.now())) return 'notDue';
        await this.recorded(s, settings.folder, true);
        return 'made';
      });
    } catch {
      return 'failed';
    }
  }

  /**
   * Before a restore replaces the data (inside the vault's queue): a backup of it in the backup folder, or in a
   * `backups` folder inside the data folder when none is chosen. Not pruned: it must not push out the backup
   * being restored.
   */
  async safetyCopy(s: Session): Promise<MadeBackup> {
    const { folder } = readBackupSettings(this.store);
    const target = folder ?? join(s.paths.dataDir, 'backups');
    // Only the data folder's own: a chosen folder that is missing (a USB stick pulled out) must fail, not be created.
    if (!folder) mkdirSync(target, { recursive: true, mode: 0o700 });
    return this.recorded(s, target, false, { prune: false, remember: folder !== null, beforeRestore: true });
  }

  private async recorded(
    s: Session,
    folder: string,
    automatic: boolean,
    how = { prune: true, remember: true, beforeRestore: false },
  ): Promise<MadeBackup> {
    const at = this.opts.clock.now();
    const details = { automatic, ...(how.beforeRestore ? { beforeRestore: true } : {}) };
    try {
      const made = await makeBackup(s, folder, {
        at,
        nativeBinding: this.opts.nativeBinding,
        record: (trx, m) => appendAudit(trx, { action: 'backup.made', actor: s.actor, details: { bytes: m.bytes, ...details } }),
      });
      if (how.prune) pruneQuietly(folder, readBackupSettings(this.store).keep);
      if (how.remember) writeBackupSettings(this.store, { last: { at: at.toISOString(), fileName: made.fileName, bytes: made.bytes }, lastError: null });
      return made;
    } catch (e) {
      const known = toAppError(e);
      const message = isAppError(known) ? known.message : BACKUP_WORDS.other;
      if (how.remember) writeBackupSettings(this.store, { lastError: { at: at.toISOString(), message } });
      throw e;
    }
  }
}

/** A backup that was made stays made even if an old one cannot be removed; the next run tries again. */
function pruneQuietly(folder: string, keep: number): void {
  try {
    pruneBackups(folder, keep);
  } catch {
    // Left for the next backup: removing old copies is housekeeping, not the backup itself.
  }
}
