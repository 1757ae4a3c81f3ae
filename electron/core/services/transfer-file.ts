/**
 * The transfer file: one learner record bundle (JSON), gzipped, sealed with AES-256-GCM under a key derived with
 * scrypt from a one-time passphrase. Layout:
 *
 *   "CASELOAD-TRANSFER\n" · u32 header length · header JSON · nonce (12) · tag (16) · ciphertext · SHA-256 (32)
 *
 * The header (format, version, KDF parameters and salt, a key check) is plain so the file can be opened, and bound
 * to the ciphertext as GCM's additional data, so it cannot be changed either. Two extras tell a person WHY a file
 * does not open, which GCM alone cannot: the trailing SHA-256 catches a damaged or altered file (any flipped
 * byte), and the key check (an HMAC of the derived key) tells a wrong passphrase from a file altered with care.
 * Neither weakens the encryption: the digest covers ciphertext only, and the check reveals no more than a trial
 * decryption would.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { formatRecoveryKey } from '../../../shared/rules/recovery-key';
import { normalizeTransferPassphrase, TRANSFER_PASSPHRASE_SYMBOLS } from '../../../shared/rules/transfer-passphrase';
import { AppError } from '../app-error';
import { deriveFromPassphrase, open, SCRYPT_DEFAULTS, seal, type ScryptParams } from '../vault/crypto';
import { newRecoveryKey } from '../vault/keyring';

const MAGIC = 'CASELOAD-TRANSFER\n';
const FORMAT = 'caseload-transfer';
const CHECK_LABEL = 'caseload transfer key check v1';
const NONCE = 12;
const TAG = 16;
const DIGEST = 32;
const MAX_HEADER = 4096;
/** The largest file made or opened; 60 learners with photos come to a few MB. */
export const MAX_TRANSFER_BYTES = 256 * 1024 * 1024;
/** The decompressed bundle is bounded too: a small file must not inflate into all the memory there is. */
const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

/** The cheapest parameters a file may ask for (tests seal with these; the app always uses SCRYPT_DEFAULTS). */
export const TRANSFER_SCRYPT_MIN: ScryptParams = { N: 2 ** 14, r: 8, p: 1 };

/** Parameters a file may ask for: the app's own, or up to 8 times dearer (so a crafted file cannot ask for 16 GB). */
const Header = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(1),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    N: z.number().int().refine((n) => n >= TRANSFER_SCRYPT_MIN.N && n <= 2 ** 20 && (n & (n - 1)) === 0, 'a power of two'),
    r: z.number().int().min(1).max(16),
    p: z.number().int().min(1).max(4),
    salt: z.string().length(24),
  }),
  cipher: z.literal('aes-256-gcm'),
  check: z.string().length(24),
});
type Header = z.infer<typeof Header>;

const damaged = () => new AppError('BAD_FILE', 'This transfer file is damaged or has been changed since it was made, so it cannot be opened. Ask the school that sent it for a new one.');
const notTransfer = () => new AppError('BAD_FILE', 'This is not a Caseload transfer file. Choose the .caseload-transfer file the other school sent.');
const wrongPassphrase = () => new AppError('WRONG_PASSPHRASE', 'That transfer passphrase is not right. Check the six groups of four letters and numbers the sending school gave you, and try again.');

const keyCheck = (kek: Buffer) => createHmac('sha256', kek).update(CHECK_LABEL).digest().subarray(0, 18).toString('base64');
const aadOf = (headerJson: string) => MAGIC + headerJson;

/** A fresh one-time passphrase, shown in groups: XXXX-XXXX-XXXX-XXXX-XXXX-XXXX. */
export function newTransferPassphrase(): string {
  return formatRecoveryKey(newRecoveryKey(TRANSFER_PASSPHRASE_SYMBOLS));
}

