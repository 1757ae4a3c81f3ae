/**
 * Vague wording in targets and provision (domain.md §2.4): phrases that make a commitment impossible to check, in
 * English and in Welsh (a Welsh plan or target says the same vague things in its own words). Each phrase has an
 * id; the editor and the exports turn the id into words (and a suggestion) in the language of the screen or the
 * document, quoting the phrase as it was written. The Welsh patterns take the mutated forms too (mynediad →
 * fynediad, rheolaidd → reolaidd, cyfle → gyfle, chyfle).
 */
export const VAGUE_PHRASES = [
  { id: 'asRequired', pattern: /\bas (required|needed|necessary)\b/i, welsh: /\byn [ôo]l (yr angen|y gofyn)\b|\bfel (y )?bo(['’]r)? angen\b/i },
  { id: 'accessTo', pattern: /\baccess to\b/i, welsh: /\b[mf]ynediad (at|i)\b/i },
  { id: 'regular', pattern: /\bregular(ly)?\b/i, welsh: /\b(yn )?r(h)?eolaidd\b|\bbob hyn a hyn\b/i },
  { id: 'whenAppropriate', pattern: /\b(when|where|as) appropriate\b/i, welsh: /\b(pan fo|lle bo|fel y bo)['’]n briodol\b|\bpan fydd yn briodol\b/i },
  { id: 'whenNeeded', pattern: /\b(support )?when (needed|necessary)\b/i, welsh: /\b((cymorth|cefnogaeth) )?(pan (fo|fydd)|os oes) angen\b/i },
  { id: 'opportunities', pattern: /\bopportunit(y|ies) to\b/i, welsh: /\b(c|g|ch)yfle(oedd)? i\b/i },
] as const;

export type VaguePhraseId = (typeof VAGUE_PHRASES)[number]['id'];

export interface VagueMatch {
  id: VaguePhraseId;
  /** The words as written, to quote back to the person. */
  text: string;
}

/** Every vague phrase in the text, in the order of the list (each at most once; the English words first). */
export function findVagueWording(text: string): VagueMatch[] {
  const found: VagueMatch[] = [];
  for (const { id, pattern, welsh } of VAGUE_PHRASES) {
    const m = pattern.exec(text) ?? welsh.exec(text);
    if (m) found.push({ id, text: m[0] });
  }
  return found;
}

/**
 * A vague phrase said back, with what to write instead, in both languages: the exported and printed IDP
 * (shared/rules/idp-sheet-checks.ts) and the OPP+ Word export (electron/core/export/opp-plus-labels.ts) use these.
 * They are the editor's own words (renderer i18n `oppPlus.checks.vague` and `.suggest`); unit tests
 * (idp-docx.test.ts, opp-plus-labels.test.ts) keep them the same.
 */
export const VAGUE_WORDS = {
  said: { en: '“{words}” is hard to check. {suggestion}', cy: "Mae'n anodd gwirio “{words}”. {suggestion}" },
  suggest: {
    asRequired: { en: 'Say how often and for how long instead, for example “three times a week for 20 minutes”.', cy: 'Yn lle hynny, dywedwch pa mor aml ac am ba hyd, er enghraifft “tair gwaith yr wythnos am 20 munud”.' },
    accessTo: { en: 'Say what the learner will actually get, how often, and from whom.', cy: 'Dywedwch beth yn union fydd y dysgwr yn ei gael, pa mor aml, a gan bwy.' },
    regular: { en: 'Say exactly how often, for example “every Monday and Thursday”.', cy: 'Dywedwch yn union pa mor aml, er enghraifft “bob dydd Llun a dydd Iau”.' },
    whenAppropriate: { en: 'Say exactly when, or what will lead to it.', cy: 'Dywedwch yn union pryd, neu beth fydd yn arwain ato.' },
    whenNeeded: { en: 'Say what shows it is needed, and what happens then.', cy: "Dywedwch beth sy'n dangos bod ei angen, a beth sy'n digwydd wedyn." },
    opportunities: { en: 'Say what the learner will do, how often, and how it will be checked.', cy: 'Dywedwch beth fydd y dysgwr yn ei wneud, pa mor aml, a sut y caiff ei wirio.' },
  } satisfies Record<VaguePhraseId, { en: string; cy: string }>,
};
