/**
 * Passphrase strength, shared by the setup screen (to show strength as you type) and the vault (to refuse a weak
 * one). A rough estimate on purpose: it refuses the obvious mistakes and explains why, it does not pretend to
 * measure an attacker's guess count.
 */
export const MIN_PASSPHRASE_LENGTH = 12;

export type PassphraseProblem = 'tooShort' | 'common' | 'personal' | 'pattern' | 'tooSimple';

export interface PassphraseAssessment {
  /** 0 (very weak) … 4 (strong). */
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  problems: PassphraseProblem[];
}

const COMMON = new Set([
  'password', 'passphrase', 'passw0rd', 'qwerty', 'qwertyuiop', 'letmein', 'welcome', 'iloveyou', 'admin',
  'administrator', 'caseload', 'school', 'teacher', 'senco', 'alnco', 'monkey', 'dragon', 'football', 'sunshine',
  'princess', 'cymru', 'wales', 'croeso', 'changeme', 'secret', 'abc', 'abcdef', 'trustno', 'summer', 'winter',
  'spring', 'autumn', 'baseball', 'master', 'shadow', 'superman', 'starwars', 'whatever', 'freedom', 'hello',
]);

function charsetSize(s: string): number {
  let size = 0;
  if (/[a-z]/.test(s)) size += 26;
  if (/[A-Z]/.test(s)) size += 26;
  if (/[0-9]/.test(s)) size += 10;
  if (/[^a-zA-Z0-9]/.test(s)) size += 33;
  return Math.max(size, 1);
}

/** Runs of one character or of a simple ascending/descending sequence ("aaaa", "1234", "dcba"). */
function longestPatternRun(s: string): number {
  let longest = 1;
  let run = 1;
  let step: number | null = null;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    if (Math.abs(d) <= 1 && (step === null || d === step)) {
      run += 1;
      step = d;
    } else {
      run = Math.abs(d) <= 1 ? 2 : 1;
      step = Math.abs(d) <= 1 ? d : null;
    }
    longest = Math.max(longest, run);
  }
  return s.length === 0 ? 0 : longest;
}

/** Rough entropy in bits: charset size per character, with repeated and patterned characters counted once. */
function estimateBits(s: string): number {
  const unique = new Set(s).size;
  const effectiveLength = Math.min(s.length, unique * 2) - Math.max(0, longestPatternRun(s) - 2);
  return Math.max(0, effectiveLength) * Math.log2(charsetSize(s));
}

export function assessPassphrase(passphrase: string, personal: readonly string[] = []): PassphraseAssessment {
  const problems: PassphraseProblem[] = [];
  const lower = passphrase.toLowerCase();
  const lettersOnly = lower.replace(/[^a-z]/g, '');
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) problems.push('tooShort');
  if (COMMON.has(lower) || COMMON.has(lettersOnly) || COMMON.has(lower.replace(/\s+/g, ''))) problems.push('common');
  const words = personal
    .flatMap((p) => p.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length >= 4);
  if (words.some((w) => lower.includes(w))) problems.push('personal');
  if (passphrase.length > 0 && longestPatternRun(passphrase) >= Math.max(4, passphrase.length / 2)) problems.push('pattern');
  const bits = estimateBits(passphrase);
  if (problems.length === 0 && bits < 50) problems.push('tooSimple');
  const score = (bits < 28 ? 0 : bits < 40 ? 1 : bits < 50 ? 2 : bits < 70 ? 3 : 4) as PassphraseAssessment['score'];
  const acceptable = problems.length === 0;
  return { score: acceptable ? score : (Math.min(score, 2) as PassphraseAssessment['score']), acceptable, problems };
}
