/**
 * Writes a folder of files so that a crash, a full disk or a read-only place leaves either the whole folder or
 * nothing under its name: every file goes into a hidden temporary folder beside the target (each fsynced), which
 * is renamed to the target once complete, then the parent is fsynced so the rename itself is durable. A failure
 * removes the temporary folder.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsyncFolder } from '../atomic-write';

export interface FolderFile {
  name: string;
  bytes: Buffer;
}

function writeDurably(path: string, bytes: Buffer): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** `<name>`, else `<name> (2)`, `<name> (3)`…: the first that is not in `parent` yet. */
export function freeFolderName(parent: string, name: string): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name} (${n})`;
    if (!existsSync(join(parent, candidate))) return candidate;
  }
}

export function writeFolderAtomic(target: string, files: readonly FolderFile[]): void {
  const parent = dirname(target);
  const temp = join(parent, `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(temp, { mode: 0o700 });
    for (const f of files) writeDurably(join(temp, f.name), f.bytes);
    fsyncFolder(temp);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
  fsyncFolder(parent);
}
