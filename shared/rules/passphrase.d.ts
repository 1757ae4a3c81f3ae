/**
 * Passphrase strength, shared by the setup screen (to show strength as you type) and the vault (to refuse a weak
 * one). A rough estimate on purpose: it refuses the obvious mistakes and explains why, it does not pretend to
 * measure an attacker's guess count.
 */
export declare const MIN_PASSPHRASE_LENGTH = 12;
export type PassphraseProblem = 'tooShort' | 'common' | 'personal' | 'pattern' | 'tooSimple';
export interface PassphraseAssessment {
    /** 0 (very weak) … 4 (strong). */
    score: 0 | 1 | 2 | 3 | 4;
    acceptable: boolean;
    problems: PassphraseProblem[];
}
export declare function assessPassphrase(passphrase: string, personal?: readonly string[]): PassphraseAssessment;
