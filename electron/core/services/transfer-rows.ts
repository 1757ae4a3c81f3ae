/**
 * A checked record from a transfer file turned back into rows for this school's database: parent keys filled in
 * from the nesting, JSON documents written from their checked (parsed) form, photos back to bytes, and every link
 * to something outside the record pointed at this school's own rows, or cleared:
 *  - a catalogue programme: this school's programme with the same record or name, else the sent one (added retired);
 *  - a member of staff: kept only if the same staff record is in this school's directory. Otherwise the link is
 *    cleared (the sending school's staff do not work here, and would fill the key-worker lists and the staff-time
 *    report) and their names and roles are kept on the learner's timeline (`clearedStaff`);
 *  - the learner: active here (not archived), with no legal hold.
 */
import type { RecordInsert } from '../repositories/transfer';
import type { LearnerRecord, TransferBundle } from './transfer-schema';

export interface Links {
  /** Sent programme id → the programme id here. */
  programmes: Map<string, string>;
  /** Sent staff ids that are also staff here. */
  staffHere: Set<string>;
}

const bytes = (b64: string | null) => (b64 === null ? null : Buffer.from(b64, 'base64'));
const keepStaff = (links: Links, id: string | null) => (id && links.staffHere.has(id) ? id : null);

function profilesIn(r: LearnerRecord, learnerId: string): Pick<RecordInsert, 'profiles' | 'profileItems'> {
  return {
    profiles: r.profiles.map(({ items: _items, ...p }) => ({ ...p, owner_kind: 'learner', owner_id: learnerId, methods: JSON.stringify(p.methods), photo: bytes(p.photo) })),
    profileItems: r.profiles.flatMap((p) => p.items.map((i) => ({ ...i, profile_id: p.id }))),
  };
}

function planIn(r: LearnerRecord, learnerId: string, links: Links): Pick<RecordInsert, 'plan' | 'interventions' | 'measures'> {
  if (!r.oppPlusPlan) return { plan: null, interventions: [], measures: [] };
  const { interventions, ...plan } = r.oppPlusPlan;
  return {
    plan: { ...plan, learner_id: learnerId },
    interventions: interventions.map(({ measures: _m, ...i }) => ({
      ...i,
      plan_id: plan.id,
      programme_id: i.programme_id ? (links.programmes.get(i.programme_id) ?? null) : null,
      staff_id: keepStaff(links, i.staff_id),
    })),
    measures: interventions.flatMap((i) => i.measures.map((m) => ({ ...m, intervention_id: i.id }))),
  };
}

/** Every row of the record, for the learner id it takes here (its own, or the id of the record it replaces). */
export function recordIn(r: LearnerRecord, learnerId: string, links: Links): RecordInsert {
  const l = r.learner;
  const owned = { learner_id: learnerId };
  return {
    learner: {
      ...l,
      id: learnerId,
      home_languages: JSON.stringify(l.home_languages),
      agencies: JSON.stringify(l.agencies),
      key_worker_id: keepStaff(links, l.key_worker_id),
      archived_at: null,
      legal_hold: 0,
      legal_hold_reason: null,
    },
    needs: r.needs.map((n) => ({ ...n, ...owned })),
    photo: r.photo ? { ...r.photo, ...owned, bytes: bytes(r.photo.bytes)! } : null,
    contacts: r.contacts.map((c) => ({ ...c, ...owned })),
    timeline: r.timeline.map((t) => ({ ...t, ...owned })),
    ...profilesIn(r, learnerId),
    ...planIn(r, learnerId, links),
    idps: r.idps.map((i) => ({ ...i, ...owned, content: JSON.stringify(i.content), photo: bytes(i.photo) })),
    reviews: r.reviews.map((x) => ({
      ...x,
      ...owned,
      // An invitee who is staff at the sending school keeps their name and role; only the link goes.
      invitees: JSON.stringify(x.invitees.map((i) => (i.kind === 'staff' ? { ...i, refId: keepStaff(links, i.refId) } : i))),
      record: JSON.stringify(x.record),
    })),
    disclosures: r.disclosures.map((d) => ({ ...d, ...owned, items: JSON.stringify(d.items) })),
  };
}

/** "Name (role)" for each member of staff the record names whose link was cleared; at most 20. */
export function clearedStaff(r: LearnerRecord, bundle: Pick<TransferBundle, 'staff'>, links: Links): string | null {
  const ids = [r.learner.key_worker_id, ...(r.oppPlusPlan?.interventions ?? []).map((i) => i.staff_id)];
  const cleared = [...new Set(ids)].filter((id): id is string => !!id && !links.staffHere.has(id));
  const named = cleared.map((id) => bundle.staff.find((s) => s.id === id)).filter((s) => !!s && s.name.trim());
  if (!named.length) return null;
  return named.slice(0, 20).map((s) => (s!.role.trim() ? `${s!.name.trim()} (${s!.role.trim()})` : s!.name.trim())).join(', ');
}

/** The learner's timeline says where the record came from (and who was named there). */
export function arrivalEvents(fromSchool: string, staff: string | null): { type: string; detail: string }[] {
  return [{ type: 'transferredIn', detail: fromSchool }, ...(staff ? [{ type: 'transferStaff', detail: staff }] : [])];
}
