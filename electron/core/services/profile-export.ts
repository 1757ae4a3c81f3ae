/**
 * A one-page profile as Word bytes, with the name a person would recognise. Saving (where, atomically, the audit
 * entry) is the caller's: see export/save.ts.
 */
import { exportFileName } from '../../../shared/print';
import type { Language } from '../../../shared/schemas/settings';
import { packDocument } from '../export/docx-text';
import { buildProfileDocument, PROFILE_LABELS } from '../export/profile-docx';
import { getSchool } from '../repositories/school';
import { getProfile, profilePhoto } from './profiles';
import type { Session } from './session';

export async function profileDocx(s: Session, profileId: string, language: Language): Promise<{ bytes: Buffer; defaultName: string }> {
  const profile = await getProfile(s, profileId);
  const school = await getSchool(s.db);
  const photo = await profilePhoto(s, profileId);
  const doc = buildProfileDocument({
    profile,
    ownerName: profile.ownerName,
    schoolName: school?.name ?? '',
    photo,
    language,
  });
  return { bytes: await packDocument(doc), defaultName: `${exportFileName(profile.ownerName, PROFILE_LABELS[language].fileLabel)}.docx` };
}
