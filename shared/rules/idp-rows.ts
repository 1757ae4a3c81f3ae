/**
 * Which row of a section a quality problem is about: the editor's checks panel and the printed and exported
 * plan's "Still to complete" both name it ("Provision element 2"), each in its own words.
 */
import type { IdpSectionId } from '../forms/idp-annex-a';
import type { IdpContent } from '../schemas/idp';
import type { IdpProblem } from './idp-quality';

/** Sections whose rows sit in a list inside the section rather than being the section itself. */
export const NESTED_ROWS: Partial<Record<IdpSectionId, string>> = { aboutMe: 'items', alnDescription: 'needs', transition: 'actions' };

/** The rows of a section's list, and the list's name. */
export function sectionRows(content: IdpContent, section: IdpSectionId): { list: string; rows: readonly { id: string }[] } | null {
  const nested = NESTED_ROWS[section];
  if (nested) return { list: nested, rows: (content[section] as unknown as Record<string, { id: string }[]>)[nested]! };
  const value = content[section];
  return Array.isArray(value) ? { list: section, rows: value } : null;
}

/** The list a problem's row is in and its number (from 1); null for a problem about the whole section. */
export function problemRow(content: IdpContent, p: IdpProblem): { list: string; n: number } | null {
  if (!p.rowId) return null;
  const found = sectionRows(content, p.section);
  const i = found?.rows.findIndex((r) => r.id === p.rowId) ?? -1;
  return found && i >= 0 ? { list: found.list, n: i + 1 } : null;
}
