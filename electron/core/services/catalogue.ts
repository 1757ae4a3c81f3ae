/** The school's intervention catalogue: seeded programmes plus its own; edited in place, retired rather than deleted. */
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { NeedArea } from '../../../shared/rules/interventions';
import type { Programme, ProgrammeFields, UpdateProgrammeInput } from '../../../shared/schemas/interventions';
import { AppError } from '../app-error';
import { nowIso, type Trx } from '../db/client';
import type { ProgrammeTable } from '../db/schema';
import { appendAudit } from '../repositories/audit';
import * as repo from '../repositories/interventions';
import type { Session } from './session';

function toProgramme(r: Selectable<ProgrammeTable>): Programme {
  let measures: unknown = [];
  try {
    measures = JSON.parse(r.suggested_measures);
  } catch {
    /* a damaged list reads as empty */
  }
  return {
    id: r.id,
    version: r.version,
    name: r.name,
    area: r.area as NeedArea,
    sessionsPerWeek: r.sessions_per_week,
    sessionMinutes: r.session_minutes,
    durationWeeks: r.duration_weeks,
    suggestedMeasures: Array.isArray(measures) ? measures.filter((m): m is string => typeof m === 'string') : [],
    retired: r.retired_at !== null,
  };
}

async function requireUniqueName(trx: Trx, name: string, self: string | null): Promise<void> {
  const clash = await repo.findProgrammeByName(trx, name);
  if (clash && clash.id !== self) throw new AppError('CONFLICT', `There is already a programme called "${name}" in the catalogue.`);
}

export async function listCatalogue(s: Session): Promise<Programme[]> {
  return (await repo.listProgrammes(s.db)).map(toProgramme);
}

export async function createProgramme(s: Session, f: z.infer<typeof ProgrammeFields>): Promise<Programme> {
  const id = randomUUID();
  await s.db.transaction().execute(async (trx) => {
    await requireUniqueName(trx, f.name, null);
    const at = nowIso();
    await repo.insertProgramme(trx, { id, version: 1, name: f.name, area: f.area, sessions_per_week: f.sessionsPerWeek, session_minutes: f.sessionMinutes, duration_weeks: f.durationWeeks, suggested_measures: JSON.stringify(f.suggestedMeasures), retired_at: null, created_at: at, updated_at: at });
    await appendAudit(trx, { action: 'catalogue.created', actor: s.actor, entityType: 'programme', entityId: id });
  });
  return toProgramme((await repo.getProgramme(s.db, id))!);
}

export async function updateProgramme(s: Session, { id, version, patch }: z.infer<typeof UpdateProgrammeInput>): Promise<Programme> {
  await s.db.transaction().execute(async (trx) => {
    if (patch.name !== undefined) await requireUniqueName(trx, patch.name, id);
    const at = nowIso();
    await repo.updateProgramme(trx, id, version, {
      updated_at: at,
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.area !== undefined && { area: patch.area }),
      ...(patch.sessionsPerWeek !== undefined && { sessions_per_week: patch.sessionsPerWeek }),
      ...(patch.sessionMinutes !== undefined && { session_minutes: patch.sessionMinutes }),
      ...(patch.durationWeeks !== undefined && { duration_weeks: patch.durationWeeks }),
      ...(patch.suggestedMeasures !== undefined && { suggested_measures: JSON.stringify(patch.suggestedMeasures) }),
      ...(patch.retired !== undefined && { retired_at: patch.retired ? at : null }),
    });
    const action = patch.retired === true ? 'catalogue.retired' : patch.retired === false ? 'catalogue.restored' : 'catalogue.updated';
    await appendAudit(trx, { action, actor: s.actor, entityType: 'programme', entityId: id, details: { fields: Object.keys(patch).sort() } });
  });
  return toProgramme((await repo.getProgramme(s.db, id))!);
}
