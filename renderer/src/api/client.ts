/**
 * The only code that touches window.caseload. Every call unwraps the envelope: a value, or an ApiError carrying
 * the code the screens act on.
 */
import type { Envelope, ErrorCode } from '../../../shared/errors';
import type { Bridge } from '../../../shared/ipc';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

declare global {
  interface Window {
    caseload: Bridge;
  }
}

export const bridge = (): Bridge => window.caseload;

export async function unwrap<T>(pending: Promise<Envelope<T>>): Promise<T> {
  const envelope = await pending;
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error.code, envelope.error.message);
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** A document's ways out: a PDF saved where the person chooses, the system print dialog (where offered), a Word file. */
export interface ExportCalls {
  print: () => Promise<{ saved: string | null }>;
  onPaper?: () => Promise<{ sent: boolean }>;
  docx: () => Promise<{ saved: string | null }>;
}
