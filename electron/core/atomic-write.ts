import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a file so that a crash leaves either the old content or the new, never a torn file:
 * temp file beside the target, fsync, rename over the target, fsync the folder (so the rename itself is durable).
 */
export function writeFileAtomic(path: string, data: string | Buffer): void {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeFully(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  fsyncFolder(dirname(path));
}

/**
 * write(2) may write less than asked (a file-size limit, a disk filling up) without an error: the rest is written
 * until it all is, or the next write fails with the real error (ENOSPC, EFBIG). Never a silently short file.
 */
export function writeFully(fd: number, bytes: Buffer, position?: number): void {
  for (let at = 0; at < bytes.length; ) {
    at += writeSync(fd, bytes, at, bytes.length - at, position === undefined ? null : position + at);
  }
}

export function fsyncFolder(folder: string): void {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
