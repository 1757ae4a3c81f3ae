/**
 * Creating and opening the vault: which KEK unwraps the database key, and re-wrapping when a passphrase or
 * recovery key changes. The database itself is never rewritten here.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { RECOVERY_ALPHABET, RECOVERY_KEY_SYMBOLS } from '../../../shared/rules/recovery-key';
import type { VaultFile } from './vault-file';
import {
  deriveFromPassphrase,
  deriveFromRecoveryKey,
  open,
  randomKey,
  SCRYPT_DEFAULTS,
  seal,
  type ScryptParams,
} from './crypto';

const AAD_PASSPHRASE = 'caseload-vault-v1:passphrase';
const AAD_RECOVERY = 'caseload-vault-v1:recovery';

/** A bare recovery key; `symbols` shorter for a transfer passphrase (same alphabet, 5 bits a symbol). */
export function newRecoveryKey(symbols: number = RECOVERY_KEY_SYMBOLS): string {
  let key = '';
  for (let i = 0; i < symbols; i++) key += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return key;
}

async function wrapForPassphrase(dbKey: Buffer, passphrase: string, params: ScryptParams): Promise<VaultFile['passphrase']> {
  const salt = randomBytes(16);
  const kek = await deriveFromPassphrase(passphrase, salt, params);
  try {
    return { kdf: 'scrypt', params, salt: salt.toString('base64'), sealed: seal(dbKey, kek, AAD_PASSPHRASE) };
  } finally {
    kek.fill(0);
  }
}

function wrapForRecovery(dbKey: Buffer, bareRecoveryKey: string): VaultFile['recovery'] {
  const salt = randomBytes(16);
  const kek = deriveFromRecoveryKey(bareRecoveryKey, salt);
  try {
    return { kdf: 'hkdf-sha256', salt: salt.toString('base64'), sealed: seal(dbKey, kek, AAD_RECOVERY) };
  } finally {
    kek.fill(0);
  }
}

export async function createVault(
  passphrase: string,
  params: ScryptParams = SCRYPT_DEFAULTS,
): Promise<{ vault: VaultFile; dbKey: Buffer; recoveryKey: string }> {
  const dbKey = randomKey();
  const recoveryKey = newRecoveryKey();
  const vault: VaultFile = {
    format: 'caseload-vault',
    version: 1,
    passphrase: await wrapForPassphrase(dbKey, passphrase, params),
    recovery: wrapForRecovery(dbKey, recoveryKey),
  };
  return { vault, dbKey, recoveryKey };
}

/** The database key, or null when the passphrase is wrong. */
export async function openWithPassphrase(vault: VaultFile, passphrase: string): Promise<Buffer | null> {
  const w = vault.passphrase;
  const kek = await deriveFromPassphrase(passphrase, Buffer.from(w.salt, 'base64'), w.params);
  try {
    return open(w.sealed, kek, AAD_PASSPHRASE);
  } finally {
    kek.fill(0);
  }
}

export function openWithRecoveryKey(vault: VaultFile, bareRecoveryKey: string): Buffer | null {
  const w = vault.recovery;
  const kek = deriveFromRecoveryKey(bareRecoveryKey, Buffer.from(w.salt, 'base64'));
  try {
    return open(w.sealed, kek, AAD_RECOVERY);
  } finally {
    kek.fill(0);
  }
}

export async function rewrapPassphrase(
  vault: VaultFile,
  dbKey: Buffer,
  passphrase: string,
  params: ScryptParams = vault.passphrase.params,
): Promise<VaultFile> {
  return { ...vault, passphrase: await wrapForPassphrase(dbKey, passphrase, params) };
}

export function rewrapRecovery(vault: VaultFile, dbKey: Buffer, bareRecoveryKey: string): VaultFile {
  return { ...vault, recovery: wrapForRecovery(dbKey, bareRecoveryKey) };
}
