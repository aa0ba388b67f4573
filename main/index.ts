// Electron entry: single instance, one secure window, the app menu, IPC — thin on purpose. The handlers run in a
// utility process (main/domain.ts): this process only routes calls there and events back, so no window ever waits.
import { app, BrowserWindow, Menu, dialog, shell, type MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import { DomainClient } from './domain-protocol';
import { utilityPort } from './domain-utility';
import { registerIpc } from './ipc';
import { guardWebContents, installSecurity, secureWebPreferences } from './security';
import { APP_ENTRY } from './security-policy';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { resolveDataDir } from './core/store/data-dir';
import { parseArgs, flag } from './cli/args';
import { resourcePath, resourcesDir, WINDOW_ICON } from './core/resources';

const devServer = process.env.ELECTRON_RENDERER_URL;
let domain: DomainClient | null = null;
let allowedOrigins: string[] = [];

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    show: false,
    title: 'Redaksi',
    icon: resourcePath(WINDOW_ICON),
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServer ?? APP_ENTRY);
  return win;
}

function buildMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  const args = parseArgs(process.argv.slice(app.isPackaged ? 1 : 2));
  const dataDir = resolveDataDir(flag(args, 'data'), process.env, app.getPath('userData'));
  try {
    domain = await DomainClient.start(
      () => utilityPort(),
      { dataDir, harness: false, version: app.getVersion(), exportDir: app.getPath('downloads'), resourcesDir: resourcesDir(),
        // Answers are checked against the contract while developing (electron-vite dev/preview), not in the installed app.
        validateResponses: !app.isPackaged },
      {
        emit: (event, payload) => {
          for (const w of BrowserWindow.getAllWindows()) w.webContents.send('event', event, payload);
        },
        openExternal: (url) => shell.openExternal(url),
        showItemInFolder: (path) => shell.showItemInFolder(path),
      },
      (list) => (allowedOrigins = list),
    );
  } catch (err) {
    dialog.showErrorBox('Redaksi', (err as Error).message);
    app.exit(1);
    return;
  }
  installSecurity({ devServer, allowedOrigins: () => allowedOrigins });
  registerIpc(domain.dispatch, devServer);
  if (!devServer) serveRenderer(join(__dirname, '../renderer'));
  buildMenu();
  createWindow();
}

// Before 'ready': the renderer is served from app://redaksi (main/app-protocol.ts), never file://.
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const w = BrowserWindow.getAllWindows()[0];
    if (w) {
      if (w.isMinimized()) w.restore();
      w.focus();
    }
  });
  app.on('web-contents-created', (_e, contents) => guardWebContents(contents, devServer));
  app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
  let closing = false;
  app.on('will-quit', (e) => {
    // The domain finishes running calls, flushes pending writes and releases the data-folder lock before we exit.
    if (closing || !domain) return;
    e.preventDefault();
    closing = true;
    domain.close().finally(() => app.quit());
  });
}
