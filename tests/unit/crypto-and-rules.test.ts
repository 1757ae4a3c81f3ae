/**
 * The key-wrapping primitives (AES-256-GCM seal/open, the KDFs) and the shared rules (passphrase strength,
 * recovery-key normalisation and format), tested directly.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { assessPassphrase, type PassphraseProblem } from '../../shared/rules/passphrase';
import { formatRecoveryKey, normalizeRecoveryKey, RECOVERY_ALPHABET, RECOVERY_KEY_SYMBOLS } from '../../shared/rules/recovery-key';
import { deriveFromPassphrase, deriveFromRecoveryKey, open, seal, type Sealed } from '../../electron/core/vault/crypto';
import { createVault, newRecoveryKey, openWithPassphrase, openWithRecoveryKey } from '../../electron/core/vault/keyring';
import { FAST_SCRYPT, RECOVERY_KEY_FORMAT } from './helpers';

const AAD = 'caseload-test:aad';

/** Flips one bit of a base64 field. */
function flipBit(b64: string, byte = 0, bit = 0): string {
  const buf = Buffer.from(b64, 'base64');
  buf[byte]! ^= 1 << bit;
  return buf.toString('base64');
}

describe('seal / open (AES-256-GCM)', () => {
  const kek = randomBytes(32);
  const plain = randomBytes(32);
  const sealed = seal(plain, kek, AAD);

  test('round trip: open(seal(x)) = x; a fresh nonce each time', () => {
    expect(open(sealed, kek, AAD)?.equals(plain)).toBe(true);
    const again = seal(plain, kek, AAD);
    expect(again.nonce).not.toBe(sealed.nonce);
    expect(again.ciphertext).not.toBe(sealed.ciphertext);
    expect(Buffer.from(sealed.nonce, 'base64')).toHaveLength(12);
    expect(Buffer.from(sealed.tag, 'base64')).toHaveLength(16);
  });

  const tampered: [string, Sealed, Buffer, string][] = [
    ['ciphertext, first bit', { ...sealed, ciphertext: flipBit(sealed.ciphertext) }, kek, AAD],
    ['ciphertext, last bit', { ...sealed, ciphertext: flipBit(sealed.ciphertext, 31, 7) }, kek, AAD],
    ['tag', { ...sealed, tag: flipBit(sealed.tag, 15, 3) }, kek, AAD],
    ['tag truncated to 4 bytes', { ...sealed, tag: Buffer.from(sealed.tag, 'base64').subarray(0, 4).toString('base64') }, kek, AAD],
    ['tag truncated to 12 bytes', { ...sealed, tag: Buffer.from(sealed.tag, 'base64').subarray(0, 12).toString('base64') }, kek, AAD],
    ['tag empty', { ...sealed, tag: '' }, kek, AAD],
    ['nonce', { ...sealed, nonce: flipBit(sealed.nonce, 5, 1) }, kek, AAD],
    ['nonce shortened', { ...sealed, nonce: Buffer.from(sealed.nonce, 'base64').subarray(0, 8).toString('base64') }, kek, AAD],
    ['AAD', sealed, kek, 'caseload-test:other'],
    ['AAD empty', sealed, kek, ''],
    ['key', sealed, randomBytes(32), AAD],
  ];
  test.each(tampered)('altered %s → null', (_what, s, k, aad) => {
    expect(open(s, k, aad)).toBeNull();
  });
});

describe('key derivation and wrapping', () => {
  test('scrypt: same passphrase and salt → same key; NFC and NFD spellings of a passphrase give the same key', async () => {
    const salt = randomBytes(16);
    const a = await deriveFromPassphrase('caf\u00e9 lantern orbit', salt, FAST_SCRYPT);
    const b = await deriveFromPassphrase('cafe\u0301 lantern orbit', salt, FAST_SCRYPT);
    const c = await deriveFromPassphrase('caf\u00e9 lantern orbit', randomBytes(16), FAST_SCRYPT);
    expect(a).toHaveLength(32);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });

  test('a vault opens with its passphrase and its recovery key, to the same database key, and with nothing else', async () => {
    const { vault, dbKey, recoveryKey } = await createVault('copper lantern orbit meadow', FAST_SCRYPT);
    expect((await openWithPassphrase(vault, 'copper lantern orbit meadow'))?.equals(dbKey)).toBe(true);
    expect(openWithRecoveryKey(vault, recoveryKey)?.equals(dbKey)).toBe(true);
    expect(await openWithPassphrase(vault, 'copper lantern orbit meadoW')).toBeNull();
    expect(openWithRecoveryKey(vault, newRecoveryKey())).toBeNull();
    // The two wrappings are bound to their purpose: the recovery sealed box does not open under the passphrase path.
    expect(await openWithPassphrase({ ...vault, passphrase: { ...vault.passphrase, sealed: vault.recovery.sealed } }, 'copper lantern orbit meadow')).toBeNull();
    expect(deriveFromRecoveryKey(recoveryKey, Buffer.alloc(16)).equals(deriveFromRecoveryKey(recoveryKey, Buffer.alloc(16)))).toBe(true);
  });

  test('new recovery keys: 28 Crockford symbols, all different over 200 draws', () => {
    const keys = new Set(Array.from({ length: 200 }, newRecoveryKey));
    expect(keys.size).toBe(200);
    for (const k of keys) {
      expect(k).toHaveLength(RECOVERY_KEY_SYMBOLS);
      for (const ch of k) expect(RECOVERY_ALPHABET).toContain(ch);
      expect(formatRecoveryKey(k)).toMatch(RECOVERY_KEY_FORMAT);
    }
  });
});

