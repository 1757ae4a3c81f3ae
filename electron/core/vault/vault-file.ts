/**
 * The vault file beside the database: only salts, KDF parameters, nonces, ciphertexts and tags.
 * It never holds the key, the passphrase or the recovery key in any readable form.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../app-error';
import { writeFileAtomic } from '../atomic-write';

const SealedSchema = z.object({ nonce: z.string(), ciphertext: z.string(), tag: z.string() });

export const VaultFileSchema = z.object({
  format: z.literal('caseload-vault'),
  version: z.literal(1),
  passphrase: z.object({
    kdf: z.literal('scrypt'),
    params: z.object({ N: z.number().int(), r: z.number().int(), p: z.number().int() }),
    salt: z.string(),
    sealed: SealedSchema,
  }),
  recovery: z.object({
    kdf: z.literal('hkdf-sha256'),
    salt: z.string(),
    sealed: SealedSchema,
  }),
});
export type VaultFile = z.infer<typeof VaultFileSchema>;

export function vaultExists(path: string): boolean {
  return existsSync(path);
}

export function readVaultFile(path: string): VaultFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new AppError('CORRUPT', 'The key file (vault.json) could not be read. Restore it from a backup.');
  }
  const result = VaultFileSchema.safeParse(parsed);
  if (!result.success) throw new AppError('CORRUPT', 'The key file (vault.json) is damaged. Restore it from a backup.');
  return result.data;
}

export function writeVaultFile(path: string, vault: VaultFile): void {
  writeFileAtomic(path, JSON.stringify(vault, null, 2));
}
