/**
 * The byte scanner for the plaintext-canary spec (security test 1): every file under the given folders, read raw,
 * searched for each needle in UTF-8 and UTF-16LE and for an unencrypted SQLite header. A file that is merely
 * compressed would hide text from a raw search, so gzip streams and zip archives are also searched unpacked.
 */
import { unzipSync } from 'fflate';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Needle {
  label: string;
  bytes: Buffer;
}

/** Each text in UTF-8 and UTF-16LE (Chromium's storage and Windows APIs use the latter). */
export function textNeedles(texts: Record<string, string>): Needle[] {
  return Object.entries(texts).flatMap(([label, text]) => [
    { label: `${label} "${text}" (UTF-8)`, bytes: Buffer.from(text, 'utf8') },
    { label: `${label} "${text}" (UTF-16LE)`, bytes: Buffer.from(text, 'utf16le') },
  ]);
}

/** What a plaintext SQLite database file starts with (SQLCipher encrypts page 1, header included). */
export const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface Root {
  label: string;
  dir: string;
}

/**
 * Chromium keeps its own unencrypted SQLite files (cookies, history) in its profile: there a header is reported,
 * not failed, and the needles still count.
 */
const BROWSER_PROFILE = /(^|\/)playwright_chromiumdev_profile-[^/]+\//;

export interface ScanResult {
  files: { name: string; bytes: number }[];
  bytes: number;
  hits: string[];
  sqliteFiles: string[];
  /** Chromium's own SQLite files in its profile (reported, not failed). */
  browserSqliteFiles: string[];
  unpacked: number;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return; // removed meanwhile (a running browser tidies its profile)
    }
    for (const name of names) {
      const path = join(folder, name);
      let stat;
      try {
        stat = lstatSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) out.push(path);
    }
  };
  walk(dir);
  return out;
}

/** The file's bytes and, when it is a gzip stream or a zip archive, what it unpacks to. */
function views(bytes: Buffer): { suffix: string; bytes: Buffer }[] {
  const out = [{ suffix: '', bytes }];
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      out.push({ suffix: ' (gunzipped)', bytes: gunzipSync(bytes) });
    } catch {
      // not a whole gzip stream after all
    }
  }
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    try {
      for (const [name, data] of Object.entries(unzipSync(bytes))) out.push({ suffix: ` (zip entry ${name})`, bytes: Buffer.from(data) });
    } catch {
      // not a readable archive
    }
  }
  return out;
}

export function scan(roots: Root[], needles: Needle[]): ScanResult {
  const result: ScanResult = { files: [], bytes: 0, hits: [], sqliteFiles: [], browserSqliteFiles: [], unpacked: 0 };
  for (const root of roots) {
    for (const path of listFiles(root.dir)) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        continue;
      }
      const name = `${root.label}/${relative(root.dir, path)}`;
      result.files.push({ name, bytes: bytes.length });
      result.bytes += bytes.length;
      for (const view of views(bytes)) {
        if (view.suffix) result.unpacked++;
        for (const n of needles) if (view.bytes.includes(n.bytes)) result.hits.push(`${n.label} in ${name}${view.suffix}`);
        if (view.bytes.includes(SQLITE_HEADER)) (BROWSER_PROFILE.test(name) ? result.browserSqliteFiles : result.sqliteFiles).push(`${name}${view.suffix}`);
      }
    }
  }
  return result;
}

/** Per folder: how many files and bytes were read. */
export function describeScan(roots: Root[], result: ScanResult): string {
  return roots
    .map((r) => {
      const files = result.files.filter((f) => f.name.startsWith(`${r.label}/`));
      return `${r.label}: ${files.length} files, ${files.reduce((n, f) => n + f.bytes, 0)} bytes`;
    })
    .join('; ');
}
