/**
 * What changed between two versions of an IDP, section by section: fields changed, and rows (a provision element,
 * a view, a source) added, removed or changed, matched by their ids (a new draft keeps the ids of the version it
 * was copied from). Pure, so the editor can show it from two versions it already holds.
 */
import { IDP_SECTIONS, type IdpSectionId } from '../forms/idp-annex-a';
import type { IdpContent } from '../schemas/idp';

export interface FieldChange {
  kind: 'added' | 'removed' | 'changed';
  /** 1-based position of the row in the newer version (or the older, if it was removed); absent for plain fields. */
  row?: number;
  /** The field's key ("what", "outcomeDate"…); absent when a whole row was added or removed. */
  field?: string;
  before: string;
  after: string;
}

export interface SectionDiff {
  section: IdpSectionId;
  changes: FieldChange[];
}

type Row = { id: string } & Record<string, unknown>;

const show = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : typeof v === 'boolean' || typeof v === 'number' ? String(v) : JSON.stringify(v));

/** A row in a line, for "added" and "removed": its text fields joined. */
const summary = (row: Row): string =>
  Object.entries(row)
    .filter(([k, v]) => k !== 'id' && typeof v === 'string' && v.trim() !== '')
    .map(([, v]) => v as string)
    .join(' · ');

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>, row?: number): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (field === 'id') continue;
    const a = before[field];
    const b = after[field];
    if (Array.isArray(a) || Array.isArray(b)) {
      out.push(...rowChanges((a ?? []) as Row[], (b ?? []) as Row[]).map((c) => ({ ...c, field: c.field ?? field, ...(row !== undefined && { row }) })));
    } else if (show(a) !== show(b)) {
      out.push({ kind: 'changed', field, before: show(a), after: show(b), ...(row !== undefined && { row }) });
    }
  }
  return out;
}

/** Rows are matched by id; rows copied in afresh (a refreshed profile) with the same words count as the same row. */
function rowChanges(before: readonly Row[], after: readonly Row[]): FieldChange[] {
  const out: FieldChange[] = [];
  const afterIds = new Set(after.map((r) => r.id));
  const oldById = new Map(before.map((r) => [r.id, r]));
  const unmatchedOld = before.filter((r) => !afterIds.has(r.id)).map((r) => ({ r, text: JSON.stringify({ ...r, id: '' }) }));
  const reused = new Set<Row>();
  after.forEach((r, i) => {
    const was = oldById.get(r.id);
    if (was) return out.push(...fieldChanges(was, r, i + 1));
    const same = unmatchedOld.find((o) => !reused.has(o.r) && o.text === JSON.stringify({ ...r, id: '' }));
    if (same) reused.add(same.r);
    else out.push({ kind: 'added', row: i + 1, before: '', after: summary(r) });
  });
  before.forEach((r, i) => {
    if (!afterIds.has(r.id) && !reused.has(r)) out.push({ kind: 'removed', row: i + 1, before: summary(r), after: '' });
  });
  return out;
}

/** The sections that differ, in the order of the form, with what changed in each. */
export function diffIdp(before: IdpContent, after: IdpContent): SectionDiff[] {
  const out: SectionDiff[] = [];
  for (const { id } of IDP_SECTIONS) {
    const a: unknown = before[id];
    const b: unknown = after[id];
    const changes = Array.isArray(a) ? rowChanges(a as Row[], b as Row[]) : fieldChanges(a as Record<string, unknown>, b as Record<string, unknown>);
    if (changes.length) out.push({ section: id, changes });
  }
  return out;
}
