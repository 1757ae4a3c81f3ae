/**
 * Recovery keys: 28 symbols of Crockford base32 (140 bits), shown as seven groups of four.
 * Crockford's alphabet leaves out I, L, O and U, so a key read aloud or copied by hand survives common slips.
 */
export declare const RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export declare const RECOVERY_KEY_SYMBOLS = 28;
/** Groups a bare key for display: XXXX-XXXX-… */
export declare function formatRecoveryKey(bare: string): string;
/** Turns what a person typed into the bare key, or null when it cannot be a recovery key. */
export declare function normalizeRecoveryKey(typed: string): string | null;
