/**
 * Transfer to another school (issue 8): the sending side makes one encrypted file of the chosen learners' full
 * records and records the disclosure on each; the receiving side opens it with the one-time passphrase, sees who
 * is in it and who they match, and imports what it chooses.
 *
 * The renderer never sees a path: the file chosen stays here behind a random token, and so does the checked
 * bundle once opened (in memory only, dropped on import and whenever Caseload locks). The passphrase is returned
 * once to be shown, and never stored or logged.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import sharp from 'sharp';
import type { z } from 'zod';
import { todayIso } from '../../../shared/rules/dates';
import type { TransferChoice, TransferExportInput, TransferExportResult, TransferImportInput, TransferImportResult, TransferPreview, TransferPreviewInput } from '../../../shared/schemas/transfer';
import { AppError } from '../app-error';
import { nowIso } from '../db/client';
import { saveExport } from '../export/save';
import { FILE_EXTENSIONS, type Platform } from '../platform';
import { insertDisclosure } from '../repositories/idp';
import { getSchool } from '../repositories/school';
import { MAX_INPUT_PIXELS, sniffImage } from './photos';
import { collectBundle, disclosureItems } from './transfer-bundle';
import type { ScryptParams } from '../vault/crypto';
import { MAX_TRANSFER_BYTES, newTransferPassphrase, openTransfer, sealTransfer } from './transfer-file';
import { importBundle, previewBundle } from './transfer-import';
import { TransferBundle } from './transfer-schema';
import type { Session } from './session';
import type { VaultService } from './vault';

type Out<T extends z.ZodType> = z.infer<T>;

export const TRANSFER_PURPOSE = 'Transfer to another school';
export const TRANSFER_METHOD = 'Encrypted transfer file';
/** Files opened and not yet imported: a few at most (each may hold a whole bundle in memory). */
const KEEP_OPEN = 3;

const unreadable = (where: string) =>
  new AppError('BAD_FILE', `This transfer file holds something Caseload cannot accept (${where}), so nothing was read from it. Ask the school that sent it to update Caseload and make the file again.`);

/** The bundle checked by its schema; a refusal names the field path (keys and indexes only) or the broken rule. */
export function parseBundle(json: string): TransferBundle {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw unreadable('not a record bundle');
  }
  const parsed = TransferBundle.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = (issue?.path ?? []).map(String).filter((p) => /^[A-Za-z0-9_]{1,40}$/.test(p)).slice(0, 8).join('.');
  throw unreadable(issue?.code === 'custom' ? issue.message : path || 'its layout');
}

/** A photo from a file is decoded in full before it is kept: JPEG by its bytes, the size it claims, no metadata. */
async function checkPhoto(b64: string, width: number | null, height: number | null): Promise<void> {
  const bytes = Buffer.from(b64, 'base64');
  const fail = () => unreadable('a photo that is not a plain JPEG of the size it claims');
  if (sniffImage(bytes) !== 'jpeg') throw fail();
  try {
    const meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).metadata();
    if (meta.format !== 'jpeg' || meta.width !== width || meta.height !== height || meta.exif || meta.xmp || meta.iptc) throw fail();
    await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).raw().toBuffer();
  } catch {
    throw fail();
  }
}

async function checkPhotos(bundle: TransferBundle): Promise<void> {
  for (const r of bundle.learners) {
    if (r.photo) await checkPhoto(r.photo.bytes, r.photo.width, r.photo.height);
    for (const p of [...r.profiles, ...r.idps]) if (p.photo) await checkPhoto(p.photo, p.photo_width, p.photo_height);
  }
}

export async function exportTransfer(s: Session, platform: Platform, input: Out<typeof TransferExportInput>, scrypt?: ScryptParams): Promise<Out<typeof TransferExportResult>> {
  const out = await collectBundle(s.db, input.learnerIds, (await getSchool(s.db))?.name ?? '');
  // The receiving school's own check, run here first: a record it would refuse is caught before anything is saved.
  const checked = TransferBundle.safeParse(out);
  if (!checked.success) throw new AppError('INTERNAL', 'Part of a record could not be put in a transfer file, so nothing was saved. Contact support.');
  const passphrase = newTransferPassphrase();
  const bytes = await sealTransfer(JSON.stringify(out), passphrase, scrypt);
  if (bytes.length > MAX_TRANSFER_BYTES) throw new AppError('INVALID', 'That is too much for one transfer file. Transfer fewer learners at a time.');
  const date = todayIso();
  const { saved } = await saveExport(
    s,
    platform,
    { bytes, defaultName: `Caseload transfer ${date}.${FILE_EXTENSIONS.transfer}`, kind: 'transfer' },
    { action: 'transfer.exported', entityType: 'transfer', entityId: randomUUID(), details: { learners: checked.data.learners.length, learnerIds: checked.data.learners.map((r) => r.learner.id) } },
    async (trx) => {
      for (const r of checked.data.learners) {
        const items = JSON.stringify(disclosureItems(r));
        await insertDisclosure(trx, { id: randomUUID(), learner_id: r.learner.id, date, recipient: input.recipient, purpose: TRANSFER_PURPOSE, items, method: TRANSFER_METHOD, created_at: nowIso() });
      }
    },
  );
  return saved ? { saved, passphrase, learners: checked.data.learners.length } : { saved: null, passphrase: null, learners: 0 };
}

interface OpenFile {
  path: string;
  bundle: TransferBundle | null;
}

/** The receiving side's files, by token, for this unlocked session only. */
export class TransferInbox {
  private readonly files = new Map<string, OpenFile>();

  constructor(vault: VaultService) {
    // Locking drops every opened file: its contents are personal data, held in memory.
    vault.events.on('vault.changed', ({ state }: { state: string }) => {
      if (state !== 'unlocked') this.files.clear();
    });
  }

  async choose(platform: Platform): Promise<Out<typeof TransferChoice>> {
    const path = await platform.chooseOpenFile({ kind: 'transfer' });
    if (!path) return null;
    const size = fileSize(path);
    const token = randomUUID();
    this.files.set(token, { path, bundle: null });
    for (const old of [...this.files.keys()].slice(0, -KEEP_OPEN)) this.files.delete(old);
    return { token, fileName: basename(path), bytes: size };
  }

  async preview(s: Session, { token, passphrase }: Out<typeof TransferPreviewInput>): Promise<Out<typeof TransferPreview>> {
    const file = this.require(token);
    fileSize(file.path);
    const bundle = parseBundle(await openTransfer(readBytes(file.path), passphrase));
    await checkPhotos(bundle);
    file.bundle = bundle;
    return previewBundle(s.db, bundle, token);
  }

  async import(s: Session, { token, choices }: Out<typeof TransferImportInput>): Promise<Out<typeof TransferImportResult>> {
    const file = this.require(token);
    if (!file.bundle) throw new AppError('INVALID', 'Open the transfer file with its passphrase first.');
    const result = await importBundle(s, file.bundle, choices);
    this.files.delete(token);
    return result;
  }

  private require(token: string): OpenFile {
    const file = this.files.get(token);
    if (!file) throw new AppError('NOT_FOUND', 'That transfer file is no longer open. Choose it again.');
    return file;
  }
}

function fileSize(path: string): number {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch {
    throw new AppError('BAD_FILE', 'That file could not be read. Check that it is still there and choose it again.');
  }
  if (size > MAX_TRANSFER_BYTES) throw new AppError('BAD_FILE', 'That file is too large to be a Caseload transfer file.');
  return size;
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new AppError('BAD_FILE', 'That file could not be read. Check that it is still there and choose it again.');
  }
}
