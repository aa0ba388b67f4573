// The browser harness: a loopback HTTP server hosting the real handler map over the same contract. The handlers run
// in a worker thread (main/domain-thread.ts), as they run in a utility process under Electron: the server never blocks.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { promises as fsp } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { extname, join, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { startDomainThread } from '../../main/domain-thread';
import type { DomainClient } from '../../main/domain-protocol';
import { channelNames } from '../../preload/contract';
import type { StoreOptions } from '../../main/core/store/data-store';
import { checkRequest } from './guard';

const ROOT = resolve(import.meta.dirname, '../..');
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const MAX_BODY = 60 * 1024 * 1024;

export interface Harness {
  url: string;
  token: string;
  /** The domain, across the hop: dispatch(channel, payload) and close(). Its context lives in another thread. */
  app: DomainClient;
  /** Files the app asked to show in the file manager ("Show in folder"), in order. */
  revealed: string[];
  /** Where exports are written (the harness's stand-in for the Downloads folder). */
  exportDir: string;
  /** Opened-in-browser URL list of routes: one per contract channel. */
  routes: string[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  dataDir: string;
  port?: number;
  rendererDir?: string;
  store?: Omit<StoreOptions, 'fs'>;
  /** Where exports are written; default: <dataDir>/exports. */
  exportDir?: string;
  /** Each local-MT batch waits this long first (a tiny test model made as slow as a real one). */
  mtDelayMs?: number;
  /** Check every answer against the contract (default on: tests fail on a mismatch); benches turn it off. */
  validateResponses?: boolean;
  /** Each import waits this long in its reading stage first (a small test file made as slow as a big one). */
  importDelayMs?: number;
}

let bridgeCache: string | null = null;
async function bridgeScript(): Promise<string> {
  if (bridgeCache) return bridgeCache;
  const out = await build({
    entryPoints: [join(ROOT, 'test/harness/bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
  });
  bridgeCache = out.outputFiles[0].text;
  return bridgeCache;
}

export const harnessRoutes = (): string[] => channelNames.map((c) => `/api/${c}`);

export async function startHarness(opts: HarnessOptions): Promise<Harness> {
  const token = randomBytes(18).toString('base64url');
  const rendererDir = opts.rendererDir ?? join(ROOT, 'out/renderer');
  const clients = new Set<ServerResponse>();
  const revealed: string[] = [];
  const exportDir = opts.exportDir ?? join(opts.dataDir, 'exports');
  const app = await startDomainThread(
    { dataDir: opts.dataDir, exportDir, harness: true, version: 'harness', store: opts.store, mtDelayMs: opts.mtDelayMs, importDelayMs: opts.importDelayMs,
      validateResponses: opts.validateResponses ?? true },
    {
      emit: (event, payload) => {
        const line = `data: ${JSON.stringify({ event, payload })}\n\n`;
        for (const c of clients) c.write(line);
      },
      // The harness never opens anything outside: it records the request instead.
      openExternal: async () => {},
      showItemInFolder: (path) => void revealed.push(path),
    },
  );
  const routes = new Set(harnessRoutes());

  let origin = '';

  const server = createServer(async (req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      return send(res, 400, 'text/plain', 'Bad request');
    }
    const needsToken = url.pathname.startsWith('/api/') || url.pathname === '/__harness/events';
    const verdict = checkRequest(req, origin, token, needsToken);
    if (!verdict.ok) return send(res, verdict.status, 'text/plain', `Forbidden: ${verdict.reason}.`);
    // The page URL carries the token for the bridge to read: never let it leave in a Referer.
    const headers: Record<string, string> = { 'referrer-policy': 'no-referrer' };
    try {
      if (req.method === 'POST' && routes.has(url.pathname)) {
        const body = await readBody(req);
        let payload: unknown;
        try {
          payload = body.length ? JSON.parse(body) : {};
        } catch {
          return sendJson(res, 200, {
            ok: false,
            error: { code: 'ipc.invalidPayload', message: 'Request body is not JSON.', params: {} },
          });
        }
        return sendJson(res, 200, await app.dispatch(url.pathname.slice(5), payload));
      }
      if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
        return sendJson(res, 200, await app.dispatch(url.pathname.slice(5), {}));
      }
      if (req.method !== 'GET') return send(res, 405, 'text/plain', 'Method not allowed');
      if (url.pathname === '/__harness/bridge.js') return send(res, 200, MIME['.js'], await bridgeScript(), headers);
      if (url.pathname === '/__harness/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
        res.write(': connected\n\n');
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return;
      }
      let rel: string;
      try {
        rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
      } catch {
        return send(res, 400, 'text/plain', 'Bad request');
      }
      const file = resolve(rendererDir, rel);
      if (!file.startsWith(rendererDir + sep)) return send(res, 404, 'text/plain', 'Not found');
      let data = await fsp.readFile(file).catch(() => null);
      if (!data) return send(res, 404, 'text/plain', 'Not found');
      if (rel === 'index.html') {
        // The bridge must define window.api before the app's module script runs.
        data = Buffer.from(data.toString('utf8').replace('<head>', '<head><script src="/__harness/bridge.js"></script>'));
      }
      return send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', data, headers);
    } catch {
      // Never echo internal error text to whoever asked.
      return send(res, 500, 'text/plain', 'Internal error');
    }
  });
  // Chromium, not the server, closes idle keep-alive connections: with Node's 5 s default the server could close one
  // just as the page sent a call on it (a long domain job leaves the others idle), and the call failed to fetch.
  server.keepAliveTimeout = 10 * 60_000;
  server.headersTimeout = 10 * 60_000 + 1000;
  await new Promise<void>((r) => server.listen(opts.port ?? 0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    app,
    revealed,
    exportDir,
    routes: [...routes],
    async close() {
      for (const c of clients) c.end();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await app.close();
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('Request too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, 'application/json', JSON.stringify(value));
}
