/**
 * Importing learners from a CSV exported by the school's MIS: a preview (every row, its values, its problems and
 * whether it adds or updates a learner), then a commit that applies it all in one transaction or nothing.
 */
import { z } from 'zod';
import { IMPORT_FIELDS, PROBLEM_CODES } from '../rules/import-values';
import { Medium, YearGroup } from './learner';

/** 20 MB of text; the renderer refuses a bigger file before reading it. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;
export const MAX_CSV_CHARS = MAX_CSV_BYTES;
export const MAX_IMPORT_ROWS = 50_000;
const MAX_COLUMNS = 500;

export const ImportField = z.enum(IMPORT_FIELDS);
export const ProblemCode = z.enum(PROBLEM_CODES);

/** A JSON object key naming a column (0-based) or a row (1-based, as the file shows it). */
const COLUMN_KEY = /^(0|[1-9]\d{0,2})$/;
const ROW_KEY = /^[1-9]\d{0,6}$/;
const RowNumber = z.number().int().min(1).max(9_999_999);

/**
 * An object keyed by column or row number. The keys are checked before anything else, so a refusal never quotes
 * an unexpected key back (dispatch names the path of the first problem, and a key can be any length).
 */
function keyedRecord<V extends z.ZodType>(key: RegExp, value: V, maxKeys: number) {
  const keysOk = (o: unknown) => {
    const keys = typeof o === 'object' && o !== null && !Array.isArray(o) ? Object.keys(o) : [];
    return keys.length <= maxKeys && keys.every((k) => key.test(k));
  };
  const schema = z.unknown().refine(keysOk, 'keys must be column or row numbers').pipe(z.record(z.string(), value));
  // The piped schema's input type is `unknown`; callers should still see (and type) the record they send.
  return schema as unknown as z.ZodType<Record<string, z.output<V>>, Record<string, z.input<V>>>;
}

export const ColumnMappingSchema = keyedRecord(COLUMN_KEY, ImportField.nullable(), MAX_COLUMNS);

/** Per row, per field: the text typed to replace what the file says. */
export const ImportFixes = keyedRecord(ROW_KEY, z.partialRecord(ImportField, z.string().max(200)), MAX_IMPORT_ROWS);

const Csv = z.string().max(MAX_CSV_CHARS);

export const ImportPreviewInput = z.strictObject({
  csv: Csv,
  mapping: ColumnMappingSchema.optional(),
  fixes: ImportFixes.optional(),
});
export type ImportPreviewInput = z.infer<typeof ImportPreviewInput>;

export const ImportCommitInput = z.strictObject({
  csv: Csv,
  mapping: ColumnMappingSchema,
  skip: z.array(RowNumber).max(MAX_IMPORT_ROWS),
  fixes: ImportFixes,
});
export type ImportCommitInput = z.infer<typeof ImportCommitInput>;

export const ImportProblem = z.object({
  field: ImportField.nullable(),
  code: ProblemCode,
  /** For a duplicate: the earlier row with the same UPN. */
  row: z.number().optional(),
});
export type ImportProblemDto = z.infer<typeof ImportProblem>;

export const ImportValuesDto = z
  .object({
    legalFirstName: z.string(),
    legalLastName: z.string(),
    preferredName: z.string(),
    dateOfBirth: z.string(),
    upn: z.string(),
    yearGroup: YearGroup,
    registrationGroup: z.string(),
    homeLanguages: z.array(z.string()),
    lookedAfter: z.boolean(),
    eal: z.boolean(),
    medium: Medium,
  })
  .partial();

/**
 * add: a new learner; update: the learner with this UPN, changed; unchanged: that learner already holds these
 * values; duplicate: an earlier row of the file has the same UPN.
 */
export const ImportAction = z.enum(['add', 'update', 'unchanged', 'duplicate']);
export type ImportAction = z.infer<typeof ImportAction>;

export const ImportPreviewRow = z.object({
  row: z.number(),
  action: ImportAction,
  values: ImportValuesDto,
  problems: z.array(ImportProblem),
  /** What the file (or a fix) says, by field: sent only for rows with problems, to fill the fix boxes. */
  raw: z.partialRecord(ImportField, z.string()).optional(),
});
export type ImportPreviewRow = z.infer<typeof ImportPreviewRow>;

export const ImportPreview = z.object({
  headers: z.array(z.string()),
  /** The first data row's cells, to show beside each header while the columns are matched. */
  sample: z.array(z.string()),
  delimiter: z.enum([',', ';', '\t']),
  mapping: z.record(z.string(), ImportField.nullable()),
  /** Fields a new learner needs that no column provides. */
  unmapped: z.array(ImportField),
  rows: z.array(ImportPreviewRow),
  counts: z.object({ rows: z.number(), add: z.number(), update: z.number(), unchanged: z.number(), problems: z.number() }),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportSummary = z.object({
  added: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  skipped: z.array(z.object({ row: z.number(), reasons: z.array(ImportProblem) })),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ImportProgress = z.object({ done: z.number(), total: z.number() });
