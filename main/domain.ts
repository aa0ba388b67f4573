// The domain process: opens the data folder and runs every handler, off the UI-facing process. Started as an
// Electron utilityProcess (process.parentPort) or a worker thread (the harness); talks main/domain-protocol.ts.
import { parentPort as threadPort } from 'node:worker_threads';
import { openApp, type OpenedApp } from './app';
import { toErrorPayload } from './core/errors';
import { setResourcesDir } from './core/resources';
import { changesEndpoints, type CallbackName, type FromDomain, type ToDomain } from './domain-protocol';

interface Port {
  post(msg: FromDomain): void;
  listen(f: (msg: ToDomain) => void): void;
  /** After close: the utility process exits; a worker thread waits for the next open (the host may reuse it). */
  exit(): void;
}

/** Electron's utilityProcess gives process.parentPort (messages arrive as {data}); a worker gives parentPort. */
function hostPort(): Port {
  const electronPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (electronPort) {
    return {
      post: (m) => electronPort.postMessage(m),
      listen: (f) => electronPort.on('message', (e) => f(e.data as ToDomain)),
      exit: () => process.exit(0),
    };
  }
  if (threadPort) {
    const p = threadPort;
    return { post: (m) => p.postMessage(m), listen: (f) => p.on('message', f), exit: () => {} };
  }
  throw new Error('main/domain.ts must run as a utility process or a worker thread');
}

interface ElectronParentPort {
  postMessage(m: unknown): void;
  on(e: 'message', f: (e: { data: unknown }) => void): void;
}

function serveDomain(port: Port): void {
  let app: OpenedApp | null = null;
  let closing = false;
  const running = new Set<Promise<void>>();
  const callbacks = new Map<number, (error?: Error) => void>();
  let nextCallback = 1;

  const post = (m: FromDomain) => {
    try {
      port.post(m);
    } catch (err) {
      // A value that cannot be cloned must not lose the answer: the call still gets one, as an error.
      if (m.type === 'result') port.post({ type: 'result', id: m.id, envelope: { ok: false, error: toErrorPayload(err) } });
      else throw err;
    }
  };
  const callback = (name: CallbackName, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const id = nextCallback++;
      callbacks.set(id, (error) => (error ? reject(error) : resolve()));
      post({ type: 'callback', id, name, args });
    });
  const endpoints = async () => (app ? (await app.ctx.settings.get()).allowedEndpoints : []);

  const call = async (id: number, channel: string, payload: unknown) => {
    if (!app || closing) {
      post({ type: 'result', id, envelope: { ok: false, error: { code: 'domain.closed', message: 'The app is closing; the action was not started.', params: { reason: 'closing' } } } });
      return;
    }
    const envelope = await app.dispatch(channel, payload);
    // Before the result, so the host's network filter knows a new endpoint when the caller goes on to use it.
    if (changesEndpoints(channel)) post({ type: 'endpoints', allowedEndpoints: await endpoints().catch(() => []) });
    post({ type: 'result', id, envelope });
  };

  port.listen((msg) => {
    switch (msg.type) {
      case 'open': {
        if (msg.init.resourcesDir) setResourcesDir(msg.init.resourcesDir);
        const { dataDir, harness, version, exportDir, store, mtDelayMs, importDelayMs, validateResponses } = msg.init;
        openApp(dataDir, {
          harness,
          version,
          store,
          validateResponses: validateResponses ?? true,
          ...(harness && mtDelayMs ? { mtDelayMs } : {}),
          ...(harness && importDelayMs ? { importDelayMs } : {}),
          ...(exportDir ? { exportDir } : {}),
          emit: (event, payload) => post({ type: 'event', event, payload }),
          openExternal: (url) => callback('openExternal', [url]),
          showItemInFolder: (path) => void callback('showItemInFolder', [path]).catch(() => {}),
        }).then(
          async (opened) => {
            app = opened;
            post({ type: 'opened', allowedEndpoints: await endpoints() });
          },
          (err) => post({ type: 'openFailed', error: toErrorPayload(err) }),
        );
        return;
      }
      case 'call': {
        const p = call(msg.id, msg.channel, msg.payload).catch((err) =>
          post({ type: 'result', id: msg.id, envelope: { ok: false, error: toErrorPayload(err) } }),
        );
        running.add(p);
        void p.finally(() => running.delete(p));
        return;
      }
      case 'reply': {
        const done = callbacks.get(msg.id);
        callbacks.delete(msg.id);
        done?.(msg.error ? Object.assign(new Error(msg.error.message), { code: msg.error.code }) : undefined);
        return;
      }
      case 'close': {
        closing = true;
        // Calls already running finish (and are answered) before the writes are flushed and the lock released.
        void Promise.allSettled([...running])
          .then(() => app?.close())
          .catch(() => {})
          .finally(() => {
            app = null;
            closing = false;
            post({ type: 'closed' });
            port.exit();
          });
        return;
      }
    }
  });
  post({ type: 'hello' });
}

serveDomain(hostPort());
