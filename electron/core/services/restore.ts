/**
 * Restoring a backup: choose the file (its path stays here, behind a random token), check it with the passphrase
 * or recovery key that was current when it was made (a wrong one changes no file anywhere), then restore:
 * - unlocked: a safety copy of the current data first, then the checked copy replaces the live database;
 * - before setup (a new computer): the database, then the backup's vault.json; the app is left locked, to be
 *   opened with the backup's passphrase.
 * Answered while locked only before setup; a locked vault must be unlocked first.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { normalizeRecoveryKey } from '../../../shared/rules/recovery-key';
import type { BackupSummary } from '../../../shared/schemas/backup';
import type { VaultState } from '../../../shared/schemas/vault';
import { AppError } from '../app-error';
import { storageFailure, type StorageWords } from '../db/errors';
import type { Platform } from '../platform';
import { openWithPassphrase, openWithRecoveryKey } from '../vault/keyring';
import type { VaultFile } from '../vault/vault-file';
import type { BackupService } from './backup';
import { checkBackupDigest, extractDatabase, readBackupHead, removeTemp } from './backup-file';
import { checkCopy, readyForInstall, removeStaleRestoreTemps, restoreTempPath, type CopyOptions } from './restore-copy';
import type { StorePaths } from './session';
import type { VaultService } from './vault';

interface Checked {
  file: string;
  key: Buffer;
  vault: VaultFile;
  summary: BackupSummary;
}

interface Chosen {
  token: string;
  path: string;
  fileName: string;
  bytes: number;
  madeAt: string;
  checked: Checked | null;
}

export interface RestoreOptions extends CopyOptions {
  paths: StorePaths;
}

const DATA_FOLDER_WORDS: StorageWords = {
  full: "The disk is full, so the backup could not be checked. Free some space on the disk that holds Caseload's data and try again.",
  denied: 'Caseload cannot write to its data folder, so the backup could not be checked. Check that the folder is not read-only.',
  other: "The backup could not be copied into Caseload's data folder to be checked. Nothing was changed. Try again.",
};

const NOT_CHOSEN = () => new AppError('NOT_FOUND', 'That backup is no longer chosen. Choose the file again.');

/** The database key, when the secret is the backup's passphrase or its recovery key (the cheap check first). */
async function unwrapBackupKey(vault: VaultFile, secret: string): Promise<Buffer | null> {
  const bare = normalizeRecoveryKey(secret);
  return (bare ? openWithRecoveryKey(vault, bare) : null) ?? (await openWithPassphrase(vault, secret));
}

export class RestoreService {
  private chosen: Chosen | null = null;

  constructor(
    private readonly vault: VaultService,
    private readonly platform: Platform,
    private readonly backups: BackupService,
    private readonly opts: RestoreOptions,
  ) {
    removeStaleRestoreTemps(opts.paths.dataDir);
    // Locking drops a checked backup: its key and its extracted (still encrypted) copy must not outlive the session.
    vault.events.on('vault.changed', ({ state }: { state: VaultState }) => state === 'locked' && this.forget());
  }

  async choose(): Promise<{ token: string; fileName: string; bytes: number; madeAt: string } | null> {
    this.requireUsable();
    const path = await this.platform.chooseOpenFile({ kind: 'backup' });
    if (!path) return null;
    const head = readBackupHead(path);
    this.forget();
    const chosen = { token: randomUUID(), path, fileName: basename(path), bytes: head.bytes, madeAt: head.trailer.madeAt, checked: null };
    this.chosen = chosen;
    return { token: chosen.token, fileName: chosen.fileName, bytes: chosen.bytes, madeAt: chosen.madeAt };
  }

  async inspect(token: string, secret: string): Promise<BackupSummary> {
    this.requireUsable();
    const chosen = this.requireChosen(token);
    const head = readBackupHead(chosen.path);
    checkBackupDigest(chosen.path, head);
    const key = await unwrapBackupKey(head.trailer.vault, secret);
    if (!key) {
      throw new AppError('WRONG_PASSPHRASE', 'That passphrase or recovery key does not open this backup. Use the one that opened Caseload when the backup was made.');
    }
    if (this.chosen !== chosen) {
      key.fill(0);
      throw NOT_CHOSEN();
    }
    this.dropChecked(chosen);
    const file = restoreTempPath(this.opts.paths.dataDir, randomUUID());
    try {
      try {
        extractDatabase(chosen.path, head, file);
      } catch (e) {
        throw storageFailure(e, DATA_FOLDER_WORDS);
      }
      const summary: BackupSummary = { token, madeAt: head.trailer.madeAt, integrity: 'ok', ...checkCopy(file, key, this.opts) };
      chosen.checked = { file, key, vault: head.trailer.vault, summary };
      return summary;
    } catch (e) {
      removeTemp(file);
      key.fill(0);
      throw e;
    }
  }

  async restore(token: string): Promise<{ restored: true; safetyCopy: string | null }> {
    this.requireUsable();
    const chosen = this.requireChosen(token);
    const checked = chosen.checked;
    if (!checked) throw new AppError('BAD_FILE', 'Check the backup with its passphrase or recovery key first.');
    const details = { madeAt: chosen.madeAt, ...counts(checked.summary) };
    let touched = false;
    const ready = async (liveKey: Buffer) => {
      touched = true;
      await readyForInstall(checked.file, checked.key, liveKey, details, this.opts);
    };
    try {
      if (this.vault.state() === 'new') {
        await ready(checked.key);
        await this.vault.restoreBeforeSetup(checked.file, checked.vault);
        return this.done(chosen, { restored: true, safetyCopy: null });
      }
      const result = await this.vault.replaceDatabase(async (live) => {
        const safety = await this.backups.safetyCopy(live);
        await ready(live.key);
        return { file: checked.file, result: { restored: true as const, safetyCopy: safety.fileName } };
      });
      return this.done(chosen, result);
    } catch (e) {
      // Until the copy was touched (the safety copy failed, say), the checked backup can be restored again.
      if (touched) this.forget();
      throw e;
    }
  }

  private done<T>(chosen: Chosen, result: T): T {
    if (this.chosen === chosen) this.forget();
    return result;
  }

  private requireUsable(): void {
    if (this.vault.state() === 'locked') throw new AppError('LOCKED', 'Caseload is locked. Unlock it with your passphrase.');
  }

  private requireChosen(token: string): Chosen {
    if (this.chosen?.token !== token) throw NOT_CHOSEN();
    return this.chosen;
  }

  private dropChecked(chosen: Chosen): void {
    if (!chosen.checked) return;
    removeTemp(chosen.checked.file);
    chosen.checked.key.fill(0);
    chosen.checked = null;
  }

  private forget(): void {
    if (this.chosen) this.dropChecked(this.chosen);
    this.chosen = null;
  }
}

function counts(s: BackupSummary) {
  return { learners: s.learners, profiles: s.profiles, oppPlusPlans: s.oppPlusPlans, idps: s.idps, reviews: s.reviews };
}
