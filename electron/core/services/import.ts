/**
 * Importing learners from an MIS export. The preview reports every row; the commit reads the file again (it never
 * trusts the preview), refuses while any row it would import still has a problem, and applies everything in ONE
 * transaction: a failure on row 9,000 leaves the caseload exactly as it was. Existing learners are matched by
 * UPN and updated field by field; every learner touched gets an audit entry (ids and field names, never values).
 */
import { randomUUID } from 'node:crypto';
import { todayIso } from '../../../shared/rules/dates';
import { mappingProblem, suggestMapping, unmappedRequired, type ColumnMapping } from '../../../shared/rules/import-mapping';
import type { ImportCommitInput, ImportPreview, ImportPreviewInput, ImportPreviewRow, ImportSummary } from '../../../shared/schemas/import';
import { LEARNER_DEFAULTS, type LearnerFields } from '../../../shared/schemas/learner';
import { AppError, isAppError } from '../app-error';
import { nowIso, type Db, type Trx } from '../db/client';
import { toAppError } from '../db/errors';
import { classify, readRows, upnsOf, type AssessedRow, type Existing, type ReadRow } from '../import/assess';
import { parseCsv, type CsvFile } from '../import/csv';
import { appendAudit } from '../repositories/audit';
import * as repo from '../repositories/learners';
import { toColumns, toFields } from './learner-mapping';
import type { Session } from './session';

export type Progress = (p: { done: number; total: number }) => void;

/** Rows applied between two progress events (and two turns of the event loop, so the events get out). */
const CHUNK = 200;

function checkedMapping(file: CsvFile, given: ColumnMapping | undefined): ColumnMapping {
  const mapping = given ?? suggestMapping(file.headers);
  const problem = mappingProblem(mapping, file.headers.length);
  if (problem?.kind === 'twice') throw new AppError('INVALID', 'Two columns are matched to the same field. Match each field to one column.');
  if (problem) throw new AppError('INVALID', `Column ${problem.column + 1} is not in the file. Choose the columns again.`);
  return mapping;
}

async function existingByUpn(db: Db | Trx, rows: readonly ReadRow[]): Promise<Map<string, Existing>> {
  const records = await repo.findLearnersByUpns(db, upnsOf(rows));
  return new Map(records.map((r) => [r.upn!, { id: r.id, version: r.version, fields: toFields(r, []) }]));
}

function toPreviewRow(r: AssessedRow): ImportPreviewRow {
  return { row: r.row, action: r.action, values: r.values, problems: r.problems, ...(r.problems.length ? { raw: r.raw } : {}) };
}

export async function previewImport(s: Session, input: ImportPreviewInput): Promise<ImportPreview> {
  const file = parseCsv(input.csv);
  const mapping = checkedMapping(file, input.mapping);
  const read = readRows(file, mapping, input.fixes ?? {}, todayIso());
  const rows = classify(read, await existingByUpn(s.db, read));
  const count = (action: string) => rows.filter((r) => r.action === action && r.problems.length === 0).length;
  return {
    headers: file.headers,
    sample: file.headers.map((_, i) => file.records[0]?.cells[i] ?? ''),
    delimiter: file.delimiter,
    mapping,
    unmapped: unmappedRequired(mapping),
    rows: rows.map(toPreviewRow),
    counts: { rows: rows.length, add: count('add'), update: count('update'), unchanged: count('unchanged'), problems: rows.filter((r) => r.problems.length > 0).length },
  };
}

/** Turns a failure on one row into a message that names the row; the transaction around it rolls back. */
function rowFailed(row: number, e: unknown): AppError {
  const known = toAppError(e);
  if (isAppError(known) && known.code !== 'CONFLICT' && known.code !== 'NOT_FOUND') return known;
  // A database error's code says what kind of rule was broken without quoting the row's values.
  const kind = typeof e === 'object' && e !== null && 'code' in e ? ` (${String(e.code)})` : '';
  return new AppError('IMPORT_FAILED', `Row ${row} could not be saved${kind}, so nothing was imported. Your caseload is unchanged.`);
}

