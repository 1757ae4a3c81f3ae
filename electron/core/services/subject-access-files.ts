/**
 * The files of a subject access export: the pictures as JPEG files, a readable Word document for each thing held
 * (made by the same exporters as "Export to Word": every profile version, the OPP+, every IDP version, every review's
 * record), the register record (register-docx.ts), and record.json, which names them all. Every file name is
 * unique in the folder and recognisable on its own (the learner's name first, as the other exports).
 */
import { fill, IDP_WORDS } from '../../../shared/forms/idp-labels';
import { exportFileName } from '../../../shared/print';
import type { Language } from '../../../shared/schemas/settings';
import { packDocument } from '../export/docx-text';
import type { FolderFile } from '../export/folder-write';
import { PROFILE_LABELS } from '../export/profile-docx';
import { buildRegisterDocument } from '../export/register-docx';
import { REGISTER_WORDS } from '../export/register-labels';
import { registerSheet } from '../export/register-sheet';
import { getPhoto } from '../repositories/learners';
import { getProfileRow } from '../repositories/profiles';
import { idpPhoto } from './idp';
import { idpDocx } from './idp-export';
import { oppPlusDocx } from './opp-plus-export';
import { profileDocx } from './profile-export';
import { reviewRecordDocx } from './review-export';
import type { Session } from './session';
import { recordJson, type FileRefs, type HeldRecords } from './subject-access-record';

export const RECORD_FILE = 'record.json';

/** Collects files under names not used yet in the folder ("… (2).docx" for a second review the same day). */
class FolderFiles {
  readonly files: FolderFile[] = [];
  private readonly taken = new Set<string>([RECORD_FILE.toLocaleLowerCase()]);

  add(base: string, ext: string, bytes: Buffer): string {
    let name = `${base}.${ext}`;
    for (let n = 2; this.taken.has(name.toLocaleLowerCase()); n++) name = `${base} (${n}).${ext}`;
    this.taken.add(name.toLocaleLowerCase());
    this.files.push({ name, bytes });
    return name;
  }
}

const stripDocx = (name: string) => name.replace(/\.docx$/i, '');

async function profileFiles(s: Session, h: HeldRecords, out: FolderFiles, language: Language, refs: FileRefs): Promise<void> {
  const version = (n: number) => fill(IDP_WORDS.fileVersion[language], { n });
  for (const p of h.profiles) {
    const base = exportFileName(h.name, PROFILE_LABELS[language].fileLabel, version(p.versionNumber));
    const document = out.add(base, 'docx', (await profileDocx(s, p.id, language)).bytes);
    const own = (await getProfileRow(s.db, p.id))?.photo ?? null;
    const photo = own && out.add(exportFileName(base, REGISTER_WORDS.photoFileLabel[language]), 'jpg', own);
    refs.profiles.set(p.id, { document, photo });
  }
}

async function planFiles(s: Session, h: HeldRecords, out: FolderFiles, language: Language, refs: FileRefs): Promise<void> {
  if (h.oppPlus) {
    const file = await oppPlusDocx(s, h.learner.id, language);
    refs.oppPlus = out.add(stripDocx(file.defaultName), 'docx', file.bytes);
  }
  for (const idp of h.idps) {
    const file = await idpDocx(s, idp.id, idp.planLanguage);
    const document = out.add(stripDocx(file.defaultName), 'docx', file.bytes);
    const picture = await idpPhoto(s, idp.id);
    const photo = picture && out.add(exportFileName(stripDocx(file.defaultName), REGISTER_WORDS.photoFileLabel[language]), 'jpg', picture.bytes);
    refs.idps.set(idp.id, { document, photo });
  }
  for (const review of h.reviews) {
    const file = await reviewRecordDocx(s, review.id, language);
    refs.reviews.set(review.id, out.add(stripDocx(file.defaultName), 'docx', file.bytes));
  }
}

/** Every file of the export, record.json last (it lists the others). */
export async function subjectAccessFiles(s: Session, h: HeldRecords, language: Language, date: string): Promise<FolderFile[]> {
  const out = new FolderFiles();
  const refs: FileRefs = { register: '', photo: null, profiles: new Map(), oppPlus: null, idps: new Map(), reviews: new Map() };
  const photo = await getPhoto(s.db, h.learner.id);
  if (photo) refs.photo = out.add(exportFileName(h.name, REGISTER_WORDS.photoFileLabel[language]), 'jpg', photo.bytes);
  await profileFiles(s, h, out, language, refs);
  await planFiles(s, h, out, language, refs);
  // The register record lists the folder's files, itself and record.json included.
  const registerName = `${exportFileName(h.name, REGISTER_WORDS.fileLabel[language])}.docx`;
  const listed = [registerName, ...out.files.map((f) => f.name), RECORD_FILE].sort((a, b) => a.localeCompare(b));
  const sheet = registerSheet({ ...h, photoFile: refs.photo, files: listed, date }, language);
  refs.register = out.add(stripDocx(registerName), 'docx', await packDocument(buildRegisterDocument(sheet, language)));
  const names = out.files.map((f) => f.name);
  return [...out.files, { name: RECORD_FILE, bytes: recordJson(h, refs, new Date().toISOString(), [...names, RECORD_FILE]) }];
}
