/**
 * Security test 13: photo input. Type is read from the bytes; a JPEG with GPS EXIF comes back with no metadata at
 * all and at most 800 px; PNG and WebP are accepted; a text file named .jpg, an oversized payload, a decompression
 * bomb and a truncated JPEG are refused with BAD_FILE (or INVALID at the schema) with memory bounded; the stored
 * photo lives only inside the encrypted database.
 */
import { readFileSync } from 'node:fs';
import { constants, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_PHOTO_BASE64, MAX_PHOTO_BYTES } from '../../shared/schemas/photo';
import { cleanup, expectError, ok, SAMPLE_ID } from './helpers';
import { addLearner, decryptedPages, hits, noiseJpeg, registerVault, slices, type RegisterVault } from './register-support';

afterAll(cleanup);

let v: RegisterVault;
let learnerId = '';

beforeAll(async () => {
  v = await registerVault();
  learnerId = (await addLearner(v.core)).id;
});

const set = (bytes: Buffer | string, id = learnerId) =>
  v.core.invoke('photos.set', { learnerId: id, imageBase64: typeof bytes === 'string' ? bytes : bytes.toString('base64') });
async function stored() {
  const photo = ok(await v.core.invoke('photos.get', { learnerId }));
  if (!photo) throw new Error('no photo stored');
  const bytes = Buffer.from(photo.base64, 'base64');
  return { photo, bytes, meta: await sharp(bytes).metadata() };
}

/** The tag numbers in the GPS IFD of a raw EXIF block (as sharp's metadata returns it), by walking the TIFF. */
function gpsTags(exif: Buffer): number[] {
  const tiff = exif.subarray(exif.indexOf('Exif\0\0', 0, 'latin1') + 6);
  const le = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const ifd = (off: number) => Array.from({ length: u16(off) }, (_, i) => ({ tag: u16(off + 2 + i * 12), value: u32(off + 10 + i * 12) }));
  const pointer = ifd(u32(4)).find((e) => e.tag === 0x8825);
  return pointer ? ifd(pointer.value).map((e) => e.tag) : [];
}

