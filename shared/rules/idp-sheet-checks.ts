/**
 * The quality checks on an exported or printed IDP: the same rules as the editor and issuing (idp-quality.ts),
 * said in the editor's words (idp-check-labels.ts). A draft lists what is still to complete, gaps then warnings; a
 * version issued with gaps (the coordinator gave a reason) lists the gaps it was issued with, under that reason.
 * A version issued clean has no block at all.
 */
import { IDP_SECTIONS } from '../forms/idp-annex-a';
import { CHECK_LABELS, CHECK_WORDS } from '../forms/idp-check-labels';
import { fill, type Pair, type Say } from '../forms/idp-labels';
import type { Idp, IdpContent } from '../schemas/idp';
import { byWeight, checkIdp, type IdpProblem } from './idp-quality';
import { problemRow } from './idp-rows';
import type { SheetBlock, SheetChecks } from './idp-sheet-model';
import { VAGUE_WORDS } from './wording';

/** A problem in plain words, in English and Welsh; vague wording is quoted back with what to write instead. */
export function problemWords(p: IdpProblem): Pair {
  const v = p.vague;
  if (p.code !== 'vagueWording' || !v) return CHECK_WORDS[p.code];
  // One pass over the template: the quoted words are never read as a placeholder.
  const said = (lang: keyof Pair) => fill(VAGUE_WORDS.said[lang], { words: v.text, suggestion: VAGUE_WORDS.suggest[v.id][lang] });
  return { en: said('en'), cy: said('cy') };
}

/** What a row of each list is called, as the editor calls it ("View 2", "Provision element 2"). */
const ROW_NAMES: Partial<Record<string, Pair>> = CHECK_LABELS.rows;

/** "2B: Additional learning provision – Provision element 2", as the editor's issue dialogue names a place. */
function where(p: IdpProblem, c: IdpContent, s: Say): string {
  const heading = IDP_SECTIONS.find((d) => d.id === p.section)!.heading;
  const row = problemRow(c, p);
  const name = row && ROW_NAMES[row.list];
  if (!row || !name) return s(heading);
  // Each language whole ("… – Provision element 2 / … – Elfen 2 o'r ddarpariaeth"), not the two halves paired.
  const said = (lang: keyof Pair) => `${heading[lang]} – ${fill(name[lang], { n: row.n })}`;
  return s({ en: said('en'), cy: said('cy') });
}

function problemTable(problems: readonly IdpProblem[], c: IdpContent, s: Say): SheetBlock {
  const l = CHECK_LABELS;
  return {
    kind: 'table',
    columns: [
      { label: s(l.where), share: 0.3 },
      { label: s(l.kind), share: 0.17 },
      { label: s(l.what), share: 0.53 },
    ],
    rows: problems.map((p) => [{ text: where(p, c, s) }, { text: s(p.blocking ? l.gap : l.warning) }, { text: s(problemWords(p)) }]),
  };
}

export function sheetChecks(idp: Pick<Idp, 'status' | 'content'> & { override?: Idp['override'] }, s: Say): SheetChecks | null {
  const problems = checkIdp(idp.content);
  const l = CHECK_LABELS;
  if (idp.status === 'draft') {
    if (problems.length === 0) return null;
    return { heading: s(l.stillToComplete), blocks: [{ kind: 'note', text: s(l.draftNote) }, problemTable(byWeight(problems), idp.content, s)] };
  }
  if (!idp.override) return null;
  const gaps = problems.filter((p) => p.blocking);
  return {
    heading: s(l.issuedWithGaps),
    blocks: [{ kind: 'text', label: s(l.reason), value: { text: idp.override.reason } }, gaps.length ? problemTable(gaps, idp.content, s) : { kind: 'note', text: s(l.noGapsNow) }],
  };
}