/** Seals `json` under `passphrase` (as shown, or bare): the bytes of a transfer file. */
export async function sealTransfer(json: string, passphrase: string, params: ScryptParams = SCRYPT_DEFAULTS): Promise<Buffer> {
  const bare = normalizeTransferPassphrase(passphrase);
  if (!bare) throw new AppError('INTERNAL', 'The transfer passphrase could not be made.');
  const salt = randomBytes(16);
  const kek = await deriveFromPassphrase(bare, salt, params);
  try {
    const header: Header = { format: FORMAT, version: 1, kdf: { name: 'scrypt', ...params, salt: salt.toString('base64') }, cipher: 'aes-256-gcm', check: keyCheck(kek) };
    const headerJson = JSON.stringify(header);
    const sealed = seal(gzipSync(Buffer.from(json, 'utf8'), { level: 9 }), kek, aadOf(headerJson));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(Buffer.byteLength(headerJson));
    const body = Buffer.concat([
      Buffer.from(MAGIC, 'ascii'),
      length,
      Buffer.from(headerJson, 'utf8'),
      Buffer.from(sealed.nonce, 'base64'),
      Buffer.from(sealed.tag, 'base64'),
      Buffer.from(sealed.ciphertext, 'base64'),
    ]);
    return Buffer.concat([body, createHash('sha256').update(body).digest()]);
  } finally {
    kek.fill(0);
  }
}

/** Splits a file into its header and sealed parts, checking everything that can be checked without the key. */
function readLayout(bytes: Buffer): { header: Header; headerJson: string; nonce: Buffer; tag: Buffer; ciphertext: Buffer } {
  const magic = Buffer.from(MAGIC, 'ascii');
  if (bytes.length < magic.length + 4 || !bytes.subarray(0, magic.length).equals(magic)) throw notTransfer();
  const body = bytes.subarray(0, bytes.length - DIGEST);
  if (bytes.length < magic.length + 4 + NONCE + TAG + DIGEST) throw damaged();
  if (!createHash('sha256').update(body).digest().equals(bytes.subarray(bytes.length - DIGEST))) throw damaged();
  const headerLength = body.readUInt32BE(magic.length);
  const start = magic.length + 4;
  if (headerLength > MAX_HEADER || start + headerLength + NONCE + TAG > body.length) throw damaged();
  const headerJson = body.subarray(start, start + headerLength).toString('utf8');
  let header: Header;
  try {
    header = Header.parse(JSON.parse(headerJson));
  } catch {
    throw new AppError('BAD_FILE', 'This transfer file was made in a way this version of Caseload cannot read. Update Caseload, or ask the sending school to make the file again.');
  }
  const rest = body.subarray(start + headerLength);
  return { header, headerJson, nonce: rest.subarray(0, NONCE), tag: rest.subarray(NONCE, NONCE + TAG), ciphertext: rest.subarray(NONCE + TAG) };
}

/** The bundle's JSON text from a transfer file and the passphrase typed; nothing is written anywhere. */
export async function openTransfer(bytes: Buffer, typed: string): Promise<string> {
  if (bytes.length > MAX_TRANSFER_BYTES) throw new AppError('BAD_FILE', 'That file is too large to be a Caseload transfer file.');
  const { header, headerJson, nonce, tag, ciphertext } = readLayout(bytes);
  const bare = normalizeTransferPassphrase(typed);
  if (!bare) throw wrongPassphrase();
  const { N, r, p, salt } = header.kdf;
  const kek = await deriveFromPassphrase(bare, Buffer.from(salt, 'base64'), { N, r, p });
  try {
    const check = Buffer.from(keyCheck(kek), 'base64');
    const expected = Buffer.from(header.check, 'base64');
    if (check.length !== expected.length || !timingSafeEqual(check, expected)) throw wrongPassphrase();
    const zipped = open({ nonce: nonce.toString('base64'), tag: tag.toString('base64'), ciphertext: ciphertext.toString('base64') }, kek, aadOf(headerJson));
    if (!zipped) throw damaged();
    return inflate(zipped);
  } finally {
    kek.fill(0);
  }
}

function inflate(zipped: Buffer): string {
  try {
    return gunzipSync(zipped, { maxOutputLength: MAX_BUNDLE_BYTES }).toString('utf8');
  } catch {
    throw damaged();
  }
}
