/**
 * Helpers for the register tests (learners, contacts, photos, deletion, temp spill), on top of helpers.ts.
 *
 * `decryptedPages` reads the database file and its WAL the way an attacker holding the key would: every page of
 * the file and every frame of the log (stale ones included), decrypted with the SQLCipher-4 layout pinned in
 * db/cipher.ts. A raw scan of the file only ever sees ciphertext; this one sees what SQLite left on disk, free
 * pages and old frames included, so "the deleted learner's strings are gone" means something.
 */
import { createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import type { Core } from '../../electron/core/index';
import { storePaths } from '../../electron/core/index';
import type { Db } from '../../electron/core/db/client';
import type { Input, Output } from '../../shared/ipc';
import { isBankHoliday } from '../../shared/rules/bank-holidays';
import { addDays, isWeekend } from '../../shared/rules/dates';
import { databaseKey, ok, setupVault, withDatabase } from './helpers';

export interface RegisterVault {
  dir: string;
  core: Core;
  passphrase: string;
  key: Buffer;
}

/** A vault set up through the contract (fast KDF), unlocked, with the database key for raw reads. */
export async function registerVault(): Promise<RegisterVault> {
  const { dir, core, passphrase } = await setupVault();
  return { dir, core, passphrase, key: await databaseKey(dir, passphrase) };
}

export async function addLearner(core: Core, input: Partial<Input<'learners.create'>> = {}): Promise<Output<'learners.create'>> {
  return ok(await core.invoke('learners.create', { legalFirstName: 'Test', legalLastName: 'Learner', dateOfBirth: '2015-01-01', ...input }));
}

/** A second connection with the key (WAL lets it read beside the core's own). */
export function withDb<T>(v: RegisterVault, fn: (db: Db) => Promise<T>): Promise<T> {
  return withDatabase(storePaths(v.dir).dbFile, v.key, fn);
}

export async function auditCount(v: RegisterVault): Promise<number> {
  return withDb(v, async (db) => Number((await db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n));
}

export const json = (x: unknown) => JSON.stringify(x);

// ---------------------------------------------------------------------------------------------------------------
// Byte scans.

export interface Needle {
  label: string;
  bytes: Buffer;
}

/** Each text in UTF-8 and UTF-16LE. */
export function textNeedles(texts: readonly string[]): Needle[] {
  return texts.flatMap((t) => [
    { label: `${t} (UTF-8)`, bytes: Buffer.from(t, 'utf8') },
    { label: `${t} (UTF-16LE)`, bytes: Buffer.from(t, 'utf16le') },
  ]);
}

export function hits(haystack: Buffer, needles: readonly Needle[]): string[] {
  return needles.filter((n) => haystack.includes(n.bytes)).map((n) => n.label);
}

const PAGE = 4096;
const RESERVE = 80; // SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page
const WAL_HEADER = 32;
const FRAME_HEADER = 24;

function decryptPage(page: Buffer, pgno: number, key: Buffer): Buffer {
  const start = pgno === 1 ? 16 : 0; // page 1 begins with the salt in place of "SQLite format 3"
  const decipher = createDecipheriv('aes-256-cbc', key, page.subarray(PAGE - RESERVE, PAGE - RESERVE + 16));
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(page.subarray(start, PAGE - RESERVE)), decipher.final()]);
}

/** Every page of `dbFile` and every frame of `dbFile-wal`, decrypted, one after another. */
export function decryptedPages(dbFile: string, key: Buffer): { bytes: Buffer; pages: number; frames: number } {
  const out: Buffer[] = [];
  const file = readFileSync(dbFile);
  for (let off = 0; off + PAGE <= file.length; off += PAGE) out.push(decryptPage(file.subarray(off, off + PAGE), off / PAGE + 1, key));
  // Proves the layout and key are right (else every later scan would pass vacuously): page size 4096, 80 reserved.
  if (out[0]?.readUInt16BE(0) !== PAGE || out[0][4] !== RESERVE) throw new Error('page 1 did not decrypt to a SQLite header');
  let frames = 0;
  if (existsSync(`${dbFile}-wal`)) {
    const wal = readFileSync(`${dbFile}-wal`);
    for (let off = WAL_HEADER; off + FRAME_HEADER + PAGE <= wal.length; off += FRAME_HEADER + PAGE, frames++) {
      out.push(decryptPage(wal.subarray(off + FRAME_HEADER, off + FRAME_HEADER + PAGE), wal.readUInt32BE(off), key));
    }
  }
  return { bytes: Buffer.concat(out), pages: file.length / PAGE, frames };
}

// ---------------------------------------------------------------------------------------------------------------
// Dates.

/** The nth weekday after `start` that is not a bank holiday, counted by hand (independent of shared/rules/deadlines). */
export function nthWeekdayAfter(start: string, n: number): string {
  let d = start;
  for (let counted = 0; counted < n; ) {
    d = addDays(d, 1);
    if (!isWeekend(d) && !isBankHoliday(d)) counted++;
  }
  return d;
}

/** Whole days from `from` to `to` (both ISO dates). */
export const dayDiff = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

// ---------------------------------------------------------------------------------------------------------------
// Images.

/** A photo-like JPEG (seeded noise, so it does not compress to nothing), optionally with EXIF written by sharp. */
export async function noiseJpeg(width: number, height: number, seed = 1, exif?: Record<string, Record<string, string>>): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let x = seed >>> 0;
  for (let i = 0; i < pixels.length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    pixels[i] = (x >>> 24) & 0xff;
  }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 });
  return (exif ? image.withExif(exif) : image).toBuffer();
}

/** `count` slices of `size` bytes spread through the middle of `bytes` (needles for a stored blob, headers left out). */
export function slices(bytes: Buffer, count: number, size: number, label: string): Needle[] {
  const step = Math.floor((bytes.length - size) / (count + 1));
  return Array.from({ length: count }, (_, i) => (i + 1) * step).map((at) => ({ label: `${label} @${at}`, bytes: bytes.subarray(at, at + size) }));
}
