/**
 * The backup file format: one file, `caseload-backup-YYYY-MM-DD-HHMMSS.caseload-backup`.
 *
 *   [the encrypted database, exactly as VACUUM INTO wrote it]
 *   [trailer: JSON { format, version, madeAt, databaseBytes, vault }]   vault = vault.json of that moment
 *   [footer: trailer length (u32 BE) | sha256 of everything before the footer (32 bytes) | magic (16 bytes)]
 *
 * The database part has no plaintext (SQLCipher encrypts page 1, header included); the trailer holds only what
 * vault.json holds (salts, parameters, nonces, ciphertexts, tags) and a date. So the file opens only with the
 * passphrase or the recovery key that were current when it was made. The digest tells a damaged file from a wrong
 * secret before anything is written.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, copyFileSync, fstatSync, fsyncSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, truncateSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../app-error';
import { fsyncFolder, writeFully } from '../atomic-write';
import { FILE_EXTENSIONS } from '../platform';
import { VaultFileSchema, type VaultFile } from '../vault/vault-file';

const MAGIC = Buffer.from('CASELOAD-BACKUP1', 'ascii');
const DIGEST_BYTES = 32;
const FOOTER_BYTES = 4 + DIGEST_BYTES + MAGIC.length;
/** vault.json is about 1 KB; anything much larger is not a trailer we wrote. */
const MAX_TRAILER = 64 * 1024;
const CHUNK = 1024 * 1024;

const Trailer = z.object({
  format: z.literal('caseload-backup'),
  version: z.literal(1),
  madeAt: z.string(),
  databaseBytes: z.number().int().positive(),
  vault: VaultFileSchema,
});
export type BackupTrailer = z.infer<typeof Trailer>;

export interface BackupHead {
  trailer: BackupTrailer;
  bytes: number;
  digest: Buffer;
}

const NOT_A_BACKUP = 'That file is not a Caseload backup. Choose a file whose name ends in .caseload-backup.';
const DAMAGED = 'This backup file is damaged, so it cannot be used. Nothing was changed. Try another backup.';

// ---------------------------------------------------------------------------------------------------------------
// Names.

const NAME = new RegExp(`^caseload-backup-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(?:-(\\d{1,3}))?\\.${FILE_EXTENSIONS.backup}$`);
const TEMP = /^\.caseload-backup-[0-9a-f-]{36}\.tmp(-wal|-shm|-journal)?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Local time, as the person reads it in their file manager. */
function stamp(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

/**
 * A name after every backup of the same second already in the folder (-1, -2…), so names sort in the order the
 * backups were made even after pruning freed an earlier one.
 */
export function freeBackupName(folder: string, at: Date): string {
  const base = `caseload-backup-${stamp(at)}`;
  let next = 0;
  for (const name of readdirSync(folder)) {
    const m = NAME.exec(name);
    if (m?.[1] === stamp(at)) next = Math.max(next, Number(m[2] ?? 0) + 1);
  }
  return `${base}${next ? `-${next}` : ''}.${FILE_EXTENSIONS.backup}`;
}

/** Caseload's own backup files in a folder, newest first (nothing else in the folder is listed). */
export function listBackupFiles(folder: string): string[] {
  const ours = readdirSync(folder).flatMap((name) => {
    const m = NAME.exec(name);
    return m ? [{ name, key: `${m[1]}-${pad(Number(m[2] ?? 0), 3)}` }] : [];
  });
  return ours.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0)).map((f) => f.name);
}

export function tempBackupPath(folder: string): string {
  return join(folder, `.caseload-backup-${randomUUID()}.tmp`);
}

