/**
 * Vague wording in targets and provision (domain.md §2.4): phrases that make a commitment impossible to check.
 * Each has an id; the editor and the exports turn the id into words (and a suggestion) in English or Welsh.
 */
export const VAGUE_PHRASES = [
  { id: 'asRequired', pattern: /\bas (required|needed|necessary)\b/i },
  { id: 'accessTo', pattern: /\baccess to\b/i },
  { id: 'regular', pattern: /\bregular(ly)?\b/i },
  { id: 'whenAppropriate', pattern: /\b(when|where|as) appropriate\b/i },
  { id: 'whenNeeded', pattern: /\b(support )?when (needed|necessary)\b/i },
  { id: 'opportunities', pattern: /\bopportunit(y|ies) to\b/i },
] as const;

export type VaguePhraseId = (typeof VAGUE_PHRASES)[number]['id'];

export interface VagueMatch {
  id: VaguePhraseId;
  /** The words as written, to quote back to the person. */
  text: string;
}

/** Every vague phrase in the text, in the order of the list (each at most once). */
export function findVagueWording(text: string): VagueMatch[] {
  const found: VagueMatch[] = [];
  for (const { id, pattern } of VAGUE_PHRASES) {
    const m = pattern.exec(text);
    if (m) found.push({ id, text: m[0] });
  }
  return found;
}
