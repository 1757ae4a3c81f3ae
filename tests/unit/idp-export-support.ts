/**
 * Helpers for the IDP export tests (idp-docx*.test.ts, case-pack.test.ts, print.test.ts): a vault whose save
 * dialogs answer with a file in a temp folder, the fixture plan saved (and issued) through the contract, the
 * exported package read back, and the audit log's entries with their details.
 */
import { readFileSync } from 'node:fs';
import type { Input } from '../../shared/ipc';
import { IDP_PLAN, saveIdpPlan } from '../fixtures/idp-plan';
import type { IdpContent } from '../../shared/schemas/idp';
import { fakePlatform, type FakePlatform } from './fake-platform';
import { databaseKey, ok, setupVault, tempDir } from './helpers';
import { paragraphs, parseAllParts, tables, unzipDocx } from './docx-read';
import { issue, idpLearner, startDraft, withProfile, type Idp } from './idp-support';
import { withDb, type RegisterVault } from './register-support';

export type ExportVault = RegisterVault & { out: string; platform: FakePlatform };

export async function exportVault(): Promise<ExportVault> {
  const out = tempDir();
  const platform = fakePlatform(out);
  const v = await setupVault({}, { platform });
  return { ...v, out, platform, key: await databaseKey(v.dir, v.passphrase) };
}

/** A learner (with a profile and its picture) whose plan holds `content`; issued on `dateGiven` unless null. */
export async function seedPlan(v: ExportVault, o: { content?: IdpContent; dateGiven?: string | null; learner?: Partial<Input<'learners.create'>> } = {}): Promise<{ learnerId: string; idp: Idp }> {
  const learner = await idpLearner(v, o.learner);
  await withProfile(v, learner.id);
  const draft = await saveIdpPlan(v.core, await startDraft(v, learner.id), o.content ?? IDP_PLAN);
  const dateGiven = o.dateGiven === undefined ? '2026-11-20' : o.dateGiven;
  return { learnerId: learner.id, idp: dateGiven ? await issue(v, draft, dateGiven) : draft };
}

/** A saved Word file, unzipped and parsed: the body's paragraphs and tables, the header and footer texts. */
export function readDocx(file: string) {
  const parts = unzipDocx(readFileSync(file));
  const xml = parseAllParts(parts);
  const raw = (prefix: string) => Object.keys(parts).filter((p) => p.startsWith(prefix) && p.endsWith('.xml')).map((p) => new TextDecoder().decode(parts[p]));
  const texts = (prefix: string) => [...xml].filter(([p]) => p.startsWith(prefix)).flatMap(([, d]) => paragraphs(d).map((p) => p.text));
  const document = xml.get('word/document.xml')!;
  return { parts, body: paragraphs(document), tables: tables(document), header: texts('word/header'), footer: texts('word/footer'), footerXml: raw('word/footer').join('\n') };
}

export interface AuditRow {
  action: string;
  entityType: string | null;
  entityId: string | null;
  details: Record<string, unknown>;
}

export const auditRows = (v: RegisterVault): Promise<AuditRow[]> =>
  withDb(v, async (db) =>
    (await db.selectFrom('audit_log').select(['action', 'entity_type', 'entity_id', 'details']).orderBy('seq').execute()).map((r) => ({
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      details: JSON.parse(r.details) as Record<string, unknown>,
    })),
  );

export const exportDocx = async (v: ExportVault, idpId: string, headings: 'en' | 'cy' | 'bilingual') => ok(await v.core.invoke('idp.exportDocx', { idpId, headings })).saved!;
