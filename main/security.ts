// Security as code: window preferences, CSP, navigation/window.open/permission guards, network lockdown.
import { session, shell, type WebContents, type BrowserWindowConstructorOptions } from 'electron';

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

export function installSecurity(opts: { devServer?: string; allowedOrigins: () => string[] }): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, opts.devServer, opts.allowedOrigins()) });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
}

/** Applied to every web contents the app creates (installed on app 'web-contents-created'). */
export function guardWebContents(contents: WebContents, devServer: string | undefined): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServer)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServer)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links go to the system browser, never into a new app window.
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