/** A PNG declaring width × height 1-bit pixels, all zero: ~110 KB on disk for 900 megapixels. */
function bombPng(width: number, height: number): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => (b.reduce((c, byte) => table[(c ^ byte) & 0xff]! ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth 1, greyscale
  const idat = deflateSync(Buffer.alloc((1 + Math.ceil(width / 8)) * height), { level: 9, strategy: constants.Z_RLE });
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

describe('photos (security test 13)', () => {
  test('a JPEG carrying GPS EXIF is stored with no EXIF at all, at most 800 px on its longest side', async () => {
    const gps = { GPSLatitudeRef: 'N', GPSLatitude: '51/1 28/1 4000/100', GPSLongitudeRef: 'W', GPSLongitude: '3/1 10/1 0/1' };
    const input = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#4a7' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'CanaryCam', Model: 'Serial 0042' }, IFD3: gps })
      .toBuffer();
    const inMeta = await sharp(input).metadata();
    expect(inMeta.exif).toBeDefined();
    expect(gpsTags(inMeta.exif!)).toEqual(expect.arrayContaining([1, 2, 3, 4])); // lat/long and their refs
    expect(input.includes('CanaryCam')).toBe(true);

    ok(await set(input));
    const { photo, bytes, meta } = await stored();
    expect(photo).toMatchObject({ mime: 'image/jpeg', width: 800, height: 600 });
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 800, 600]);
    expect([meta.exif, meta.xmp, meta.iptc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined]);
    expect(bytes.includes('Exif\0\0')).toBe(false);
    expect(bytes.includes(Buffer.from([0xff, 0xe1]))).toBe(false); // no APP1 segment of any kind
    expect(bytes.includes('CanaryCam')).toBe(false);
  });

  test('an EXIF orientation is applied to the pixels, then dropped', async () => {
    const input = await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#a47' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    ok(await set(input));
    const { meta } = await stored();
    expect([meta.width, meta.height, meta.orientation]).toEqual([480, 800, undefined]);
  });

  test('a PNG (with transparency) and a WebP are accepted and stored as JPEG; small images are not enlarged', async () => {
    ok(await set(await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } } }).png().toBuffer()));
    expect((await stored()).meta).toMatchObject({ format: 'jpeg', width: 300, height: 200, hasAlpha: false });
    ok(await set(await sharp({ create: { width: 2000, height: 500, channels: 3, background: '#777' } }).webp().toBuffer()));
    expect((await stored()).meta).toMatchObject({ format: 'jpeg', width: 800, height: 200 });
  });

  test('not an image (a text file named .jpg, a GIF, JPEG magic followed by junk): BAD_FILE, nothing stored', async () => {
    const fresh = (await addLearner(v.core)).id;
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).gif().toBuffer();
    const junk = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5000, 0x41)]);
    for (const bytes of [Buffer.from('Dear parent, this is a letter, not a photo.\n'), gif, junk]) {
      expectError(await set(bytes, fresh), 'BAD_FILE');
    }
    expect(ok(await v.core.invoke('photos.get', { learnerId: fresh }))).toBeNull();
    expectError(await set(await noiseJpeg(20, 20), SAMPLE_ID), 'NOT_FOUND');
  });

  test('size: 50 MB and 10.5 MB are refused by the schema (INVALID); 10 MB + 3 bytes passes it and is refused as BAD_FILE', async () => {
    const jpegStart = (n: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(n - 4, 0x20)]);
    expectError(await set(jpegStart(50 * 1024 * 1024)), 'INVALID');
    expectError(await set(jpegStart(Math.round(10.5 * 1024 * 1024))), 'INVALID');
    const justOver = jpegStart(MAX_PHOTO_BYTES + 3).toString('base64');
    expect(justOver.length).toBe(MAX_PHOTO_BASE64 + 4); // the largest payload the schema lets through
    expect(expectError(await set(justOver), 'BAD_FILE')).toMatch(/larger than 10 MB/);
  });

  test('a decompression bomb (a 110 KB PNG declaring 30000 × 30000 pixels) is refused quickly with bounded memory', async () => {
    const bomb = bombPng(30_000, 30_000);
    expect(bomb.length).toBeLessThan(200_000);
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ format: 'png', width: 30_000, height: 30_000 });
    const start = process.memoryUsage().rss;
    let peak = start;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 1);
    const t0 = performance.now();
    const answer = await set(bomb);
    const ms = performance.now() - t0;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    expectError(answer, 'BAD_FILE');
    expect(ms).toBeLessThan(2000);
    expect((peak - start) / 2 ** 20, `peak RSS growth in MiB (${ms.toFixed(0)} ms)`).toBeLessThan(200);
  });

  test('a truncated JPEG is refused with BAD_FILE', async () => {
    const whole = await noiseJpeg(400, 300, 3);
    expectError(await set(whole.subarray(0, Math.floor(whole.length * 0.6))), 'BAD_FILE');
  });

  test('the stored photo is inside the encrypted database: absent from the raw file, present once decrypted', async () => {
    ok(await set(await noiseJpeg(900, 700, 11)));
    const needles = slices((await stored()).bytes, 8, 24, 'photo');
    ok(await v.core.invoke('vault.lock', {}));
    expect(hits(readFileSync(v.core.paths.dbFile), needles)).toEqual([]);
    expect(hits(decryptedPages(v.core.paths.dbFile, v.key).bytes, needles).length).toBeGreaterThanOrEqual(6);
    ok(await v.core.invoke('vault.unlock', { passphrase: v.passphrase }));
    ok(await v.core.invoke('photos.remove', { learnerId }));
    expect(ok(await v.core.invoke('photos.get', { learnerId }))).toBeNull();
    expect(ok(await v.core.invoke('learners.get', { id: learnerId })).hasPhoto).toBe(false);
  });
});
