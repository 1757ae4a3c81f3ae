/**
 * The app:// scheme that serves the built renderer. A custom standard, secure scheme (rather than file://) gives
 * the page a real origin, so the Content-Security-Policy and the IPC sender check have something to pin to, and
 * the page cannot read arbitrary files the way a file:// page can.
 */
import { app, protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'caseload';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Must run before the app is ready: Chromium reads scheme privileges once, at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** True when `url` is a page of the app itself (app://caseload/…), with nothing odd in its authority. */
export function isAppUrl(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.hostname === APP_HOST && !url.port && !url.username && !url.password;
}

/**
 * The Vite dev server's URL, only in an unpackaged app: a packaged app never trusts or loads an http origin,
 * whatever its environment says.
 */
export function devRendererUrl(): string | undefined {
  const raw = process.env.ELECTRON_RENDERER_URL;
  if (app.isPackaged || !raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Maps a request URL to a file inside `rendererDir`, or null when it must not be served: another scheme or host,
 * a malformed escape, a NUL byte, or a path that resolves outside the folder (`..`, `%2e%2e`, `..%2f`, `..%5c`).
 * Pure, so it is unit-tested without Electron.
 */
export function resolveAppPath(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    // Decoded after parsing: the URL parser folds `..` segments, but not encoded slashes, so a second look is needed.
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (!isAppUrl(url) || pathname.includes('\0')) return null;
  const wanted = pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${sep}${wanted}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function respond(status: number, body: Uint8Array<ArrayBuffer> | string | null, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

const notFound = (): Response => respond(404, 'Not found', 'text/plain; charset=utf-8');

/** The request handler, separate from registration so tests can call it with real files and real Responses. */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, 'Method not allowed', 'text/plain; charset=utf-8');
    }
    const file = resolveAppPath(rendererDir, request.url);
    if (!file) return notFound();
    try {
      // Copied into an ArrayBuffer-backed view: Response's body type does not take a Buffer typed over ArrayBufferLike.
      const body = new Uint8Array(await readFile(file));
      return respond(200, request.method === 'HEAD' ? null : body, contentTypeFor(file));
    } catch {
      // Missing file or a folder: the same answer as a refused path, so a probe learns nothing about the disk.
      return notFound();
    }
  };
}

export function registerAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
