/**
 * An Individual Development Plan as Word bytes and as a printable (the print view draws the same sheet), with a
 * name a person would recognise. Any version can be exported: a draft says so under its title and in its footer.
 * Saving (where, atomically, with the audit entry) is the caller's: see export/save.ts.
 */
import { fill, IDP_WORDS } from '../../../shared/forms/idp-labels';
import { exportFileName, idpPrintRoute } from '../../../shared/print';
import { idpSheet, needLabelsFrom, type IdpSheet } from '../../../shared/rules/idp-sheet';
import type { HeadingLanguage, Idp } from '../../../shared/schemas/idp';
import type { Language } from '../../../shared/schemas/settings';
import { packDocument } from '../export/docx-text';
import { buildIdpDocument, type IdpPhoto } from '../export/idp-docx';
import { getSchool } from '../repositories/school';
import { getIdp, idpPhoto } from './idp';
import type { Printable } from './print';
import type { Session } from './session';
import { listCodes } from './staff-and-codes';

/** The Word document's language tag: Welsh for Welsh headings, English otherwise (bilingual starts in English). */
const docLanguage = (headings: HeadingLanguage): Language => (headings === 'cy' ? 'cy' : 'en');

export interface LoadedIdp {
  idp: Idp;
  sheet: IdpSheet;
  photo: IdpPhoto | null;
}

/** The plan with its "About me" picture, drawn as the sheet both the export and the print view use. */
export async function loadIdpSheet(s: Session, idp: Idp, headings: HeadingLanguage): Promise<LoadedIdp> {
  const photo = await idpPhoto(s, idp.id);
  const needLabels = needLabelsFrom(await listCodes(s));
  return { idp, photo, sheet: idpSheet(idp, { mode: headings, needLabels, hasPhoto: photo !== null }) };
}

/** "Elis Gruffydd - IDP - version 2", with " - draft" for a draft. */
export function idpFileName(idp: Pick<Idp, 'learnerName' | 'versionNumber' | 'status'>, headings: HeadingLanguage): string {
  const lang = headings === 'cy' ? 'cy' : 'en';
  const parts = [idp.learnerName, IDP_WORDS.fileLabel[lang], fill(IDP_WORDS.fileVersion[lang], { n: idp.versionNumber })];
  if (idp.status === 'draft') parts.push(IDP_WORDS.fileDraft[lang]);
  return exportFileName(...parts);
}

/** What the audit log says about an IDP leaving the store: which plan and version, never what it says. */
const auditOf = (idp: Idp, headings: HeadingLanguage) => ({ entityType: 'learner', entityId: idp.learnerId, details: { idpId: idp.id, versionNumber: idp.versionNumber, headings } });

export async function idpDocx(s: Session, idpId: string, headings: HeadingLanguage) {
  const { idp, sheet, photo } = await loadIdpSheet(s, await getIdp(s, idpId), headings);
  const school = await getSchool(s.db);
  const doc = buildIdpDocument({ sheet, photo, language: docLanguage(headings), schoolName: school?.name ?? '' });
  return { bytes: await packDocument(doc), defaultName: `${idpFileName(idp, headings)}.docx`, audit: { action: 'idp.exported', ...auditOf(idp, headings) } };
}

export async function printableIdp(s: Session, idpId: string, headings: HeadingLanguage): Promise<Printable> {
  const idp = await getIdp(s, idpId);
  return { route: idpPrintRoute(idpId, headings), fileName: idpFileName(idp, headings), audit: { action: 'idp.printed', ...auditOf(idp, headings) } };
}
