/**
 * The LA case pack (domain.md §2.2) as Word bytes, and the disclosure it makes. The pack holds the learner's plan
 * (the version in force, else the draft, marked as one), its record of information used and views, the OPP+
 * intervention history and the professionals involved. The disclosure (recipient, purpose, today, what went, how)
 * is written by `record`, which the caller runs in the same transaction as the export's audit entry, and only
 * once the file is saved (export/save.ts).
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { exportFileName } from '../../../shared/print';
import { todayIso } from '../../../shared/rules/dates';
import type { CasePackInput, Disclosure } from '../../../shared/schemas/idp';
import { AppError } from '../app-error';
import { nowIso, type Trx } from '../db/client';
import { CASE_PACK, PROFESSIONALS } from '../export/case-pack-labels';
import { buildCasePack, type PackContact } from '../export/case-pack-docx';
import { packDocument } from '../export/docx-text';
import { listContacts } from '../repositories/contacts';
import { getDraftRow, getLatestIssuedRow, insertDisclosure, listDisclosures as listDisclosureRows } from '../repositories/idp';
import { getLearner } from '../repositories/learners';
import { getSchool } from '../repositories/school';
import { getOwner } from '../repositories/staff';
import { getIdp } from './idp';
import { loadIdpSheet } from './idp-export';
import { displayName } from './learner-mapping';
import { getPlanFor } from './opp-plus';
import type { Session } from './session';

type Input = z.infer<typeof CasePackInput>;

/** The version in force (issued, or ceased), else the draft. */
async function planFor(s: Session, learnerId: string) {
  const row = (await getLatestIssuedRow(s.db, learnerId)) ?? (await getDraftRow(s.db, learnerId));
  return row ? getIdp(s, row.id) : null;
}

/** The coordinator first, the person the plan names as responsible if someone else, then the professionals. */
async function packContacts(s: Session, learnerId: string, responsible: { name: string; role: string; contact: string } | null, school: string): Promise<PackContact[]> {
  const owner = await getOwner(s.db);
  const out: PackContact[] = [];
  // The plan's contact details for the named person serve the coordinator too when they are the same person.
  const same = !!owner && responsible?.name === owner.name;
  if (owner) out.push({ name: owner.name, role: owner.role || CASE_PACK.coordinator, organisation: school, contact: same ? responsible!.contact : '' });
  if (responsible?.name && !same) out.push({ name: responsible.name, role: responsible.role, organisation: school, contact: responsible.contact });
  for (const c of await listContacts(s.db, learnerId)) {
    const role = PROFESSIONALS[c.relationship as keyof typeof PROFESSIONALS];
    if (role) out.push({ name: c.name, role, organisation: c.organisation ?? '', contact: [c.phone, c.email].filter(Boolean).join('\n') });
  }
  return out;
}

export interface CasePackFile {
  bytes: Buffer;
  defaultName: string;
  /** Counts and codes only: the audit log never holds whom it went to or what it said. */
  auditDetails: Record<string, unknown>;
  /** Writes the disclosure: run it in the transaction that writes the export's audit entry. */
  record: (trx: Trx) => Promise<void>;
}

export async function casePack(s: Session, input: Input): Promise<CasePackFile> {
  const learner = await getLearner(s.db, input.learnerId);
  if (!learner) throw new AppError('NOT_FOUND', 'That learner is no longer in the caseload.');
  const [idp, oppPlus] = [await planFor(s, input.learnerId), await getPlanFor(s, input.learnerId)];
  if (!idp && !oppPlus) throw new AppError('NOT_FOUND', 'This learner has no IDP and no OPP+ plan yet, so there is nothing to put in a case pack. Start one of them first.');
  const school = (await getSchool(s.db))?.name ?? '';
  const owner = await getOwner(s.db);
  const admin = idp?.content.administration;
  const responsible = admin ? { name: admin.responsibleName, role: admin.responsibleRole, contact: admin.responsibleContact } : null;
  const date = todayIso();
  const learnerName = displayName(learner);
  const { doc, items } = buildCasePack({
    mode: input.headings,
    learnerName,
    date,
    reason: input.reason,
    recipient: input.recipient,
    purpose: input.purpose,
    statement: input.statement,
    from: { school, name: owner?.name ?? '', role: owner?.role ?? '' },
    plan: idp ? await loadIdpSheet(s, idp, input.headings) : null,
    oppPlus,
    contacts: await packContacts(s, input.learnerId, responsible, school),
  });
  const lang = input.headings === 'cy' ? 'cy' : 'en';
  return {
    bytes: await packDocument(doc),
    defaultName: `${exportFileName(learnerName, CASE_PACK.fileLabel[lang], date)}.docx`,
    auditDetails: { reason: input.reason, parts: items.length, idpId: idp?.id ?? null, headings: input.headings },
    record: (trx) =>
      insertDisclosure(trx, { id: randomUUID(), learner_id: input.learnerId, date, recipient: input.recipient, purpose: input.purpose, items: JSON.stringify(items), method: 'Word document', created_at: nowIso() }),
  };
}

/** What has been shared about the learner, newest first. */
export async function listDisclosures(s: Session, learnerId: string): Promise<Disclosure[]> {
  const rows = await listDisclosureRows(s.db, learnerId);
  return rows.map((r) => ({ id: r.id, date: r.date, recipient: r.recipient, purpose: r.purpose, items: JSON.parse(r.items) as string[], method: r.method }));
}
