/**
 * Unique Pupil Numbers (England and Wales): 13 characters, a check letter then 12 characters. The check letter is
 * the sum of characters 2–13 (as numbers) times their position (2–13), modulo 23, read from an alphabet without
 * I, O and S. A temporary UPN ends in a letter, which counts by its place in the same alphabet.
 */
const CHECK_ALPHABET = 'ABCDEFGHJKLMNPQRTUVWXYZ';

export type UpnProblem = 'length' | 'characters' | 'checkLetter';

function value(ch: string): number {
  return /\d/.test(ch) ? Number(ch) : CHECK_ALPHABET.indexOf(ch);
}

/** The check letter for the 12 characters that follow it, or null if they cannot be part of a UPN. */
export function upnCheckLetter(body: string): string | null {
  if (!/^\d{11}[\dABCDEFGHJKLMNPQRTUVWXYZ]$/.test(body)) return null;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += value(body[i]!) * (i + 2);
  return CHECK_ALPHABET[sum % 23]!;
}

export function normalizeUpn(typed: string): string {
  return typed.replace(/\s+/g, '').toUpperCase();
}

/** null when valid, otherwise what is wrong with it. */
export function upnProblem(typed: string): UpnProblem | null {
  const upn = normalizeUpn(typed);
  if (upn.length !== 13) return 'length';
  const check = upnCheckLetter(upn.slice(1));
  if (check === null || !CHECK_ALPHABET.includes(upn[0]!)) return 'characters';
  return check === upn[0] ? null : 'checkLetter';
}
