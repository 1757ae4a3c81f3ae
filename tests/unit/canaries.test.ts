/**
 * Security test 1 (the part possible with the vault alone): after a real flow (setup, unlock/lock cycles, a wrong
 * guess, a passphrase change, a recovery, a migration backup), no file in the data folder holds any of the
 * distinctive strings in plaintext (UTF-8 or UTF-16LE), nor the passphrases, recovery keys or database key, nor an
 * unencrypted SQLite header. Checked twice: while unlocked (the WAL is live) and after closing.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { assessPassphrase } from '../../shared/rules/passphrase';
import { normalizeRecoveryKey } from '../../shared/rules/recovery-key';
import { cleanup, databaseKey, ok, readAllFiles, tempDir, testCore } from './helpers';

afterAll(cleanup);

const CANARY = {
  schoolName: 'Ysgol Canary Seven',
  userName: 'Canary Persona Eleven',
  role: 'Canary Role Thirteen',
};
const PASSPHRASE_1 = 'quokka marmalade zephyr lantern';
const PASSPHRASE_2 = 'xylophone tundra quince ember';
const PASSPHRASE_3 = 'walrus pavilion saffron drizzle';
const WRONG_GUESS = 'wombat carousel nightfall guess';
const SQLITE_HEADER = 'SQLite format 3';

interface Needle {
  label: string;
  bytes: Buffer;
}

/** Text needles in UTF-8 and UTF-16LE; binary needles as they are. */
function needlesFor(texts: Record<string, string>, binary: Record<string, Buffer> = {}): Needle[] {
  const out: Needle[] = [];
  for (const [label, text] of Object.entries(texts)) {
    out.push({ label: `${label} (UTF-8)`, bytes: Buffer.from(text, 'utf8') });
    out.push({ label: `${label} (UTF-16LE)`, bytes: Buffer.from(text, 'utf16le') });
  }
  for (const [label, bytes] of Object.entries(binary)) out.push({ label, bytes });
  return out;
}

interface ScanResult {
  files: string[];
  bytes: number;
  hits: string[];
}

function scan(dir: string, needles: Needle[]): ScanResult {
  const files = readAllFiles(dir);
  const hits: string[] = [];
  for (const { name, bytes } of files) {
    for (const needle of needles) if (bytes.includes(needle.bytes)) hits.push(`${needle.label} in ${name}`);
  }
  return { files: files.map((f) => f.name), bytes: files.reduce((n, f) => n + f.bytes.length, 0), hits };
}

describe('plaintext canaries in the data folder', () => {
  let needles: Needle[] = [];
  let whileUnlocked: ScanResult;
  let afterClose: ScanResult;
  let walBytesWhileUnlocked = 0;

  beforeAll(async () => {
    for (const p of [PASSPHRASE_1, PASSPHRASE_2, PASSPHRASE_3]) {
      expect(assessPassphrase(p, [CANARY.schoolName, CANARY.userName]).acceptable).toBe(true);
    }
    const dir = tempDir();
    const core = testCore(dir);
    const { recoveryKey: firstKey } = ok(await core.invoke('vault.setup', { ...CANARY, passphrase: PASSPHRASE_1 }));
    ok(await core.invoke('settings.update', { language: 'cy', idleMinutes: 7 }));
    for (let i = 0; i < 3; i++) {
      ok(await core.invoke('vault.lock', { reason: 'idle' }));
      ok(await core.invoke('vault.unlock', { passphrase: PASSPHRASE_1 }));
    }
    ok(await core.invoke('vault.lock', {}));
    expect((await core.invoke('vault.unlock', { passphrase: WRONG_GUESS })).ok).toBe(false);
    ok(await core.invoke('vault.unlock', { passphrase: PASSPHRASE_1 }));
    ok(await core.invoke('vault.changePassphrase', { current: PASSPHRASE_1, next: PASSPHRASE_2 }));
    ok(await core.invoke('vault.lock', {}));
    ok(await core.invoke('vault.unlock', { passphrase: PASSPHRASE_2 }));
    ok(await core.invoke('vault.lock', {}));
    const { recoveryKey: secondKey } = ok(await core.invoke('vault.recover', { recoveryKey: firstKey, next: PASSPHRASE_3 }));
    expect(ok(await core.invoke('school.get', {})).schoolName).toBe(CANARY.schoolName);

    const key = await databaseKey(dir, PASSPHRASE_3);
    needles = needlesFor(
      {
        'school name': CANARY.schoolName,
        'user name': CANARY.userName,
        role: CANARY.role,
        'first passphrase': PASSPHRASE_1,
        'changed passphrase': PASSPHRASE_2,
        'passphrase set by recovery': PASSPHRASE_3,
        'wrong guess': WRONG_GUESS,
        'first recovery key': firstKey,
        'first recovery key, bare': normalizeRecoveryKey(firstKey)!,
        'second recovery key': secondKey,
        'second recovery key, bare': normalizeRecoveryKey(secondKey)!,
        'database key, hex': key.toString('hex'),
        'database key, HEX': key.toString('hex').toUpperCase(),
        'database key, base64': key.toString('base64'),
        'SQLite header': SQLITE_HEADER,
      },
      { 'database key, raw bytes': key },
    );

    // 1. While unlocked: the WAL holds the latest pages.
    walBytesWhileUnlocked = statSync(`${core.paths.dbFile}-wal`).size;
    whileUnlocked = scan(dir, needles);
    await core.close();

    // 2. After an update that takes a backup copy (caseload.before-update.db) and a close.
    const updated = testCore(dir, {
      migrations: [...MIGRATIONS, { name: '0002-canary-noop', up: async () => undefined }],
    });
    ok(await updated.invoke('vault.unlock', { passphrase: PASSPHRASE_3 }));
    ok(await updated.invoke('vault.lock', {}));
    expect(existsSync(updated.paths.migrationBackup)).toBe(true);
    afterClose = scan(dir, needles);
  });

  test('the scanner finds every needle when it is there (positive control)', () => {
    const control = join(tempDir(), 'control');
    mkdirSync(control);
    for (const [i, n] of needles.entries()) writeFileSync(join(control, `f${i}`), Buffer.concat([Buffer.from('..'), n.bytes, Buffer.from('..')]));
    expect(scan(control, needles).hits).toHaveLength(needles.length);
  });

  test('while unlocked (live WAL): 0 hits for 15 strings × UTF-8/UTF-16LE + the raw key in db, -wal, -shm, vault.json, settings.json', () => {
    expect(needles).toHaveLength(31);
    expect(walBytesWhileUnlocked).toBeGreaterThan(0);
    expect(whileUnlocked.files).toEqual(
      expect.arrayContaining(['caseload.db', 'caseload.db-wal', 'caseload.db-shm', 'vault.json', 'settings.json']),
    );
    expect(whileUnlocked.hits, `${whileUnlocked.files.length} files, ${whileUnlocked.bytes} bytes scanned`).toEqual([]);
  });

  test('after closing, backup included: 0 hits in db, backup, vault.json, settings.json', () => {
    expect(afterClose.files).toEqual(
      expect.arrayContaining(['caseload.db', 'caseload.before-update.db', 'vault.json', 'settings.json']),
    );
    expect(afterClose.hits, `${afterClose.files.length} files, ${afterClose.bytes} bytes scanned`).toEqual([]);
  });

  test('no file name carries the key (the URI mistake would put it there)', () => {
    for (const name of [...whileUnlocked.files, ...afterClose.files]) {
      expect(name).toMatch(/^(caseload\.db(-wal|-shm)?|caseload\.before-update\.db|vault\.json|settings\.json)$/);
    }
  });
});
