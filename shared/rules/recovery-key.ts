/**
 * Recovery keys: 28 symbols of Crockford base32 (140 bits), shown as seven groups of four.
 * Crockford's alphabet leaves out I, L, O and U, so a key read aloud or copied by hand survives common slips.
 */
export const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_SYMBOLS = 28;
const GROUP = 4;

/** Groups a bare key for display: XXXX-XXXX-… */
export function formatRecoveryKey(bare: string): string {
  const groups: string[] = [];
  for (let i = 0; i < bare.length; i += GROUP) groups.push(bare.slice(i, i + GROUP));
  return groups.join('-');
}

/**
 * Turns what a person typed into the bare key, or null when it cannot be a recovery key. `symbols`: how long the
 * key is (a transfer passphrase uses the same alphabet, shorter: shared/rules/transfer-passphrase.ts).
 */
export function normalizeRecoveryKey(typed: string, symbols: number = RECOVERY_KEY_SYMBOLS): string | null {
  const bare = typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (bare.length !== symbols) return null;
  for (const ch of bare) if (!RECOVERY_ALPHABET.includes(ch)) return null;
  return bare;
}
