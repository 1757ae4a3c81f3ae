/**
 * The database operations, each run on both stores through the same services with a Session, interleaved
 * (orderOf), so the ratio is the cost of the cipher alone: unlock, the caseload list, search as you type, the due
 * panel, opening a learner's page, autosaving one field, and the IDP Word export (one plan, then a batch).
 */
import type { Sample } from '../../electron/core/sample/generate';
import { dueItems, listCaseload } from '../../electron/core/services/caseload';
import { listContacts } from '../../electron/core/services/contacts';
import { idpDocx } from '../../electron/core/services/idp-export';
import { learnerDocuments, updateLearner, viewLearner } from '../../electron/core/services/learners';
import { getPhoto } from '../../electron/core/services/photos';
import { closeSession, type Session, type StorePaths } from '../../electron/core/services/session';
import { openEncrypted, openPlain, unlockKey } from './stores';
import { orderOf, time, type Results, type Which } from './table';

export type Pair = Record<Which, Session>;

const WARM_UP = 3;

export const OPS = {
  kdf: 'unlock: passphrase KDF (scrypt N=2^17)¹',
  open: 'unlock: open database + migration check',
  list: 'caseload list (default view, all learners)',
  search: 'search as you type (each keystroke query)',
  due: 'due and overdue panel',
  page: "open a learner's page (get + audit entry, contacts, documents, photo)",
  autosave: 'autosave one field (update + audit entry)',
  idp: 'IDP Word export (issued plan, 3 provision elements)',
  idpBatch: 'IDP Word export, batch of every issued plan (whole batch)²',
} as const;

/** Unlock in two parts: the passphrase KDF (encrypted only), then opening the database and checking migrations. */
export async function measureUnlock(results: Results, paths: StorePaths, plainFile: string, key: Buffer): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const [ms, k] = await time(() => unlockKey(paths));
    k.fill(0);
    results.record(OPS.kdf, 'enc', ms);
  }
  for (let i = 0; i < 20; i++) {
    for (const which of orderOf(i)) {
      const [ms, s] = await time(() => (which === 'enc' ? openEncrypted(paths, key) : openPlain(plainFile)));
      results.record(OPS.open, which, ms);
      await closeSession(s);
    }
  }
}

/** Typed as a person types: prefixes of a learner's name, then of words from the notes (1 to 4 words). */
function typing(sample: Sample, i: number): string[] {
  const count = sample.learners.length;
  const l = sample.learners[(i * 37) % count]!.learner;
  const note = (sample.learners.find((x, j) => j >= (i * 37) % count && x.learner.notes)?.learner.notes ?? 'visual timetable').split(' ');
  return [
    l.legalFirstName.slice(0, 2),
    l.legalFirstName,
    `${l.legalFirstName} ${l.legalLastName.slice(0, 3)}`,
    `${l.legalFirstName} ${l.legalLastName}`,
    `${note[0]} ${note[1]?.slice(0, 3) ?? ''}`,
    `${note.slice(0, 3).join(' ')} ${note[3]?.slice(0, 2) ?? ''}`,
  ];
}

/** What the learner page asks for when it opens (LearnerPage, ContactsPanel, the plan buttons, PhotoPanel). */
async function openPage(s: Session, id: string) {
  const detail = await viewLearner(s, id);
  await Promise.all([listContacts(s, id), learnerDocuments(s, id), getPhoto(s, id)]);
  return detail;
}

/** One iteration of the everyday operations on one store; `put` drops the warm-up samples. */
async function everydayOnce(s: Session, id: string, searches: string[], note: string, versions: Map<string, number>, put: (op: string, ms: number) => void) {
  put(OPS.list, (await time(() => listCaseload(s, {})))[0]);
  for (const search of searches) put(OPS.search, (await time(() => listCaseload(s, { search })))[0]);
  put(OPS.due, (await time(() => dueItems(s)))[0]);
  const [openMs, detail] = await time(() => openPage(s, id));
  put(OPS.page, openMs);
  const [saveMs, saved] = await time(() => updateLearner(s, id, versions.get(id) ?? detail.version, { notes: note }));
  versions.set(id, saved.version);
  put(OPS.autosave, saveMs);
}

export async function measureEveryday(results: Results, pair: Pair, learnerIds: string[], sample: Sample, runs: number): Promise<void> {
  const versions: Record<Which, Map<string, number>> = { enc: new Map(), plain: new Map() };
  for (let i = -WARM_UP; i < runs; i++) {
    const id = learnerIds[((i + WARM_UP) * 131) % learnerIds.length]!;
    const searches = typing(sample, i + WARM_UP);
    for (const which of orderOf(i)) {
      const put = (op: string, ms: number) => i >= 0 && results.record(op, which, ms);
      await everydayOnce(pair[which], id, searches, `Autosaved note ${i} for ${which}.`, versions[which], put);
    }
  }
}

/**
 * The IDP Word export (read, sheet, build, pack; the save dialog and the file are the platform's) of the seeded
 * issued plans: `runs` interleaved, then every issued plan one after another, twice on each store, as a school
 * exporting its whole ALN register would.
 */
export async function measureIdpExport(results: Results, pair: Pair, issued: string[], runs: number): Promise<void> {
  if (issued.length === 0) throw new Error('the sample has no issued IDP');
  for (let i = -WARM_UP; i < runs; i++) {
    for (const which of orderOf(i)) {
      const [ms] = await time(() => idpDocx(pair[which], issued[(i + WARM_UP) % issued.length]!, 'en'));
      if (i >= 0) results.record(OPS.idp, which, ms);
    }
  }
  // Enc, plain, plain, enc: a drift over the minute the batches take (heap growth, a neighbour) hits both alike.
  const label = OPS.idpBatch.replace('every issued plan', `${issued.length} issued plans`);
  for (const which of ['enc', 'plain', 'plain', 'enc'] as const) {
    const [ms] = await time(async () => {
      for (const id of issued) await idpDocx(pair[which], id, 'en');
    });
    results.record(label, which, ms);
  }
}
