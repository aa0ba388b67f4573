// Boots main/index.ts against a stand-in `electron` module and asserts the real window's webPreferences,
// the app:// protocol (registered, serving out/renderer, refusing traversal), the guards installed on web
// contents (file:// refused), the CSP of renderer/index.html, and that every handler is reached through the
// domain utility process. The stand-in's utilityProcess.fork is child_process.fork of utility-stand-in.mjs: a real
// second Node process given Electron's process.parentPort, running main/domain.ts from source (through tsx).
import { describe, it, expect, vi, beforeAll } from 'vitest';
import { readFileSync, mkdtempSync, existsSync } from 'node:fs';
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
  sent: [] as { channel: string; args: unknown[] }[],
  forks: [] as { path: string; pid: number; child: import('node:child_process').ChildProcess }[],
  toDomain: [] as { type: string; id?: number; channel?: string }[],
  fromDomain: [] as { type: string; id?: number; envelope?: unknown }[],
  quits: 0,
}));

vi.mock('electron', async () => {
  const { fork } = await import('node:child_process');
  const { EventEmitter } = await import('node:events');
  const standIn = (await import('node:path')).join(import.meta.dirname, 'utility-stand-in.mjs');
  class BrowserWindow {
    webContents = { send: (channel: string, ...args: unknown[]) => seen.sent.push({ channel, args }) };
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
      quit: () => void seen.quits++,
      exit: () => {},
    },
    BrowserWindow,
    utilityProcess: {
      fork: (path: string) => {
        const child = fork(standIn, [path], { serialization: 'advanced', stdio: 'inherit' });
        seen.forks.push({ path, pid: child.pid!, child });
        const u = Object.assign(new EventEmitter(), {
          pid: child.pid,
          postMessage: (m: (typeof seen.toDomain)[number]) => {
            seen.toDomain.push(m);
            child.send(m);
          },
          kill: () => child.kill(),
        });
        child.on('message', (m: (typeof seen.fromDomain)[number]) => {
          seen.fromDomain.push(m);
          u.emit('message', m);
        });
        child.on('exit', (code) => u.emit('exit', code ?? 1));
        return u;
      },
    },
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

const dataDir = mkdtempSync(join(tmpdir(), 'redaksi-shell-'));

beforeAll(async () => {
  process.env.REDAKSI_DATA_DIR = dataDir;
  await import('../../../main/index');
  // The window opens once the domain process has the data folder open (tsx compiles it there: allow for a slow box).
  await vi.waitFor(() => expect(seen.windows.length).toBe(1), { timeout: 90_000, interval: 50 });
}, 120_000);

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

describe('the domain process', () => {
  const ours = { senderFrame: { url: 'app://redaksi/index.html', parent: null } };
  const invoke = (channel: string, payload: unknown) => seen.handlers.get(channel)!(ours, payload) as Promise<{ ok: boolean; data?: unknown; error?: { code: string } }>;

  it('runs the handlers in a separate process started through utilityProcess.fork: main only routes the call', async () => {
    expect(seen.forks).toHaveLength(1);
    expect(seen.forks[0].path).toMatch(/main[\\/]domain\.ts$/);
    expect(seen.forks[0].pid).not.toBe(process.pid);
    const before = seen.toDomain.length;
    const created = await invoke('articles.create', { title: 'Lewat proses domain', lang: 'id', body: '<p>Isi.</p>' });
    expect(created).toMatchObject({ ok: true, data: { title: 'Lewat proses domain' } });
    const call = seen.toDomain.slice(before).find((m) => m.type === 'call' && m.channel === 'articles.create')!;
    expect(call).toBeDefined();
    // Answered once, by the domain, with the id of that call.
    expect(seen.fromDomain.filter((m) => m.type === 'result' && m.id === call.id)).toHaveLength(1);
    // The event the domain emitted reached the window.
    expect(seen.sent.some((s) => s.channel === 'event' && s.args[0] === 'articles.changed')).toBe(true);
    const list = await invoke('articles.list', {});
    expect((list.data as { title: string }[]).map((a) => a.title)).toContain('Lewat proses domain');
  }, 60_000);

  it('keeps error codes across the hop', async () => {
    expect(await invoke('articles.get', { id: 'tidak-ada' })).toMatchObject({ ok: false, error: { code: 'articles.notFound', params: { id: 'tidak-ada' } } });
    expect(await invoke('articles.get', { id: 42 })).toMatchObject({ ok: false, error: { code: 'ipc.invalidPayload' } });
    expect(await invoke('system.openExternal', { url: 'file:///etc/passwd' })).toMatchObject({ ok: false, error: { code: 'system.badLink' } });
  }, 60_000);

  it('calls back into main for what only main can do: open a link, update the network filter', async () => {
    const electron = await import('electron');
    const opened = vi.mocked(electron.shell.openExternal).mock.calls.length;
    expect(await invoke('system.openExternal', { url: 'https://www.antaranews.com/' })).toMatchObject({ ok: true });
    expect(vi.mocked(electron.shell.openExternal).mock.calls.slice(opened)).toEqual([['https://www.antaranews.com/']]);

    const decide = (url: string) => {
      let cancel: boolean | null = null;
      seen.beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    // The user allows one MT server (the opt-in lives in the domain's settings): main's filter follows at once.
    const url = 'https://mt.example.org/translate';
    expect(decide(url)).toBe(true);
    const engine = { kind: 'libretranslate', id: 'lt', label: 'LT', baseUrl: 'https://mt.example.org', allowRemote: true };
    expect(await invoke('mt.save', { engine })).toMatchObject({ ok: true });
    expect(decide(url)).toBe(false);
    expect(await invoke('mt.remove', { id: 'lt' })).toMatchObject({ ok: true });
    expect(decide(url)).toBe(true);
  }, 60_000);

  it('answers a call in flight when the domain dies (once, with domain.crashed) and starts it again for the next', async () => {
    const { child } = seen.forks[0];
    child.kill('SIGSTOP'); // frozen: the call below is certainly in flight when the process dies
    const pending = invoke('articles.list', {});
    await vi.waitFor(() => expect(seen.toDomain.at(-1)).toMatchObject({ type: 'call', channel: 'articles.list' }));
    const id = seen.toDomain.at(-1)!.id;
    child.kill('SIGKILL');
    expect(await pending).toMatchObject({ ok: false, error: { code: 'domain.crashed' } });
    // The next call starts a new domain process, which takes over the dead one's data-folder lock.
    const again = await invoke('articles.list', {});
    expect(again).toMatchObject({ ok: true });
    expect((again.data as { title: string }[]).map((a) => a.title)).toContain('Lewat proses domain');
    expect(seen.forks).toHaveLength(2);
    expect(seen.fromDomain.filter((m) => m.type === 'result' && m.id === id)).toHaveLength(0);
  }, 120_000);

  it('on will-quit, the domain flushes, releases the data-folder lock and exits before the app quits', async () => {
    expect(existsSync(join(dataDir, '.redaksi.lock'))).toBe(true);
    let prevented = false;
    seen.appEvents.get('will-quit')!({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(seen.quits).toBe(1), { timeout: 30_000 });
    expect(existsSync(join(dataDir, '.redaksi.lock'))).toBe(false);
    const last = seen.forks.at(-1)!.child;
    await vi.waitFor(() => expect(last.exitCode).toBe(0), { timeout: 10_000 });
    // A call after closing is refused with its own code, not left hanging.
    expect(await invoke('articles.list', {})).toMatchObject({ ok: false, error: { code: 'domain.closed' } });
  }, 60_000);
});
