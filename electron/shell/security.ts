/**
 * Hardening that applies to every web contents the app ever creates (windows, and anything a compromised page
 * might try to open): no navigation away from the app, no new windows, no <webview>, no permissions.
 * See docs/security.md, "The Electron shell (checklist)".
 */
import { app, BrowserWindow, dialog, session, shell, type WebContents } from 'electron';
import { SHELL_TEXT } from './texts';

/**
 * Served as a header on every app:// response. 'unsafe-inline' for styles only: Mantine injects its CSS
 * variables in a <style> tag. No remote origins anywhere, no eval, nothing may frame the app or post a form.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Only ordinary web links may leave the app; everything else (file:, javascript:, custom schemes) is dropped. */
export function externalWebUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Asks before opening a link in the system browser: a link in a note could have been pasted from anywhere, and
 * the person should see where it goes before leaving the app.
 */
export async function confirmOpenExternal(contents: WebContents, raw: string): Promise<boolean> {
  const url = externalWebUrl(raw);
  if (!url) return false;
  const options = {
    type: 'question' as const,
    buttons: [SHELL_TEXT.open, SHELL_TEXT.cancel],
    defaultId: 1,
    cancelId: 1,
    title: SHELL_TEXT.openLinkTitle,
    message: SHELL_TEXT.openLinkQuestion,
    detail: url,
  };
  const parent = BrowserWindow.fromWebContents(contents);
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(url);
  return true;
}

function reportFailure(error: unknown): void {
  console.error(`[caseload] could not open a link: ${error instanceof Error ? error.name : typeof error}`);
}

/**
 * All navigation is refused. The renderer uses a hash router, and in-page (hash) navigation does not raise
 * will-navigate, so nothing legitimate is lost. A clicked web link is offered to the system browser instead.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (externalWebUrl(url)) confirmOpenExternal(contents, url).catch(reportFailure);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (externalWebUrl(url)) confirmOpenExternal(contents, url).catch(reportFailure);
    return { action: 'deny' };
  });
}

/** Call once, when the app is ready (the default session does not exist before). */
export function installSecurity(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // No feature the app needs asks for a permission (camera, notifications, geolocation, clipboard read …).
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
