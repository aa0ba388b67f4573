// Boots main/index.ts against a stand-in `electron` module and asserts the real window's webPreferences,
// the app:// protocol (registered, serving out/renderer, refusing traversal), the guards installed on web
// contents (file:// refused), and the CSP of renderer/index.html.
import { describe, it, expect, vi, beforeAll } from 'vitest';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const seen = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown> }[],
  handlers: new Map<string, (...a: unknown[]) => unknown>(),
  appEvents: new Map<string, (...a: unknown[]) => unknown>(),
  permission: null as null | ((...a: unknown[]) => void),
  beforeRequest: null as null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
  privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
  protocolHandlers: new Map<string, (req: { url: string }) => Promise<Response>>(),
  loaded: [] as string[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { send: () => {} };
    constructor(public options: Record<string, unknown>) {
      seen.windows.push(this);
    }
    once() {}
    loadFile(f: string) {
      seen.loaded.push(`loadFile:${f}`);
      return Promise.resolve();
    }
    loadURL(u: string) {
      seen.loaded.push(u);
      return Promise.resolve();
    }
    static getAllWindows() {
      return seen.windows;
    }
  }
  return {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      on: (e: string, f: (...a: unknown[]) => unknown) => seen.appEvents.set(e, f),
      whenReady: () => Promise.resolve(),
      getPath: () => mkdtempSync(join(tmpdir(), 'redaksi-userdata-')),
      getVersion: () => '0.0.0-test',
      quit: () => {},
      exit: () => {},
    },
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (s: typeof seen.privileged) => seen.privileged.push(...s),
      handle: (scheme: string, f: (req: { url: string }) => Promise<Response>) => seen.protocolHandlers.set(scheme, f),
    },
    Menu: { setApplicationMenu: () => {}, buildFromTemplate: (t: unknown) => t },
    dialog: { showErrorBox: () => {} },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    ipcMain: { handle: (c: string, f: (...a: unknown[]) => unknown) => seen.handlers.set(c, f) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (f: (...a: unknown[]) => void) => (seen.permission = f),
        setPermissionCheckHandler: () => {},
        webRequest: {
          onBeforeRequest: (f: typeof seen.beforeRequest) => (seen.beforeRequest = f),
          onHeadersReceived: () => {},
        },
      },
    },
  };
});

beforeAll(async () => {
  process.env.REDAKSI_DATA_DIR = mkdtempSync(join(tmpdir(), 'redaksi-shell-'));
  await import('../../../main/index');
  await vi.waitFor(() => expect(seen.windows.length).toBe(1));
});

describe('the Electron shell', () => {
  it('opens one window with contextIsolation, sandbox, webSecurity and no nodeIntegration', () => {
    const prefs = seen.windows[0].options.webPreferences as Record<string, unknown>;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('registers an IPC handler for every contract channel and refuses foreign senders', async () => {
    const { channelNames } = await import('../../../preload/contract');
    expect([...seen.handlers.keys()].sort()).toEqual([...channelNames].sort());
    const handler = seen.handlers.get('articles.list')!;
    const foreign = await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'ipc.foreignSender' } });
    const subframe = await handler({ senderFrame: { url: 'app://redaksi/index.html', parent: {} } }, {});
    expect(subframe).toMatchObject({ ok: false, error: { code: 'ipc.foreignSender' } });
    // A file:// page is not ours any more: only app://redaksi is.
    const file = await handler({ senderFrame: { url: 'file:///app/index.html', parent: null } }, {});
    expect(file).toMatchObject({ ok: false, error: { code: 'ipc.foreignSender' } });
    const ours = await handler({ senderFrame: { url: 'app://redaksi/index.html', parent: null } }, {});
    expect(ours).toMatchObject({ ok: true });
  });

  it('denies permissions and blocks network requests to endpoints the user did not configure', () => {
    let granted: boolean | null = null;
    seen.permission!({}, 'media', (ok: boolean) => (granted = ok));
    expect(granted).toBe(false);
    const decide = (url: string) => {
      let cancel: boolean | null = null;
      seen.beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://example.com/track.js')).toBe(true);
    expect(decide('http://127.0.0.1:11434/v1/chat/completions')).toBe(true);
    expect(decide('file:///app/index.html')).toBe(true);
    expect(decide('app://redaksi/assets/index.js')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
  });

  it('guards navigation and window.open on every web contents', async () => {
    const electron = await import('electron');
    const listeners = new Map<string, (e: { preventDefault: () => void }, url: string) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | null = null;
    const contents = {
      on: (e: string, f: (e: { preventDefault: () => void }, url: string) => void) => listeners.set(e, f),
      setWindowOpenHandler: (f: typeof openHandler) => (openHandler = f),
    };
    seen.appEvents.get('web-contents-created')!({}, contents);
    let prevented = false;
    listeners.get('will-navigate')!({ preventDefault: () => (prevented = true) }, 'https://evil.example/');
    expect(prevented).toBe(true);
    for (const url of ['file:///etc/passwd', 'file:///app/out/renderer/index.html', 'app://evil/index.html']) {
      prevented = false;
      listeners.get('will-navigate')!({ preventDefault: () => (prevented = true) }, url);
      expect(prevented, url).toBe(true);
      prevented = false;
      listeners.get('will-redirect')!({ preventDefault: () => (prevented = true) }, url);
      expect(prevented, url).toBe(true);
    }
    prevented = false;
    listeners.get('will-navigate')!({ preventDefault: () => (prevented = true) }, 'app://redaksi/index.html#/settings');
    expect(prevented).toBe(false);
    expect(openHandler!({ url: 'https://www.kompas.com/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.kompas.com/');
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('app:// protocol', () => {
  it('registers app as a standard, secure scheme before ready and loads the window from app://redaksi', () => {
    expect(seen.privileged).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(seen.protocolHandlers.has('app')).toBe(true);
    expect(seen.loaded).toEqual(['app://redaksi/index.html']);
  });

  it('serves out/renderer and refuses other hosts and traversal (plain and encoded)', async () => {
    const handle = seen.protocolHandlers.get('app')!;
    const index = await handle({ url: 'app://redaksi/index.html' });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(await index.text()).toContain('<div id="root">');
    for (const url of [
      'app://redaksi/../../etc/passwd',
      'app://redaksi/%2e%2e/%2e%2e/etc/passwd',
      'app://redaksi/..%2f..%2f..%2f..%2fetc%2fpasswd',
      'app://redaksi/..%5c..%5cetc%5cpasswd',
      'app://other/index.html',
      'app://redaksi/no-such-file.js',
    ]) {
      const r = await handle({ url });
      expect(r.status, url).toBe(404);
      expect(await r.text()).not.toContain('root:');
    }
  });
});

describe('renderer/index.html', () => {
  const html = readFileSync(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';

  it('carries a strict CSP: no unsafe-eval, no inline or remote script source', () => {
    expect(csp).toContain("default-src 'self'");
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc.trim()).toBe("'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/https?:/);
    expect(csp).toContain("object-src 'none'");
  });
});
