// Security policy as plain data and functions (no electron import), so tests can assert it directly.
import type { BrowserWindowConstructorOptions } from 'electron';
import { resolve as resolvePath, sep as sepChar } from 'node:path';

export const CSP = [
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

export function secureWebPreferences(preload: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false, // Electron's spellchecker downloads dictionaries; ours is offline.
  };
}

/** The renderer is served as app://redaksi/… (main/app-protocol.ts); file:// is never trusted. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'redaksi';
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Is this URL our own renderer: exactly app://redaksi, or exactly the dev server's origin in development? */
export function isAppUrl(url: string, devServer: string | undefined): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && !u.username && !u.password && !u.port) return true;
  const dev = devServer ? parse(devServer) : null;
  return !!dev && /^https?:$/.test(dev.protocol) && u.origin === dev.origin;
}

/**
 * The file under `rendererDir` an app:// request names, or null for anything else: another scheme or host,
 * a path that leaves the folder (../, encoded %2e%2e%2f, backslashes, NUL), or a path that does not decode.
 */
export function appRequestPath(url: string, rendererDir: string): string | null {
  const u = parse(url);
  if (!u || !isAppUrl(url, undefined)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0') || rel.includes('\\')) return null;
  if (rel === '/' || rel === '') rel = '/index.html';
  const root = resolvePath(rendererDir);
  const file = resolvePath(root, '.' + rel);
  return file.startsWith(root + sepChar) ? file : null;
}

/** Requests allowed to leave the renderer: our bundle, devtools, data/blob, and endpoints the user configured. */
export function isRequestAllowed(url: string, devServer: string | undefined, allowedOrigins: string[]): boolean {
  if (isAppUrl(url, devServer)) return true;
  if (/^(data|blob|devtools|chrome-extension):/.test(url)) return true;
  try {
    return allowedOrigins.includes(new URL(url).origin);
  } catch {
    return false;
  }
}
