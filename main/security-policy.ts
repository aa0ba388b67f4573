// Security policy as plain data and functions (no electron import), so tests can assert it directly.
import type { BrowserWindowConstructorOptions } from 'electron';

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

/** Is this URL our own renderer (file:// bundle or the dev server)? */
export function isAppUrl(url: string, devServer: string | undefined): boolean {
  if (url.startsWith('file://')) return true;
  return !!devServer && url.startsWith(devServer);
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
