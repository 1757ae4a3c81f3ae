import { rmSync } from 'node:fs';
import type { Sqlite } from './open';

/**
 * A consistent copy of the live database through `VACUUM INTO`: the copy keeps the same cipher and key.
 * Never the driver's `.backup()` (it fails on an encrypted database and leaves an empty file).
 */
export function vacuumInto(sqlite: Sqlite, dest: string): void {
  rmSync(dest, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(dest);
}
