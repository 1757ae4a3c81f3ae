/**
 * What crash-sigkill.test.ts and its child (crash-child.ts) share: the seeded random numbers, the probe
 * migrations, the digest of texts reported, and the shape of the lines the child writes.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Migration } from '../../electron/core/db/migrations';
import type { StorePaths } from '../../electron/core/services/session';

/** Seeded, so a failing run can be replayed with the same seed: the sample generator's PRNG. */
export { mulberry32 as prng } from '../../electron/core/sample/generate';

/** Probe migrations after the app's own: a child may bring one more than the last, so some kills land in one. */
export function probeMigrations(count: number): Migration[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return { name: `9${n}-crash-probe`, up: async (trx) => void (await sql.raw(`CREATE TABLE crash_probe_${n} (x INTEGER)`).execute(trx)) };
  });
}

export const digest = (texts: readonly string[]) => createHash('sha256').update(texts.join('\n')).digest('hex');

export interface ChildInput {
  paths: StorePaths;
  passphrase: string;
  seed: number;
  probes: number;
  learners: { id: string; name: string }[];
}

/** One line per transaction the child saw committed (`deleting` and `locking` are said BEFORE they start). */
export type Report =
  | { op: 'unlocked'; probes: number }
  | { op: 'locking' }
  | { op: 'locked' }
  | { op: 'viewed'; id: string }
  | { op: 'learner'; id: string; version: number; notes: string; name?: string }
  | { op: 'contact'; id: string; learnerId: string; name: string }
  | { op: 'profile'; id: string; learnerId: string; version: number; items: string; saved: boolean }
  | { op: 'photo'; learnerId: string }
  | { op: 'deleting'; id: string }
  | { op: 'deleted'; id: string };
