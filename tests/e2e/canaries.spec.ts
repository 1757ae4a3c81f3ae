/**
 * Security test 1, no plaintext at rest: a full flow writes 50 made-up, distinctive strings (canary-data.ts): a
 * handful typed through the UI (setup, a learner with a photo, a contact, a profile item, an IDP section), the rest
 * seeded through the core (more learners, contacts, profile, OPP+, IDP, review, staff); then a backup, a transfer
 * file, lock, unlock, lock, close, and a restart that updates the database (so the pre-update copy exists).
 *
 * The core and Chromium run with TMPDIR pointed at a folder of their own (Chromium's profile lives there too), the
 * core's log and the page's console go to a logs folder, and all of it is read byte by byte: the data folder
 * (database, -wal, -shm, vault.json, settings.json, the pre-update copy), the backup folder, the transfer file,
 * the logs and the temp folder. Three scans: unlocked with the browser open, locked, and after closing. Each must
 * find none of the 50 strings (UTF-8 or UTF-16LE, raw or unpacked) nor the passphrases, and no plaintext SQLite
 * header. A positive control then plants some of them in the temp folder and the same scanner must find exactly
 * those. No Word or PDF export is made in this flow: exports are plaintext by design.
 */
import type { Page } from '@playwright/test';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { CANARIES, decryptedContents, seedCanaries, SEEDED, TYPED } from './canary-data';
import { describeScan, scan, SQLITE_HEADER, textNeedles, type Needle, type Root, type ScanResult } from './canary-scan';
import { expect, PASSPHRASE, setUp, snap, test, unlock } from './fixtures';
import type { LaunchedApp } from './harness';
import { call } from './profile-helpers';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'All changes saved' }).first()).toBeVisible();
/** Hidden in the photo's EXIF: re-encoding must drop it (and it must not reach any file in the clear). */
const EXIF_CANARY = 'Exifwick Pellthorne camera owner';

