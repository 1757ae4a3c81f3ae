/**
 * Learner photos: the type is read from the bytes (magic numbers), never from a file name; the image is decoded
 * with a pixel limit (a decompression bomb is refused before it fills memory), turned upright, scaled to at most
 * 800 px and re-encoded as JPEG, which leaves every piece of metadata (EXIF, GPS, camera serials) behind.
 * The result is stored inside the encrypted database.
 */
import sharp from 'sharp';
import { MAX_PHOTO_BYTES } from '../../../shared/schemas/photo';
import { AppError } from '../app-error';
import { appendAudit } from '../repositories/audit';
import * as repo from '../repositories/learners';
import type { Session } from './session';

// Decoded images are personal data: keep none of them in sharp's cache.
sharp.cache(false);

export const MAX_PHOTO_SIDE = 800;
/** 40 megapixels: more than any camera photo a school would use, far less than a bomb claims. */
export const MAX_INPUT_PIXELS = 40_000_000;

type ImageKind = 'jpeg' | 'png' | 'webp';

export function sniffImage(b: Buffer): ImageKind | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return null;
}

const badFile = (message: string) => new AppError('BAD_FILE', message);

export async function normalisePhoto(bytes: Buffer): Promise<{ bytes: Buffer; width: number; height: number }> {
  if (bytes.length > MAX_PHOTO_BYTES) throw badFile('That photo is larger than 10 MB. Choose a smaller one.');
  const kind = sniffImage(bytes);
  if (!kind) throw badFile('That file is not a JPEG, PNG or WebP photo.');
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    const meta = await image.metadata();
    if (meta.format !== kind) throw badFile('That file is not a JPEG, PNG or WebP photo.');
    const { data, info } = await image
      .rotate()
      .resize({ width: MAX_PHOTO_SIDE, height: MAX_PHOTO_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw badFile('That photo could not be read. It may be damaged or too large; try another.');
  }
}

export async function setPhoto(s: Session, learnerId: string, base64: string): Promise<void> {
  const photo = await normalisePhoto(Buffer.from(base64, 'base64'));
  await s.db.transaction().execute(async (trx) => {
    if (!(await repo.getLearner(trx, learnerId))) throw new AppError('NOT_FOUND', 'That learner is no longer in the caseload.');
    await repo.putPhoto(trx, learnerId, { mime: 'image/jpeg', ...photo });
    await appendAudit(trx, { action: 'learner.photo_set', actor: s.actor, entityType: 'learner', entityId: learnerId });
  });
}

export async function removePhoto(s: Session, learnerId: string): Promise<void> {
  await s.db.transaction().execute(async (trx) => {
    await repo.deletePhoto(trx, learnerId);
    await appendAudit(trx, { action: 'learner.photo_removed', actor: s.actor, entityType: 'learner', entityId: learnerId });
  });
}

export async function getPhoto(s: Session, learnerId: string) {
  const row = await repo.getPhoto(s.db, learnerId);
  return row ? { mime: 'image/jpeg' as const, base64: row.bytes.toString('base64'), width: row.width, height: row.height } : null;
}
