import type { SchoolProfile } from '../../../shared/schemas/school';
import { AppError } from '../app-error';
import type { Db } from '../db/client';
import { getSchool } from '../repositories/school';
import { getOwner } from '../repositories/staff';

export async function getSchoolProfile(db: Db): Promise<SchoolProfile> {
  const [school, owner] = await Promise.all([getSchool(db), getOwner(db)]);
  if (!school || !owner) throw new AppError('NOT_FOUND', 'The school details are missing from the database.');
  return { schoolName: school.name, userName: owner.name, role: owner.role };
}
