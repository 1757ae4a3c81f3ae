/**
 * The app:// protocol handler (security test 14): serves only the built renderer, with the CSP header on every
 * answer, and never a file outside the renderer folder however the path is spelled.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from './electron-fake';
import { resetFake } from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

const { createAppProtocolHandler, registerAppProtocol, registerAppScheme, resolveAppPath } = await import(
  '../../electron/shell/protocol'
);
const { CONTENT_SECURITY_POLICY } = await import('../../electron/shell/security');

// A renderer folder with a secret file beside it: the handler must never serve the secret.
const temp = mkdtempSync(join(tmpdir(), 'caseload-protocol-'));
const rendererDir = join(temp, 'renderer');
const SECRET = 'SECRET-OUTSIDE-THE-RENDERER';
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Caseload</title>');
writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(temp, 'secret.txt'), SECRET);
mkdirSync(join(temp, 'etc'));
writeFileSync(join(temp, 'etc', 'passwd'), SECRET);

const handler = createAppProtocolHandler(rendererDir);
// async, so a URL that `new Request` itself refuses becomes a rejection the tests can tell apart.
const get = async (url: string, method = 'GET') => handler(new Request(url, { method }));

afterAll(() => rmSync(temp, { recursive: true, force: true }));
beforeEach(() => resetFake());

describe('app:// protocol', () => {
  it('registers the scheme as standard and secure, and the handler under app', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    registerAppProtocol(rendererDir);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('serves index.html with its type and the CSP header', async () => {
    for (const url of ['app://caseload/index.html', 'app://caseload/', 'app://caseload']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).toContain('<title>Caseload</title>');
    }
    const script = await get('app://caseload/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 with the CSP header for a missing file or a folder', async () => {
    for (const url of ['app://caseload/missing.js', 'app://caseload/assets']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses other methods', async () => {
    expect((await get('app://caseload/index.html', 'POST')).status).toBe(405);
  });

  async function expectNothingServed(url: string) {
    const response = await get(url).catch(() => undefined);
    // `new Request` refuses some of these itself; when it does, there is nothing to serve.
    if (response) {
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(SECRET);
    }
  }

  it.each([
    'app://caseload/%2e%2e%2fsecret.txt',
    'app://caseload/..%2fsecret.txt',
    'app://caseload/..%2f..%2fetc%2fpasswd',
    'app://caseload/assets/..%2f..%2fsecret.txt',
    'app://caseload/%2E%2E%2Fsecret.txt',
    'app://caseload/index.html%00.js',
    'app://caseload/..%5csecret.txt',
    'app://caseload/%E0%A4%A',
    'app://evil/index.html',
    'app://caseload.evil/index.html',
    'app://caseload:99/index.html',
    'app://user@caseload/index.html',
    'file:///etc/passwd',
    'https://caseload/index.html',
    'not a url',
  ])('refuses %s outright', async (url) => {
    expect(resolveAppPath(rendererDir, url)).toBeNull();
    await expectNothingServed(url);
  });

  // The URL parser folds these `..` segments before the handler sees them, so they land inside the folder.
  it.each([
    'app://caseload/../../etc/passwd',
    'app://caseload/../secret.txt',
    'app://caseload/%2e%2e/secret.txt',
    'app://caseload/.%2e/secret.txt',
    'app://caseload/%252e%252e%252fsecret.txt',
  ])('keeps %s inside the renderer folder', async (url) => {
    const file = resolveAppPath(rendererDir, url);
    expect(file?.startsWith(rendererDir + sep)).toBe(true);
    await expectNothingServed(url);
  });

  it('maps traversal spellings to null or to a path inside the renderer folder (fuzzed)', async () => {
    const segment = fc.constantFrom('..', '%2e%2e', '.%2e', '%2e.', '%2E%2E', 'assets', 'secret.txt', 'etc', 'passwd', '.');
    const slash = fc.constantFrom('/', '%2f', '%2F', '%5c', '\\', '//');
    const path = fc.array(fc.tuple(segment, slash), { maxLength: 8 }).map((parts) => parts.flat().join(''));
    await fc.assert(
      fc.asyncProperty(path, async (p) => {
        const url = `app://caseload/${p}`;
        const file = resolveAppPath(rendererDir, url);
        if (file !== null) expect(file.startsWith(rendererDir + sep)).toBe(true);
        const response = await get(url).catch(() => undefined);
        if (response) expect(await response.text()).not.toContain(SECRET);
      }),
      { numRuns: 500 },
    );
  });
});
