import { randomUUID } from 'node:crypto';
import type { CodeItem, CodeListKey } from '../../../shared/schemas/codes';
import type { StaffMember } from '../../../shared/schemas/staff';
import { appendAudit } from '../repositories/audit';
import { listCodes as listCodeRows, upsertCode } from '../repositories/codes';
import { setPreference } from '../repositories/preferences';
import { insertStaffUser, listStaff as listStaffRows } from '../repositories/staff';
import { needListKey } from './config';
import type { Session } from './session';

export async function listStaff(s: Session): Promise<StaffMember[]> {
  const rows = await listStaffRows(s.db);
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role, isOwner: r.is_owner === 1 }));
}

export async function createStaff(s: Session, name: string, role: string): Promise<StaffMember> {
  const id = randomUUID();
  await s.db.transaction().execute(async (trx) => {
    await insertStaffUser(trx, { id, name, role, isOwner: false });
    await appendAudit(trx, { action: 'staff.created', actor: s.actor, entityType: 'staff_user', entityId: id });
  });
  return { id, name, role, isOwner: false };
}

export async function listCodes(s: Session, listKey?: CodeListKey): Promise<{ active: CodeListKey; codes: CodeItem[] }> {
  const rows = await listCodeRows(s.db, listKey);
  return {
    active: await needListKey(s.db),
    codes: rows.map((r) => ({ listKey: r.list_key as CodeListKey, code: r.code, labelEn: r.label_en, labelCy: r.label_cy, active: r.active === 1 })),
  };
}

export async function saveCode(s: Session, item: CodeItem): Promise<void> {
  await s.db.transaction().execute(async (trx) => {
    await upsertCode(trx, { list_key: item.listKey, code: item.code, label_en: item.labelEn, label_cy: item.labelCy, active: item.active ? 1 : 0 });
    await appendAudit(trx, { action: 'codes.saved', actor: s.actor, entityType: 'code_list', entityId: `${item.listKey}:${item.code}` });
  });
}

export async function useNeedList(s: Session, listKey: CodeListKey): Promise<void> {
  await s.db.transaction().execute(async (trx) => {
    await setPreference(trx, 'needListKey', listKey);
    await appendAudit(trx, { action: 'codes.list_chosen', actor: s.actor, details: { listKey } });
  });
}