async function typeLearner(page: Page, photo: string): Promise<string> {
  await nav(page, 'Caseload');
  await page.getByRole('link', { name: 'Add learner' }).click();
  await page.getByRole('textbox', { name: 'Legal first name' }).fill(TYPED.learnerFirstName);
  await page.getByRole('textbox', { name: 'Legal surname' }).fill(TYPED.learnerLastName);
  await page.getByLabel('Date of birth').fill('2014-09-12');
  await page.getByRole('button', { name: 'Add learner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${TYPED.learnerFirstName} ${TYPED.learnerLastName}` })).toBeVisible();
  const id = /#\/learner\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
  await page.getByRole('textbox', { name: 'Preferred name' }).fill(TYPED.preferredName);
  await page.getByRole('textbox', { name: 'Notes' }).fill(TYPED.learnerNotes);
  await page.getByRole('textbox', { name: 'Notes' }).blur();
  await saved(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose photo' }).click();
  await (await chooser).setFiles(photo);
  await expect(page.getByRole('img', { name: `Photo of ${TYPED.preferredName} ${TYPED.learnerLastName}` })).toBeVisible();
  return id;
}

async function typeContact(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await page.getByRole('button', { name: 'Add contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a contact' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(TYPED.contactName);
  await dialog.getByRole('combobox', { name: 'Relationship' }).click();
  await page.getByRole('option', { name: 'Mother' }).click();
  await dialog.getByRole('textbox', { name: 'Phone' }).fill(TYPED.contactPhone);
  await dialog.getByRole('textbox', { name: 'Email' }).fill(TYPED.contactEmail);
  await dialog.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByRole('article', { name: TYPED.contactName })).toBeVisible();
}

async function typeProfileItemAndIdp(page: Page, learnerId: string): Promise<void> {
  await page.getByRole('link', { name: 'One-page profile' }).click();
  const appreciation = page.getByRole('region', { name: 'What people appreciate about me' });
  await appreciation.getByRole('button', { name: 'Add an item' }).click();
  await appreciation.getByRole('textbox', { name: 'Item 1' }).fill(TYPED.profileItem);
  await appreciation.getByRole('textbox', { name: 'Item 1' }).blur();
  await saved(page);

  await page.evaluate((h) => (window.location.hash = h), `#/idp/${learnerId}`);
  await page.getByRole('button', { name: 'Start an IDP' }).click();
  const core = page.getByRole('region', { name: "1A: The learner's core details", exact: true });
  await core.getByRole('textbox', { name: 'Address', exact: true }).fill(TYPED.idpAddress);
  await core.getByRole('textbox', { name: 'Address', exact: true }).blur();
  await saved(page);
}

async function lockAndUnlock(page: Page): Promise<void> {
  const locked = page.getByRole('heading', { name: 'Caseload is locked' });
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(locked).toBeVisible();
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(locked).toBeVisible();
}

interface Folders {
  root: string;
  tmp: string;
  logs: string;
}

function folders(): Folders {
  const root = mkdtempSync(join(tmpdir(), 'caseload-canary-'));
  const f = { root, tmp: join(root, 'tmp'), logs: join(root, 'logs') };
  mkdirSync(f.tmp);
  mkdirSync(f.logs);
  return f;
}

/** The core's log and the page's console and errors, into the logs folder. */
function capture(app: LaunchedApp, logs: string): void {
  const write = (line: string) => appendFileSync(join(logs, 'renderer.log'), `${line}\n`);
  app.page.on('console', (m) => write(`${m.type()}: ${m.text()}`));
  app.page.on('pageerror', (e) => write(`pageerror: ${e.message}`));
}

/** The backup and the transfer file open with their secrets and hold the learners (so they were worth scanning). */
async function expectBothOpen(app: LaunchedApp, transferFile: string, transferPassphrase: string): Promise<void> {
  const folder = join(app.exportsDir, 'backup');
  const backups = readdirSync(folder).filter((n) => n.endsWith('.caseload-backup'));
  expect(backups).toHaveLength(1);
  app.openAnswers.backup = join(folder, backups[0]!);
  const chosen = await call(app.core, 'vault.chooseBackup', {});
  const summary = await call(app.core, 'vault.inspectBackup', { token: chosen!.token, secret: PASSPHRASE });
  expect(summary).toMatchObject({ integrity: 'ok', learners: 3, profiles: 2, oppPlusPlans: 1, idps: 2, reviews: 1 });

  app.openAnswers.transfer = transferFile;
  const file = await call(app.core, 'transfer.choose', {});
  const preview = await call(app.core, 'transfer.preview', { token: file!.token, passphrase: transferPassphrase });
  expect(preview.fromSchool).toBe(TYPED.schoolName);
  expect(preview.learners.map((l) => l.name).join(' | ')).toContain(TYPED.learnerLastName);
  expect(preview.learners).toHaveLength(3);
}

function report(name: string, roots: Root[], r: ScanResult): string {
  const lines = [`${name}: ${r.files.length} files, ${r.bytes} bytes, ${r.unpacked} unpacked views; ${describeScan(roots, r)}`];
  lines.push(...r.files.map((f) => `  ${f.name} (${f.bytes} bytes)`));
  lines.push(`  hits: ${r.hits.length}; plaintext SQLite headers: ${r.sqliteFiles.length}; Chromium's own SQLite files: ${r.browserSqliteFiles.length}`);
  return lines.join('\n');
}

test('no plaintext at rest: 50 canaries after a full flow, in data, backups, transfer file, logs and temp', async ({ launch, dataDir }, info) => {
  test.setTimeout(300_000);
  test.skip(process.env.E2E_RUNTIME === 'electron', 'the flow seeds and drives backups through the in-process core');
  const f = folders();
  const savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = f.tmp;
  const log = (line: string) => appendFileSync(join(f.logs, 'core.log'), `${line}\n`);
  try {
    const photo = info.outputPath('canary-photo.jpg');
    const exif = { IFD0: { ImageDescription: EXIF_CANARY, Artist: EXIF_CANARY } };
    writeFileSync(photo, await sharp({ create: { width: 900, height: 700, channels: 3, background: '#6a9' } }).jpeg().withExif(exif).toBuffer());

    const app = await launch({ core: { log } });
    capture(app, f.logs);
    const { page, core, exportsDir } = app;
    const recoveryKey = await setUp(page, undefined, { schoolName: TYPED.schoolName, userName: TYPED.userName, role: TYPED.role });
    const typedId = await typeLearner(page, photo);
    await typeContact(page);
    await typeProfileItemAndIdp(page, typedId);
    await snap(page, info, 'canaries-idp-typed');
    const seededIds = await seedCanaries(core!);

    const folder = await call(core, 'backup.chooseFolder', {});
    const backup = await call(core, 'backup.now', {});
    const transfer = await call(core, 'transfer.export', { learnerIds: [typedId, ...seededIds], recipient: SEEDED.transferRecipient });
    expect(transfer.saved).not.toBeNull();
    await expectBothOpen(app, transfer.saved!, transfer.passphrase!);
    info.annotations.push({ type: 'flow', description: `backup folder ${JSON.stringify(folder)}, backup ${JSON.stringify(backup)}, transfer ${transfer.learners} learners` });

    const needles: Needle[] = [
      ...textNeedles(CANARIES),
      ...textNeedles({ exif: EXIF_CANARY, passphrase: PASSPHRASE, recoveryKey, recoveryKeyBare: recoveryKey.replace(/-/g, ''), transferPassphrase: transfer.passphrase ?? '' }),
    ];
    expect(Object.keys(CANARIES)).toHaveLength(50);
    const roots: Root[] = [
      { label: 'data', dir: dataDir },
      { label: 'exports (backup folder and transfer file)', dir: exportsDir },
      { label: 'logs', dir: f.logs },
      { label: 'temp', dir: f.tmp },
    ];

    const unlocked = scan(roots, needles);
    await lockAndUnlock(page);
    const locked = scan(roots, needles);
    await app.close();

    // A restart that brings a database update: the copy taken before it (caseload.before-update.db) is scanned too.
    const again = await launch({ core: { log, migrations: [...MIGRATIONS, { name: '9999-canary-noop', up: async () => undefined }] } });
    capture(again, f.logs);
    await unlock(again.page, PASSPHRASE);
    await expect(again.page.getByRole('button', { name: 'Lock now' })).toBeVisible();
    await again.page.getByRole('button', { name: 'Lock now' }).click();
    await again.close();
    const closed = scan(roots, needles);

    const text = [report('1. unlocked, browser open', roots, unlocked), report('2. locked, browser open', roots, locked), report('3. everything closed', roots, closed)].join('\n');
    console.log(text);
    await info.attach('scanned-files.txt', { body: text, contentType: 'text/plain' });

    // The strings are really stored (encrypted): all 50 are in the decrypted database; the photo's EXIF is not.
    const contents = await decryptedContents(join(dataDir, 'caseload.db'), join(dataDir, 'vault.json'), PASSPHRASE);
    expect(Object.entries(CANARIES).filter(([, t]) => !contents.includes(Buffer.from(t, 'utf8'))).map(([k]) => k)).toEqual([]);
    expect(contents.includes(Buffer.from(EXIF_CANARY, 'utf8'))).toBe(false);

    const names = closed.files.map((x) => x.name);
    for (const file of ['caseload.db', 'vault.json', 'settings.json', 'caseload.before-update.db']) expect(names).toContain(`data/${file}`);
    expect(unlocked.files.map((x) => x.name)).toEqual(expect.arrayContaining(['data/caseload.db-wal', 'data/caseload.db-shm']));
    expect(names.filter((n) => n.endsWith('.caseload-backup'))).toHaveLength(1);
    expect(names.filter((n) => n.endsWith('.caseload-transfer'))).toHaveLength(1);
    expect(names).toEqual(expect.arrayContaining(['logs/renderer.log']));
    // Chromium's profile was under the temp folder while it ran (it removes it when it closes).
    expect(unlocked.files.filter((x) => x.name.startsWith('temp/playwright_chromiumdev_profile-')).length).toBeGreaterThan(0);
    for (const r of [unlocked, locked, closed]) {
      expect(r.hits).toEqual([]);
      expect(r.sqliteFiles).toEqual([]);
    }

    // Positive control: planted in the temp folder, raw and gzipped, the scanner must find exactly these.
    writeFileSync(join(f.tmp, 'control-utf8.txt'), `..${TYPED.learnerLastName}..`);
    writeFileSync(join(f.tmp, 'control-utf16.bin'), Buffer.from(`..${SEEDED.oppTarget}..`, 'utf16le'));
    writeFileSync(join(f.tmp, 'control.gz'), gzipSync(Buffer.from(SEEDED.idpNeed)));
    writeFileSync(join(f.tmp, 'control.db'), Buffer.concat([SQLITE_HEADER, Buffer.alloc(100)]));
    const control = scan(roots, needles);
    expect(control.hits.sort()).toEqual(
      [
        `learnerLastName "${TYPED.learnerLastName}" (UTF-8) in temp/control-utf8.txt`,
        `oppTarget "${SEEDED.oppTarget}" (UTF-16LE) in temp/control-utf16.bin`,
        `idpNeed "${SEEDED.idpNeed}" (UTF-8) in temp/control.gz (gunzipped)`,
      ].sort(),
    );
    expect(control.sqliteFiles).toEqual(['temp/control.db']);
  } finally {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    rmSync(f.root, { recursive: true, force: true });
  }
});
