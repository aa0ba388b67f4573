// Test helper: a loopback HTTP server speaking OpenAI chat completions and LibreTranslate, recording requests.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The JSON fields the two protocols send (OpenAI chat completions, LibreTranslate); `raw` when not JSON. */
export interface RecordedBody {
  model?: string;
  temperature?: number;
  messages?: { role: string; content: string }[];
  q?: string | string[];
  source?: string;
  target?: string;
  format?: string;
  api_key?: string;
  raw?: string;
  [field: string]: unknown;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: RecordedBody;
}

export interface MtServer {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Milliseconds to wait before answering (for timeout / cancel tests). */
  delayMs: number;
  /** Force an HTTP status for the next answers. */
  failStatus: number | null;
  close(): Promise<void>;
}

/** Fake "translation": uppercases the text and tags it with the target language, e.g. "[ko] SAYA MAKAN". */
export const fakeTranslate = (text: string, target: string) => `[${target}] ${text.toUpperCase()}`;

export async function startMtServer(): Promise<MtServer> {
  const state = { requests: [] as RecordedRequest[], delayMs: 0, failStatus: null as number | null };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: RecordedBody = {};
    try {
      body = raw ? (JSON.parse(raw) as RecordedBody) : {};
    } catch {
      body = { raw };
    }
    state.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs));
    if (res.destroyed) return;
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    if (state.failStatus) return send(state.failStatus, { error: 'model not loaded' });
    if (req.method === 'POST' && req.url === '/v1/chat/completions') {
      const messages = body.messages ?? [];
      const system = messages[0]?.content ?? '';
      const target = /to (\w+)\./.exec(system)?.[1] ?? '?';
      return send(200, {
        id: 'cmpl-1',
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content: ` ${fakeTranslate(messages[1]?.content ?? '', target)}\n` } }],
      });
    }
    if (req.method === 'POST' && req.url === '/translate') {
      const q = body.q ?? '';
      const target = body.target ?? '?';
      const out = Array.isArray(q) ? q.map((t) => fakeTranslate(t, target)) : fakeTranslate(q, target);
      return send(200, { translatedText: out });
    }
    send(404, { error: 'not found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(v) {
      state.delayMs = v;
    },
    get failStatus() {
      return state.failStatus;
    },
    set failStatus(v) {
      state.failStatus = v;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
