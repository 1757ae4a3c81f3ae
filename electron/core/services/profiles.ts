/**
 * One-page profiles for learners and staff. Each person has one current version, edited in place (items saved as
 * a whole list, optimistic concurrency), and earlier versions kept read-only with their dates. Starting a new
 * version (say, at the yearly update) freezes the current one and copies it forward.
 */
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { todayIso } from '../../../shared/rules/dates';
import type { OwnerKind, Profile, ProfileItem, ProfileSummary } from '../../../shared/schemas/profile';
import { ItemInput, UpdateProfileInput } from '../../../shared/schemas/profile';
import type { z } from 'zod';
import { AppError } from '../app-error';
import { nowIso, type Trx } from '../db/client';
import type { ProfileTable } from '../db/schema';
import { appendAudit } from '../repositories/audit';
import { getLearner, getPhoto, insertTimelineEvent } from '../repositories/learners';
import { normalisePhoto } from './photos';
import * as repo from '../repositories/profiles';
import { getStaffMember } from '../repositories/staff';
import { displayName } from './learner-mapping';
import type { Session } from './session';

function jsonArray<T>(text: string): T[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

async function ownerName(db: Session['db'] | Trx, kind: string, id: string): Promise<string | null> {
  if (kind === 'learner') {
    const l = await getLearner(db, id);
    return l ? displayName(l) : null;
  }
  return (await getStaffMember(db, id))?.name ?? null;
}

async function toProfile(db: Session['db'] | Trx, row: Selectable<ProfileTable>): Promise<Profile> {
  const items = await repo.listItemRows(db, row.id);
  return {
    id: row.id,
    ownerKind: row.owner_kind as OwnerKind,
    ownerId: row.owner_id,
    ownerName: (await ownerName(db, row.owner_kind, row.owner_id)) ?? '',
    versionNumber: row.version_number,
    version: row.version,
    status: row.status as Profile['status'],
    methods: jsonArray(row.methods),
    usePhoto: row.use_photo === 1,
    ownPhoto: row.photo !== null,
    nextUpdateDue: row.next_update_due,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    supersededAt: row.superseded_at,
    items: items.map((i) => ({
      id: i.id,
      section: i.section as ProfileItem['section'],
      text: i.text,
      contributor: i.contributor as ProfileItem['contributor'],
      firstPerson: i.first_person === 1,
      importantFor: i.important_for === 1,
    })),
  };
}

async function requireProfile(db: Session['db'] | Trx, id: string) {
  const row = await repo.getProfileRow(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That profile is no longer there.');
  return row;
}

async function requireCurrent(trx: Trx, id: string) {
  const row = await requireProfile(trx, id);
  if (row.status !== 'current') throw new AppError('CONFLICT', 'Earlier versions of a profile are kept as they were and cannot be changed.');
  return row;
}

export async function getProfile(s: Session, id: string): Promise<Profile> {
  return toProfile(s.db, await requireProfile(s.db, id));
}

/** The person's current profile, started (empty) the first time it is opened. */
export async function currentProfile(s: Session, kind: OwnerKind, ownerId: string): Promise<Profile> {
  const existing = await repo.getCurrentProfileRow(s.db, kind, ownerId);
  if (existing) return toProfile(s.db, existing);
  // Looked up again inside the transaction: two first opens at once must not start two current profiles.
  const id = await s.db.transaction().execute(async (trx) => {
    const raced = await repo.getCurrentProfileRow(trx, kind, ownerId);
    if (raced) return raced.id;
    if ((await ownerName(trx, kind, ownerId)) === null) throw new AppError('NOT_FOUND', 'That person is no longer in Caseload.');
    const created = randomUUID();
    const at = nowIso();
    await repo.insertProfile(trx, { id: created, owner_kind: kind, owner_id: ownerId, version_number: 1, version: 1, status: 'current', methods: '[]', use_photo: 1, next_update_due: null, created_at: at, updated_at: at, superseded_at: null, photo: null, photo_width: null, photo_height: null });
    await appendAudit(trx, { action: 'profile.created', actor: s.actor, entityType: kind, entityId: ownerId, details: { profileId: created } });
    return created;
  });
  return getProfile(s, id);
}

export async function listVersions(s: Session, kind: OwnerKind, ownerId: string): Promise<Profile[]> {
  const rows = await repo.listProfileRows(s.db, kind, ownerId);
  return Promise.all(rows.map((r) => toProfile(s.db, r)));
}

export async function saveItems(s: Session, profileId: string, version: number, items: z.infer<typeof ItemInput>[]): Promise<Profile> {
  await s.db.transaction().execute(async (trx) => {
    const row = await requireCurrent(trx, profileId);
    await repo.updateProfile(trx, profileId, version, { updated_at: nowIso() });
    await repo.replaceItems(trx, profileId, items.map((i) => ({ id: randomUUID(), section: i.section, text: i.text, contributor: i.contributor, first_person: i.firstPerson ? 1 : 0, important_for: i.section === 'support' && i.importantFor ? 1 : 0 })));
    await appendAudit(trx, { action: 'profile.items_saved', actor: s.actor, entityType: row.owner_kind, entityId: row.owner_id, details: { profileId, items: items.length } });
  });
  return getProfile(s, profileId);
}

export async function updateProfile(s: Session, input: z.infer<typeof UpdateProfileInput>): Promise<Profile> {
  const { profileId, version, patch } = input;
  await s.db.transaction().execute(async (trx) => {
    const row = await requireCurrent(trx, profileId);
    await repo.updateProfile(trx, profileId, version, {
      updated_at: nowIso(),
      ...(patch.methods !== undefined && { methods: JSON.stringify(patch.methods) }),
      ...(patch.usePhoto !== undefined && { use_photo: patch.usePhoto ? 1 : 0 }),
      ...(patch.nextUpdateDue !== undefined && { next_update_due: patch.nextUpdateDue }),
    });
    await appendAudit(trx, { action: 'profile.updated', actor: s.actor, entityType: row.owner_kind, entityId: row.owner_id, details: { profileId, fields: Object.keys(patch).sort() } });
  });
  return getProfile(s, profileId);
}

/** Freezes the current version (read-only, dated) and starts the next one as a copy of it. */
export async function startNewVersion(s: Session, profileId: string, version: number): Promise<Profile> {
  const nextId = randomUUID();
  await s.db.transaction().execute(async (trx) => {
    const row = await requireCurrent(trx, profileId);
    const at = nowIso();
    await repo.updateProfile(trx, profileId, version, { status: 'earlier', superseded_at: at });
    const { id: _id, version: _v, ...rest } = row;
    await repo.insertProfile(trx, { ...rest, id: nextId, version: 1, version_number: row.version_number + 1, status: 'current', created_at: at, updated_at: at, superseded_at: null });
    const items = await repo.listItemRows(trx, profileId);
    await repo.replaceItems(trx, nextId, items.map(({ id: _i, profile_id: _p, sort: _s, ...item }) => ({ ...item, id: randomUUID() })));
    if (row.owner_kind === 'learner') {
      await insertTimelineEvent(trx, { id: randomUUID(), learnerId: row.owner_id, date: todayIso(), type: 'profileVersion', detail: String(row.version_number + 1) });
    }
    await appendAudit(trx, { action: 'profile.new_version', actor: s.actor, entityType: row.owner_kind, entityId: row.owner_id, details: { from: profileId, to: nextId } });
  });
  return getProfile(s, nextId);
}

export async function listProfiles(s: Session, kind: OwnerKind): Promise<ProfileSummary[]> {
  const profile = (r: { id: string | null; version_number: number | null; updated_at: string | null; next_update_due: string | null; item_count: number | null }) => ({
    profileId: r.id,
    versionNumber: r.version_number,
    updatedAt: r.updated_at,
    nextUpdateDue: r.next_update_due,
    itemCount: Number(r.item_count ?? 0),
  });
  if (kind === 'learner') {
    const rows = await repo.listLearnerProfiles(s.db);
    return rows.map((r) => ({ ownerKind: kind, ownerId: r.owner_id, ownerName: displayName(r), detail: r.year_group, ...profile(r) }));
  }
  const rows = await repo.listStaffProfiles(s.db);
  return rows.map((r) => ({ ownerKind: kind, ownerId: r.owner_id, ownerName: r.name, detail: r.role, ...profile(r) }));
}

/** The picture a printed or exported profile shows: its own, else the learner's register photo, or none. */
export async function profilePhoto(s: Session, profileId: string): Promise<{ bytes: Buffer; width: number; height: number } | null> {
  const row = await requireProfile(s.db, profileId);
  if (row.use_photo !== 1) return null;
  if (row.photo) return { bytes: row.photo, width: row.photo_width ?? 0, height: row.photo_height ?? 0 };
  const learnerPhoto = row.owner_kind === 'learner' ? await getPhoto(s.db, row.owner_id) : undefined;
  return learnerPhoto ? { bytes: learnerPhoto.bytes, width: learnerPhoto.width, height: learnerPhoto.height } : null;
}

/** Chooses the profile's own picture (checked and re-encoded like any photo), or clears it (null). */
export async function setProfilePhoto(s: Session, profileId: string, version: number, base64: string | null): Promise<Profile> {
  const photo = base64 === null ? null : await normalisePhoto(Buffer.from(base64, 'base64'));
  await s.db.transaction().execute(async (trx) => {
    const row = await requireCurrent(trx, profileId);
    await repo.updateProfile(trx, profileId, version, { updated_at: nowIso(), photo: photo?.bytes ?? null, photo_width: photo?.width ?? null, photo_height: photo?.height ?? null, ...(photo && { use_photo: 1 }) });
    await appendAudit(trx, { action: photo ? 'profile.photo_set' : 'profile.photo_cleared', actor: s.actor, entityType: row.owner_kind, entityId: row.owner_id, details: { profileId } });
  });
  return getProfile(s, profileId);
}
