/**
 * Reads a chosen CSV file as text. Most MIS exports are UTF-8, but older ones are saved as Windows-1252 ("ANSI"):
 * read as UTF-8 those turn every accent (Siân, Zoë) into a replacement character, so they are decoded as
 * Windows-1252 instead. The size is checked before anything is read.
 */
import { MAX_CSV_BYTES } from '../../../../shared/schemas/import';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: 'tooBig' };

export async function readCsvFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_CSV_BYTES) return { ok: false, reason: 'tooBig' };
  const bytes = await file.arrayBuffer();
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes) };
  }
}
