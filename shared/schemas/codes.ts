import { z } from 'zod';
import { requiredText } from './common';

/** Need codes are data, not code: Welsh Government is expected to change them (domain.md §6.1). */
export const CodeListKey = z.enum(['WAL_NEED_TYPE', 'ENG_NEED_TYPE']);
export type CodeListKey = z.infer<typeof CodeListKey>;

export const CodeItem = z.object({
  listKey: CodeListKey,
  code: z.string(),
  labelEn: z.string(),
  labelCy: z.string(),
  active: z.boolean(),
});
export type CodeItem = z.infer<typeof CodeItem>;

export const ListCodesInput = z.strictObject({ listKey: CodeListKey.optional() });
export const SaveCodeInput = z.strictObject({
  listKey: CodeListKey,
  code: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _'),
  labelEn: requiredText(120),
  labelCy: requiredText(120),
  active: z.boolean(),
});
