// PLACEHOLDER: a helper replaces this with the IDP Word export, print and LA case pack.
import type { z } from 'zod';
import type { CasePackInput, Disclosure, HeadingLanguage } from '../../../shared/schemas/idp';
import { AppError } from '../app-error';
import type { Printable } from './print';
import type { Session } from './session';

export async function idpDocx(_s: Session, _idpId: string, _headings: HeadingLanguage): Promise<{ bytes: Buffer; defaultName: string }> {
  throw new AppError('BAD_FILE', 'PLACEHOLDER');
}
export async function printableIdp(_s: Session, _idpId: string, _headings: HeadingLanguage): Promise<Printable> {
  throw new AppError('BAD_FILE', 'PLACEHOLDER');
}
export async function casePack(_s: Session, _input: z.infer<typeof CasePackInput>): Promise<{ bytes: Buffer; defaultName: string; record: (trx: unknown) => Promise<void> }> {
  throw new AppError('BAD_FILE', 'PLACEHOLDER');
}
export async function listDisclosures(_s: Session, _learnerId: string): Promise<Disclosure[]> {
  throw new AppError('BAD_FILE', 'PLACEHOLDER');
}
