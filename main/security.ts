// Security as code: installs the policy on the session and on every web contents the app creates.
import { session, shell, type WebContents } from 'electron';
import { CSP, isAppUrl, isRequestAllowed } from './security-policy';

export { CSP, isAppUrl, isRequestAllowed, secureWebPreferences } from './security-policy';

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
