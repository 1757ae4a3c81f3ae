import { randomUUID } from 'node:crypto';
import type { Selectable, Updateable } from 'kysely';
import type { Contact, ContactFields } from '../../../shared/schemas/contact';
import type { Language } from '../../../shared/schemas/settings';
import { AppError } from '../app-error';
import { nowIso } from '../db/client';
import type { ContactTable } from '../db/schema';
import { appendAudit } from '../repositories/audit';
import * as repo from '../repositories/contacts';
import { getLearner } from '../repositories/learners';
import type { Session } from './session';

function toDto(r: Selectable<ContactTable>): Contact {
  return {
    id: r.id,
    learnerId: r.learner_id,
    version: r.version,
    name: r.name,
    relationship: r.relationship as Contact['relationship'],
    organisation: r.organisation,
    phone: r.phone,
    email: r.email,
    address: r.address,
    parentalResponsibility: r.parental_responsibility === 1,
    preferredLanguage: r.preferred_language as Language | null,
    receivesCopies: r.receives_copies === 1,
  };
}

function toColumns(f: Partial<ContactFields>): Updateable<ContactTable> {
  const out: Updateable<ContactTable> = {};
  if (f.name !== undefined) out.name = f.name;
  if (f.relationship !== undefined) out.relationship = f.relationship;
  if (f.organisation !== undefined) out.organisation = f.organisation;
  if (f.phone !== undefined) out.phone = f.phone;
  if (f.email !== undefined) out.email = f.email;
  if (f.address !== undefined) out.address = f.address;
  if (f.parentalResponsibility !== undefined) out.parental_responsibility = f.parentalResponsibility ? 1 : 0;
  if (f.preferredLanguage !== undefined) out.preferred_language = f.preferredLanguage;
  if (f.receivesCopies !== undefined) out.receives_copies = f.receivesCopies ? 1 : 0;
  return out;
}

export async function listContacts(s: Session, learnerId: string): Promise<Contact[]> {
  return (await repo.listContacts(s.db, learnerId)).map(toDto);
}

export async function createContact(s: Session, learnerId: string, fields: Partial<ContactFields> & Pick<ContactFields, 'name' | 'relationship'>): Promise<Contact> {
  const id = randomUUID();
  await s.db.transaction().execute(async (trx) => {
    if (!(await getLearner(trx, learnerId))) throw new AppError('NOT_FOUND', 'That learner is no longer in the caseload.');
    const at = nowIso();
    const base = { organisation: null, phone: null, email: null, address: null, parentalResponsibility: false, preferredLanguage: null, receivesCopies: false };
    await repo.insertContact(trx, { id, learner_id: learnerId, version: 1, created_at: at, updated_at: at, ...toColumns({ ...base, ...fields }) } as never);
    await appendAudit(trx, { action: 'contact.created', actor: s.actor, entityType: 'learner', entityId: learnerId, details: { contactId: id } });
  });
  return toDto((await repo.getContact(s.db, id))!);
}

export async function updateContact(s: Session, id: string, version: number, patch: Partial<ContactFields>): Promise<Contact> {
  await s.db.transaction().execute(async (trx) => {
    const row = await repo.getContact(trx, id);
    if (!row) throw new AppError('NOT_FOUND', 'That contact is no longer on the record.');
    await repo.updateContact(trx, id, version, { ...toColumns(patch), updated_at: nowIso() });
    await appendAudit(trx, { action: 'contact.updated', actor: s.actor, entityType: 'learner', entityId: row.learner_id, details: { contactId: id, fields: Object.keys(patch).sort() } });
  });
  return toDto((await repo.getContact(s.db, id))!);
}

export async function deleteContact(s: Session, id: string): Promise<void> {
  await s.db.transaction().execute(async (trx) => {
    const row = await repo.getContact(trx, id);
    if (!row) throw new AppError('NOT_FOUND', 'That contact is no longer on the record.');
    await repo.deleteContact(trx, id);
    await appendAudit(trx, { action: 'contact.deleted', actor: s.actor, entityType: 'learner', entityId: row.learner_id, details: { contactId: id } });
  });
}
