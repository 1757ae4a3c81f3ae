/**
 * Key wrapping: a random 256-bit database key, sealed with AES-256-GCM under a key-encryption key (KEK).
 * The passphrase KEK comes from scrypt (memory-hard, slow on purpose); the recovery-key KEK from HKDF, because a
 * recovery key already carries 140 bits of randomness and needs no stretching.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** security.md: N=2^17, r=8, p=1. Stored beside each wrapped key so they can be raised later. */
export const SCRYPT_DEFAULTS: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

export interface Sealed {
  nonce: string;
  ciphertext: string;
  tag: string;
}

export const KEY_BYTES = 32;
const TAG_BYTES = 16;

export function randomKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

export function deriveFromPassphrase(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; node's default maxmem (32 MiB) is too small for N=2^17 and it would throw.
  const maxmem = 128 * params.N * params.r * 2;
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, { ...params, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export function deriveFromRecoveryKey(bareKey: string, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(bareKey, 'utf8'), salt, 'caseload recovery key v1', KEY_BYTES));
}

export function seal(plain: Buffer, kek: Buffer, aad: string): Sealed {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    nonce: nonce.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Returns the plaintext, or null when the KEK is wrong or the sealed data was altered. */
export function open(sealed: Sealed, kek: Buffer, aad: string): Buffer | null {
  try {
    // authTagLength pins the tag to the full 16 bytes: without it GCM accepts a truncated tag (down to 4 bytes).
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(sealed.nonce, 'base64'), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}
