/**
 * Settings: readable while locked (language, idle time), persisted in the data folder, validated by the contract.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, expectError, hashFiles, ok, setupVault, tempDir, testCore } from './helpers';

afterEach(cleanup);

const settingsFile = (dir: string) => join(dir, 'settings.json');

describe('settings', () => {
  test('defaults when nothing is stored: en, 10 minutes (600,000 ms); nothing is written by reading', async () => {
    const dir = tempDir();
    const core = testCore(dir);
    expect(ok(await core.invoke('settings.get', {}))).toEqual({ language: 'en', idleMinutes: 10, idleMs: 600_000 });
    expect(existsSync(settingsFile(dir))).toBe(false);
  });

  test('an update persists across a new openCore on the same folder; a partial update keeps the rest', async () => {
    const dir = tempDir();
    const first = testCore(dir);
    expect(ok(await first.invoke('settings.update', { language: 'cy', idleMinutes: 5 }))).toEqual({
      language: 'cy',
      idleMinutes: 5,
      idleMs: 300_000,
    });
    await first.close();

    const second = testCore(dir);
    expect(ok(await second.invoke('settings.get', {}))).toEqual({ language: 'cy', idleMinutes: 5, idleMs: 300_000 });
    expect(ok(await second.invoke('settings.update', { idleMinutes: 240 }))).toMatchObject({ language: 'cy', idleMinutes: 240 });
    expect(ok(await testCore(dir).invoke('settings.get', {}))).toMatchObject({ language: 'cy', idleMinutes: 240 });
  });

  test('the idle override for tests shows in idleMs only', async () => {
    const core = testCore(tempDir(), { idleMs: 1500 });
    expect(ok(await core.invoke('settings.get', {}))).toEqual({ language: 'en', idleMinutes: 10, idleMs: 1500 });
  });

  const INVALID: [string, unknown][] = [
    ['idleMinutes 0', { idleMinutes: 0 }],
    ['idleMinutes 1000', { idleMinutes: 1000 }],
    ["idleMinutes 'x'", { idleMinutes: 'x' }],
    ['idleMinutes 2.5', { idleMinutes: 2.5 }],
    ['idleMinutes NaN', { idleMinutes: Number.NaN }],
    ["language 'fr'", { language: 'fr' }],
    ["a valid language with idleMinutes 0 (all or nothing)", { language: 'cy', idleMinutes: 0 }],
    ['an unknown key', { language: 'cy', theme: 'dark' }],
  ];

  test.each(INVALID)('%s → INVALID, nothing stored (no file on a fresh folder)', async (_what, patch) => {
    const dir = tempDir();
    const core = testCore(dir);
    expectError(await core.dispatch('settings.update', patch), 'INVALID');
    expect(existsSync(settingsFile(dir))).toBe(false);
    expect(ok(await core.invoke('settings.get', {}))).toEqual({ language: 'en', idleMinutes: 10, idleMs: 600_000 });
  });

  test(`all ${INVALID.length} invalid updates after a valid one → INVALID, settings.json byte-for-byte unchanged`, async () => {
    const dir = tempDir();
    const core = testCore(dir);
    ok(await core.invoke('settings.update', { language: 'cy', idleMinutes: 30 }));
    const before = readFileSync(settingsFile(dir));
    for (const [, patch] of INVALID) expectError(await core.dispatch('settings.update', patch), 'INVALID');
    expect(readFileSync(settingsFile(dir)).equals(before)).toBe(true);
    expect(ok(await core.invoke('settings.get', {}))).toMatchObject({ language: 'cy', idleMinutes: 30 });
  });

  test('readable and updatable while locked, without touching the database or vault', async () => {
    const { dir, core } = await setupVault();
    ok(await core.invoke('vault.lock', {}));
    const before = hashFiles(dir);
    expect(ok(await core.invoke('settings.get', {}))).toMatchObject({ language: 'en' });
    expect(ok(await core.invoke('settings.update', { language: 'cy' }))).toMatchObject({ language: 'cy' });
    expect(ok(await core.invoke('settings.get', {}))).toMatchObject({ language: 'cy' });
    expect(ok(await core.invoke('vault.status', {})).state).toBe('locked');
    const after = hashFiles(dir);
    expect(after['caseload.db']).toBe(before['caseload.db']);
    expect(after['vault.json']).toBe(before['vault.json']);
  });

  test('a damaged settings file falls back to the defaults instead of stopping the app', async () => {
    const dir = tempDir();
    const first = testCore(dir);
    ok(await first.invoke('settings.update', { language: 'cy' }));
    // A hand-edited value out of range.
    writeFileSync(settingsFile(dir), JSON.stringify({ language: 'xx', idleMinutes: -3 }));
    expect(ok(await testCore(dir).invoke('settings.get', {}))).toEqual({ language: 'en', idleMinutes: 10, idleMs: 600_000 });
  });
});