describe('passphrase rules', () => {
  const personal = ['Ysgol Bryn Derw', 'Alys Pritchard'];

  test.each<[string, string, PassphraseProblem]>([
    ['too short', 'Tr0ub4dor&3', 'tooShort'],
    ['too short (empty)', '', 'tooShort'],
    ['common', 'administrator', 'common'],
    ['common, with digits', 'Password12345', 'common'],
    ['common, spaced', 'q w e r t y u i o p', 'common'],
    ["personal: the school's name", 'ysgol bryn derw rocks', 'personal'],
    ['personal: a word of the school name inside', 'lovely-derw-garden-42', 'personal'],
    ["personal: the user's name", 'Pritchard tundra quince', 'personal'],
    ['pattern', '1234567890123', 'pattern'],
    ['pattern: repeated character', 'aaaaaaaaaaaaaaaa', 'pattern'],
    ['pattern: descending', 'zyxwvutsrqponm', 'pattern'],
    ['too simple', 'abababababab', 'tooSimple'],
  ])('refused: %s (%j → %s)', (_why, passphrase, problem) => {
    const result = assessPassphrase(passphrase, personal);
    expect(result.acceptable).toBe(false);
    expect(result.problems).toContain(problem);
    expect(result.score).toBeLessThanOrEqual(2);
  });

  test.each([
    'correct horse battery staple',
    'violet tundra quince marble',
    'Mae hi’n bwrw glaw heddiw 7',
    'copper-lantern-orbit-meadow',
  ])('accepted: a good four-word phrase (%j)', (passphrase) => {
    const result = assessPassphrase(passphrase, personal);
    expect(result).toMatchObject({ acceptable: true, problems: [] });
    expect(result.score).toBeGreaterThanOrEqual(3);
  });

  test('personal words shorter than 4 letters do not count (no false refusal for "Ann" or "Teg")', () => {
    expect(assessPassphrase('annual tegular quince marble', ['Ysgol Teg', 'Ann Li']).acceptable).toBe(true);
  });
});

describe('recovery key rules', () => {
  const bare = 'ABCD0123EFGH4567JKMN89PQRSTV';
  const formatted = 'ABCD-0123-EFGH-4567-JKMN-89PQ-RSTV';

  test('format: seven groups of four joined by dashes', () => {
    expect(bare).toHaveLength(RECOVERY_KEY_SYMBOLS);
    expect(formatRecoveryKey(bare)).toBe(formatted);
    expect(formatted).toMatch(RECOVERY_KEY_FORMAT);
  });

  test.each([
    ['as shown', formatted],
    ['bare', bare],
    ['lowercase with spaces', 'abcd 0123 efgh 4567 jkmn 89pq rstv'],
    ['mixed separators and extra spaces', '  abcd-0123  EFGH 4567\tjkmn - 89pq rstv \n'],
    ['I and L typed for 1, O typed for 0', 'ABCD-OI23-EFGH-4567-JKMN-89PQ-RSTV'.replace('OI23', 'Ol23')],
  ])('normalize accepts %s', (_how, typed) => {
    expect(normalizeRecoveryKey(typed)).toBe(bare);
  });

  test('normalize maps I and L to 1 and O to 0, in either case', () => {
    expect(normalizeRecoveryKey('oooo-iiii-llll-OOOO-IIII-LLLL-0000')).toBe('0000111111110000111111110000');
  });

  test.each([
    ['one symbol short', formatted.slice(0, -1)],
    ['one symbol long', `${formatted}X`],
    ['empty', ''],
    ['a U (not in the alphabet)', formatted.replace('A', 'U')],
    ['punctuation', formatted.replace('-', '.')],
    ['non-ASCII', formatted.replace('A', 'Á')],
  ])('normalize rejects %s → null', (_why, typed) => {
    expect(normalizeRecoveryKey(typed)).toBeNull();
  });
});
