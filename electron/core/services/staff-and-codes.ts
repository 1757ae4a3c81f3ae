import { randomUUID } from 'node:crypto';
import type { CodeItem, CodeListKey } from '../../../shared/schemas/codes';
import type { StaffMember } from '../../../shared/schemas/staff';
import { nowIso } from '../db/client';
import { appendAudit } from '../repositories/audit';
import { listCodes as listCodeRows, upsertCode } from '../repositories/codes';
import { setPreference } from '../repositories/preferences';
import { needListKey } from './config';
import type { Session } from './session';

export async function listStaff(s: Session): Promise<StaffMember[]> {
  const rows = await s.db.selectFrom('staff_user').select(['id', 'name', 'role', 'is_owner']).orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role, isOwner: r.is_owner === 1 }));
}

export async function createStaff(s: Session, name: string, role: string): Promise<StaffMember> {
  const id = randomUUID();
  await s.db.transaction().execute(async (trx) => {
    const at = nowIso();
    await trx.insertInto('staff_user').values({ id, name, role, is_owner: 0, created_at: at, updated_at: at }).execute();
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
