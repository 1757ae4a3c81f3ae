/**
 * The one-time passphrase of a transfer file: the recovery key's alphabet (Crockford base32, which survives being
 * read aloud over the phone) in six groups of four: 24 symbols, 120 bits of randomness. It is shown once to the
 * sending school and typed by the receiving one.
 */
import { normalizeRecoveryKey } from './recovery-key';

export const TRANSFER_PASSPHRASE_SYMBOLS = 24;

/** The bare passphrase from what a person typed (any case, spaces or dashes, O for 0, I or L for 1), or null. */
export const normalizeTransferPassphrase = (typed: string): string | null => normalizeRecoveryKey(typed, TRANSFER_PASSPHRASE_SYMBOLS);
