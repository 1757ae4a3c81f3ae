import { z } from 'zod';
import { Id } from './common';

/** 10 MB of image in, as base64 (4 characters for every 3 bytes). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTO_BASE64 = Math.ceil(MAX_PHOTO_BYTES / 3) * 4;

export const SetPhotoInput = z.strictObject({ learnerId: Id, imageBase64: z.string().min(1).max(MAX_PHOTO_BASE64 + 4) });
export const PhotoOf = z.strictObject({ learnerId: Id });
export const Photo = z.object({ mime: z.literal('image/jpeg'), base64: z.string(), width: z.number(), height: z.number() }).nullable();