async function addLearner(trx: Trx, s: Session, r: AssessedRow): Promise<string> {
  const id = randomUUID();
  const at = nowIso();
  const fields = { ...LEARNER_DEFAULTS, ...r.values } as LearnerFields;
  await repo.insertLearner(trx, { id, version: 1, created_at: at, updated_at: at, ...toColumns(fields) } as never);
  await repo.insertTimelineEvent(trx, { id: randomUUID(), learnerId: id, date: todayIso(), type: 'imported', detail: 'added' });
  await appendAudit(trx, { action: 'learner.imported', actor: s.actor, entityType: 'learner', entityId: id, details: { change: 'added' } });
  return id;
}

async function updateLearner(trx: Trx, s: Session, r: AssessedRow, match: Existing): Promise<void> {
  const fields = Object.keys(r.changes).sort();
  await repo.updateLearner(trx, match.id, match.version, { ...toColumns(r.changes as Partial<LearnerFields>), updated_at: nowIso() });
  await repo.insertTimelineEvent(trx, { id: randomUUID(), learnerId: match.id, date: todayIso(), type: 'imported', detail: 'updated' });
  await appendAudit(trx, { action: 'learner.imported', actor: s.actor, entityType: 'learner', entityId: match.id, details: { change: 'updated', fields } });
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function applyRows(trx: Trx, s: Session, rows: readonly AssessedRow[], progress: Progress): Promise<void> {
  progress({ done: 0, total: rows.length });
  for (const [i, r] of rows.entries()) {
    try {
      if (r.existing) await updateLearner(trx, s, r, r.existing);
      else await addLearner(trx, s, r);
    } catch (e) {
      throw rowFailed(r.row, e);
    }
    if ((i + 1) % CHUNK === 0 && i + 1 < rows.length) {
      progress({ done: i + 1, total: rows.length });
      await nextTurn();
    }
  }
  progress({ done: rows.length, total: rows.length });
}

function refuseProblems(rows: readonly AssessedRow[], skip: ReadonlySet<number>): void {
  const blocking = rows.filter((r) => r.problems.length > 0 && !skip.has(r.row)).map((r) => r.row);
  if (blocking.length === 0) return;
  const shown = blocking.slice(0, 5).join(', ') + (blocking.length > 5 ? ` and ${blocking.length - 5} more` : '');
  throw new AppError('INVALID', `Rows ${shown} still have problems. Skip or fix them, then import again. Nothing was imported.`);
}

export async function commitImport(s: Session, input: ImportCommitInput, progress: Progress): Promise<ImportSummary> {
  const file = parseCsv(input.csv);
  const mapping = checkedMapping(file, input.mapping);
  const skip = new Set(input.skip);
  const read = readRows(file, mapping, input.fixes, todayIso());
  return s.db.transaction().execute(async (trx) => {
    // Matched inside the transaction, so what is applied is what the database holds now.
    const rows = classify(read, await existingByUpn(trx, read), skip);
    refuseProblems(rows, skip);
    const todo = rows.filter((r) => !skip.has(r.row) && (r.action === 'add' || r.action === 'update'));
    await applyRows(trx, s, todo, progress);
    const summary: ImportSummary = {
      added: todo.filter((r) => r.action === 'add').length,
      updated: todo.filter((r) => r.action === 'update').length,
      unchanged: rows.filter((r) => !skip.has(r.row) && r.action === 'unchanged').length,
      skipped: rows.filter((r) => skip.has(r.row)).map((r) => ({ row: r.row, reasons: r.problems })),
    };
    const { added, updated, unchanged } = summary;
    await appendAudit(trx, { action: 'import.committed', actor: s.actor, details: { rows: rows.length, added, updated, unchanged, skipped: summary.skipped.length } });
    return summary;
  });
}