/** Removes a temporary file and anything SQLite kept beside it. */
export function removeTemp(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

/** Temporary files a crash left behind in the folder (ours only, by their exact shape). */
export function removeStaleTemps(folder: string): void {
  for (const name of readdirSync(folder)) if (TEMP.test(name)) rmSync(join(folder, name), { force: true });
}

// ---------------------------------------------------------------------------------------------------------------
// Writing.

function digestOf(fd: number, length: number, more?: Buffer): Buffer {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(Math.min(CHUNK, Math.max(1, length)));
  for (let at = 0; at < length; ) {
    const n = readSync(fd, chunk, 0, Math.min(chunk.length, length - at), at);
    if (n <= 0) throw new AppError('CORRUPT', DAMAGED);
    hash.update(chunk.subarray(0, n));
    at += n;
  }
  if (more) hash.update(more);
  return hash.digest();
}

/** Appends the trailer and footer to a verified database copy and makes it durable. Returns the file's size. */
export function appendTrailer(path: string, madeAt: string, vault: VaultFile): number {
  const fd = openSync(path, 'r+');
  try {
    const databaseBytes = fstatSync(fd).size;
    const json = Buffer.from(JSON.stringify({ format: 'caseload-backup', version: 1, madeAt, databaseBytes, vault } satisfies BackupTrailer), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(json.length);
    const tail = Buffer.concat([json, length, digestOf(fd, databaseBytes, json), MAGIC]);
    writeFully(fd, tail, databaseBytes);
    fsyncSync(fd);
    return databaseBytes + tail.length;
  } finally {
    closeSync(fd);
  }
}

/** The finished temp file takes its name; the folder is synced so the rename survives a power cut. */
export function publish(temp: string, final: string): void {
  renameSync(temp, final);
  fsyncFolder(dirname(final));
}

// ---------------------------------------------------------------------------------------------------------------
// Reading.

function readAt(fd: number, length: number, position: number): Buffer {
  const out = Buffer.alloc(length);
  if (readSync(fd, out, 0, length, position) !== length) throw new AppError('CORRUPT', DAMAGED);
  return out;
}

function parseTrailer(bytes: Buffer): BackupTrailer {
  try {
    return Trailer.parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw new AppError('CORRUPT', DAMAGED);
  }
}

/** The trailer of a backup file (reads the end of the file only). */
export function readBackupHead(path: string): BackupHead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new AppError('BAD_FILE', 'That backup file could not be opened. Check it is still there and try again.');
  }
  try {
    const bytes = fstatSync(fd).size;
    if (bytes < FOOTER_BYTES || !readAt(fd, MAGIC.length, bytes - MAGIC.length).equals(MAGIC)) throw new AppError('BAD_FILE', NOT_A_BACKUP);
    const footer = readAt(fd, FOOTER_BYTES, bytes - FOOTER_BYTES);
    const length = footer.readUInt32BE(0);
    if (length > MAX_TRAILER || length > bytes - FOOTER_BYTES) throw new AppError('CORRUPT', DAMAGED);
    const trailer = parseTrailer(readAt(fd, length, bytes - FOOTER_BYTES - length));
    if (trailer.databaseBytes !== bytes - FOOTER_BYTES - length) throw new AppError('CORRUPT', DAMAGED);
    return { trailer, bytes, digest: footer.subarray(4, 4 + DIGEST_BYTES) };
  } finally {
    closeSync(fd);
  }
}

/** Reads the whole file and compares it with the digest written when it was made. */
export function checkBackupDigest(path: string, head: BackupHead): void {
  const fd = openSync(path, 'r');
  try {
    if (fstatSync(fd).size !== head.bytes) throw new AppError('CORRUPT', DAMAGED);
    if (!digestOf(fd, head.bytes - FOOTER_BYTES).equals(head.digest)) throw new AppError('CORRUPT', DAMAGED);
  } finally {
    closeSync(fd);
  }
}

/** Copies the database part (still encrypted) to `dest` and makes it durable. */
export function extractDatabase(path: string, head: BackupHead, dest: string): void {
  copyFileSync(path, dest);
  truncateSync(dest, head.trailer.databaseBytes);
  const fd = openSync(dest, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (statSync(dest).size !== head.trailer.databaseBytes) throw new AppError('CORRUPT', DAMAGED);
}

/**
 * Moves a verified database file over the live one. Any -wal/-shm are removed first: a stale log replayed onto a
 * different file would corrupt it. The caller has closed (and checkpointed) the live database.
 */
export function installDatabase(file: string, dbFile: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
  renameSync(file, dbFile);
  fsyncFolder(dirname(dbFile));
}
