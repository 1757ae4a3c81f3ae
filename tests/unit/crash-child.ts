/**
 * Child process for crash-sigkill.test.ts (security test 3). It builds the core's vault, handlers and dispatch on
 * a data folder, unlocks it (which migrates when it is given probe migrations the database has not seen), then
 * writes in a loop through the real channels until the parent kills it with SIGKILL. After each call resolves (the transaction has committed)
 * it writes one JSON line describing what is now on disk; the parent checks every such line after the kill.
 *
 * The lines go out with a synchronous write(2) to the pipe: once the call returns, the line is in the kernel's
 * pipe buffer and survives the kill. Each line is far below PIPE_BUF (4096 bytes), so it is never torn.
 *
 * stdin: ChildInput   stdout: 'loaded', then one Report per committed transaction (both in crash-support.ts).
 */
import { readFileSync, writeSync } from 'node:fs';
import sharp from 'sharp';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { createDispatch, type Handlers } from '../../electron/core/dispatch';
import { contactHandlers } from '../../electron/core/handlers/contacts';
import { learnerHandlers } from '../../electron/core/handlers/learners';
import { profileHandlers } from '../../electron/core/handlers/profiles';
import { vaultHandlers } from '../../electron/core/handlers/vault';
import { VaultService } from '../../electron/core/services/vault';
import type { Envelope } from '../../shared/errors';
import type { ChannelName, Input, Output } from '../../shared/ipc';
import { digest, prng, probeMigrations, type ChildInput, type Report } from './crash-support';

const say = (line: Report | 'loaded') => writeSync(1, `${typeof line === 'string' ? line : JSON.stringify(line)}\n`);
// Loaded and waiting: the parent starts the next child early and sends its input (starting the clock) when due.
say('loaded');
const input = JSON.parse(readFileSync(0, 'utf8')) as ChildInput;

const random = prng(input.seed);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
// The core as openCore builds it (same VaultService, handlers and dispatch), with only the four handler groups
// this loop calls: loading every exporter (docx, pdf-lib) would triple the start-up time of each of 200 children.
const vault = new VaultService(input.paths, {
  migrations: [...MIGRATIONS, ...probeMigrations(input.probes)],
  failureDelay: { baseMs: 1, capMs: 8 },
});
const handlers = { ...vaultHandlers(vault, false), ...learnerHandlers(vault), ...contactHandlers(vault), ...profileHandlers(vault) };
const dispatch = createDispatch(handlers as unknown as Handlers, () => vault.state() === 'unlocked', () => {});

async function call<C extends ChannelName>(channel: C, payload: Input<C>): Promise<Output<C>> {
  const answer = (await dispatch(channel, payload)) as Envelope<Output<C>>;
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

const live = new Map(input.learners.map((l) => [l.id, { name: l.name, version: 0 }]));
let counter = 0;
const tag = () => `s${input.seed.toString(36)}-${counter++}`;

/** The learner's current version, read the way the app does when a learner's page opens (a logged view). */
async function version(id: string): Promise<number> {
  const known = live.get(id)!;
  if (known.version) return known.version;
  const detail = await call('learners.get', { id });
  say({ op: 'viewed', id });
  return (known.version = detail.version);
}

async function createLearner(): Promise<void> {
  const [first, last] = ['Crash', `Learner ${tag()}`];
  const d = await call('learners.create', { legalFirstName: first, legalLastName: last, dateOfBirth: '2015-05-05', notes: `created ${tag()}` });
  live.set(d.id, { name: `${first} ${last}`, version: d.version });
  say({ op: 'learner', id: d.id, name: `${first} ${last}`, version: d.version, notes: digest([d.notes ?? '']) });
}

async function updateLearner(id: string): Promise<void> {
  const notes = `updated ${tag()} ${'x'.repeat(Math.floor(random() * 3000))}`;
  const d = await call('learners.update', { id, version: await version(id), patch: { notes } });
  live.get(id)!.version = d.version;
  say({ op: 'learner', id, version: d.version, notes: digest([d.notes ?? '']) });
}

async function addContact(learnerId: string): Promise<void> {
  const c = await call('contacts.create', { learnerId, name: `Contact ${tag()}`, relationship: 'MOTHER', phone: '01234 567890' });
  say({ op: 'contact', id: c.id, learnerId, name: c.name });
}

async function saveProfile(learnerId: string): Promise<void> {
  const current = await call('profiles.current', { ownerKind: 'learner', ownerId: learnerId });
  say({ op: 'profile', id: current.id, learnerId, version: current.version, items: digest(current.items.map((i) => i.text)), saved: false });
  const texts = Array.from({ length: 1 + Math.floor(random() * 8) }, () => `Item ${tag()}`);
  const items = texts.map((text) => ({ section: 'support' as const, text, contributor: 'staff' as const, firstPerson: false, importantFor: false }));
  const saved = await call('profiles.saveItems', { profileId: current.id, version: current.version, items });
  say({ op: 'profile', id: saved.id, learnerId, version: saved.version, items: digest(saved.items.map((i) => i.text)), saved: true });
}

/** A noisy image (so the re-encoded JPEG stays large): a few hundred KB into the WAL at once. */
async function setPhoto(learnerId: string): Promise<void> {
  const side = 300 + Math.floor(random() * 400);
  const pixels = Buffer.alloc(side * side * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.floor(random() * 256);
  const png = await sharp(pixels, { raw: { width: side, height: side, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
  await call('photos.set', { learnerId, imageBase64: png.toString('base64') });
  say({ op: 'photo', learnerId });
}

/** Announced first: if the kill lands after the commit but before the report, the parent accepts it gone. */
async function deleteLearner(id: string): Promise<void> {
  say({ op: 'deleting', id });
  await call('learners.delete', { id, confirmName: live.get(id)!.name });
  live.delete(id);
  say({ op: 'deleted', id });
}

/** Locking closes the connection (the last one: SQLite checkpoints and removes the WAL); unlocking reopens it. */
async function lockAndUnlock(): Promise<void> {
  say({ op: 'locking' });
  await call('vault.lock', { reason: 'user' });
  say({ op: 'locked' });
  for (const l of live.values()) l.version = 0;
  await call('vault.unlock', { passphrase: input.passphrase });
  say({ op: 'unlocked', probes: input.probes });
}

async function step(): Promise<void> {
  const ids = [...live.keys()];
  const r = random();
  if (ids.length < 3 || r < 0.2) return createLearner();
  const id = pick(ids);
  if (r < 0.45) return updateLearner(id);
  if (r < 0.6) return addContact(id);
  if (r < 0.8) return saveProfile(id);
  if (r < 0.88) return setPhoto(id);
  if (r < 0.94) return deleteLearner(id);
  return lockAndUnlock();
}

await call('vault.unlock', { passphrase: input.passphrase });
say({ op: 'unlocked', probes: input.probes });
for (;;) await step();
