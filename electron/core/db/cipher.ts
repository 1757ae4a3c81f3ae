/**
 * The cipher settings, pinned in one place. NEVER change them once user data exists: a database written with one
 * set cannot be opened with another. SQLCipher 4 compatible, keyed with a raw 256-bit key (the `x'…'` form skips
 * the per-open KDF: about 1 ms to open instead of about 400 ms; the passphrase KDF runs once, in the vault).
 * See https://utelle.github.io/SQLite3MultipleCiphers/docs/ciphers/cipher_sqlcipher/
 */
export const CIPHER_PRAGMAS = [`cipher = 'sqlcipher'`, `legacy = 4`] as const;

export function keyPragma(key: Buffer): string {
  if (key.length !== 32) throw new Error('database key must be 32 bytes');
  return `key = "x'${key.toString('hex')}'"`;
}

/**
 * Pragmas applied on every connection after the key (security.md, "measured facts about this build"):
 * - journal_mode=WAL with synchronous=FULL (this build defaults to NORMAL, which can lose the last commits on power loss);
 * - temp_store=MEMORY (the default spills large sorts and temp tables to plaintext temp files);
 * - foreign_keys=ON; secure_delete=ON (deleted records do not linger in free pages).
 */
export const CONNECTION_PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = FULL',
  'temp_store = MEMORY',
  'foreign_keys = ON',
  'secure_delete = ON',
] as const;
