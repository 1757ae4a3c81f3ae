/**
 * Child process for storage-faults.test.ts: run under `ulimit -f` (with SIGXFSZ ignored, so an over-limit write
 * fails with EFBIG instead of killing the process), it makes a backup or saves a 1 MiB export into `folder` on its
 * own session, and reports the answer. This is how a full disk is made without root (no tmpfs mount).
 *
 * stdin: { dataDir, keyHex, folder, action: 'backup' | 'export' }   stdout: { ok, code?, message? }
 */
import { readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { isAppError } from '../../electron/core/app-error';
import { toAppError } from '../../electron/core/db/errors';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { saveExport } from '../../electron/core/export/save';
import { NO_PLATFORM } from '../../electron/core/platform';
import { makeBackup } from '../../electron/core/services/backup';
import { closeSession, openSession } from '../../electron/core/services/session';

const input = JSON.parse(readFileSync(0, 'utf8')) as { dataDir: string; keyHex: string; folder: string; action: 'backup' | 'export' };
// The store's paths spelled out: importing openCore's module would load every exporter (sharp among them).
const paths = { dataDir: input.dataDir, dbFile: join(input.dataDir, 'caseload.db'), vaultFile: join(input.dataDir, 'vault.json'), migrationBackup: join(input.dataDir, 'caseload.before-update.db') };
const session = await openSession(paths, Buffer.from(input.keyHex, 'hex'), { migrations: MIGRATIONS });
let answer: { ok: boolean; code?: string; message?: string };
try {
  if (input.action === 'backup') await makeBackup(session, input.folder, { at: new Date() });
  else {
    const platform = { ...NO_PLATFORM, chooseSavePath: async ({ defaultName }: { defaultName: string }) => join(input.folder, defaultName) };
    const audit = { action: 'profile.exported', entityType: 'profile', entityId: '00000000-0000-4000-8000-000000000000' };
    await saveExport(session, platform, { bytes: Buffer.alloc(1024 * 1024, 7), defaultName: 'big.docx', kind: 'docx' }, audit);
  }
  answer = { ok: true };
} catch (raw) {
  const e = toAppError(raw);
  answer = isAppError(e) ? { ok: false, code: e.code, message: e.message } : { ok: false, code: 'RAW', message: String(raw) };
} finally {
  await closeSession(session);
}
writeSync(1, JSON.stringify(answer));
