import { z } from 'zod';
import { isIsoDate } from '../rules/dates';

export const Id = z.string().uuid();
export const IsoDate = z.string().refine(isIsoDate, 'a date as YYYY-MM-DD');
export const Version = z.number().int().nonnegative();

/** Optional free text: trimmed, bounded; an empty string means "none". */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.trim())
    .transform((s) => (s === '' ? null : s))
    .nullable();

export const requiredText = (max: number) => z.string().trim().min(1).max(max);

export const ById = z.strictObject({ id: Id });
