import type { UpdateResult } from 'kysely';
import { AppError } from '../app-error';

/**
 * Optimistic concurrency, one rule for every record that is edited in place: an update names the version it was
 * based on, and lands only if the row is still at it. A stale write is refused (CONFLICT) rather than silently
 * overwriting someone's change; a row that has gone is NOT_FOUND.
 */
export async function requireVersionedUpdate(
  result: UpdateResult,
  stillThere: () => Promise<unknown>,
  what: { gone: string; noun: string },
): Promise<void> {
  if (Number(result.numUpdatedRows) === 1) return;
  if (!(await stillThere())) throw new AppError('NOT_FOUND', what.gone);
  throw new AppError('CONFLICT', `This ${what.noun} was changed somewhere else since you opened it. Your change was not saved; the latest version is shown now.`);
}
