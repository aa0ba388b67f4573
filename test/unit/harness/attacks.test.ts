// Attacks on the loopback harness, one test each: only the page the harness served, with its token, may call it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from '../../harness/server';

let h: Harness;
let dataDir: string;
let port: number;
let origin: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'redaksi-attack-'));
  h = await startHarness({ dataDir, store: { snapshotIntervalMs: 0 } });
  origin = new URL(h.url).origin;
  port = Number(new URL(h.url).port);
});
afterAll(async () => {
  await h.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function raw(opts: { method?: string; path: string; headers: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: opts.method ?? 'POST', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const draftCount = async (): Promise<number> => {
  const r = (await h.app.dispatch('articles.list', {})) as { ok: boolean; data: unknown[] };
  expect(r.ok).toBe(true);
  return r.data.length;
};
const create = JSON.stringify({ title: 'pwned', lang: 'id' });
const engine = JSON.stringify({ engine: { id: 'evil', label: 'x', kind: 'libretranslate', baseUrl: 'http://192.0.2.66:8080', allowRemote: true } });

// Each row: a request a hostile page or process could make. All must be refused with 403 and change nothing.
const attacks: { name: string; path?: string; method?: string; headers: () => Record<string, string>; body?: string }[] = [
  {
    name: 'cross-port POST with a foreign Origin and no token (fetch from another local port)',
    headers: () => ({ host: `127.0.0.1:${port}`, origin: 'http://127.0.0.1:1', 'content-type': 'application/json' }),
  },
  {
    name: 'cross-port POST with a foreign Origin and a cookie holding the token (SameSite does not separate ports)',
    headers: () => ({ host: `127.0.0.1:${port}`, origin: 'http://127.0.0.1:1', 'content-type': 'application/json', cookie: `redaksi_token=${h.token}` }),
  },
  {
    name: 'cross-port POST without Origin, token only in a cookie',
    headers: () => ({ host: `127.0.0.1:${port}`, 'content-type': 'application/json', cookie: `redaksi_token=${h.token}` }),
  },
  {
    name: 'POST with the token in the query string instead of the header',
    path: `/api/articles.create?token=${'TOKEN'}`,
    headers: () => ({ host: `127.0.0.1:${port}`, origin, 'content-type': 'application/json' }),
  },
  {
    name: 'POST with the right token but a foreign Origin',
    headers: () => ({ host: `127.0.0.1:${port}`, origin: 'http://localhost:5173', 'content-type': 'application/json', 'x-redaksi-token': h.token }),
  },
  {
    name: 'POST with the right token but no Origin (not a page the harness served)',
    headers: () => ({ host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-redaksi-token': h.token }),
  },
  {
    name: 'wrong Host (DNS rebinding: attacker.example resolving to 127.0.0.1)',
    headers: () => ({ host: `attacker.example:${port}`, origin: `http://attacker.example:${port}`, 'content-type': 'application/json', 'x-redaksi-token': h.token }),
  },
  {
    name: 'wrong Host: localhost instead of 127.0.0.1',
    headers: () => ({ host: `localhost:${port}`, origin, 'content-type': 'application/json', 'x-redaksi-token': h.token }),
  },
  {
    name: 'text/plain body (a "simple" request that needs no CORS preflight)',
    headers: () => ({ host: `127.0.0.1:${port}`, origin, 'content-type': 'text/plain', 'x-redaksi-token': h.token }),
  },
  {
    name: 'form-encoded body',
    headers: () => ({ host: `127.0.0.1:${port}`, origin, 'content-type': 'application/x-www-form-urlencoded', 'x-redaksi-token': h.token }),
  },
  {
    name: 'Sec-Fetch-Site: same-site (another port) even with a forged Origin',
    headers: () => ({ host: `127.0.0.1:${port}`, origin, 'sec-fetch-site': 'same-site', 'content-type': 'application/json', 'x-redaksi-token': h.token }),
  },
  {
    name: 'CORS preflight is never answered',
    method: 'OPTIONS',
    headers: () => ({ host: `127.0.0.1:${port}`, origin: 'http://127.0.0.1:1', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-redaksi-token' }),
  },
];

describe('harness attack table', () => {
  for (const a of attacks) {
    it(`refuses: ${a.name}`, async () => {
      const before = await draftCount();
      const path = (a.path ?? '/api/articles.create').replace('TOKEN', h.token);
      const res = await raw({ method: a.method, path, headers: a.headers(), body: a.method === 'OPTIONS' ? undefined : create });
      expect(res.status).toBe(403);
      expect(res.body).toMatch(/^Forbidden: /);
      expect(Object.keys(res.headers).filter((k) => k.startsWith('access-control-'))).toEqual([]);
      expect(await draftCount()).toBe(before);
    });
  }

  it('refuses a cross-port POST that registers a remote MT engine, and allowed endpoints stay unchanged', async () => {
    const res = await raw({ path: '/api/mt.save', headers: { host: `127.0.0.1:${port}`, origin: 'http://127.0.0.1:1', 'content-type': 'text/plain' }, body: engine });
    expect(res.status).toBe(403);
    const settings = await h.app.dispatch('settings.get', {});
    expect(JSON.stringify(settings)).not.toContain('192.0.2.66');
  });

  it('settings.set cannot write allowed endpoints directly, even from the app page itself', async () => {
    const res = await h.app.dispatch('settings.set', { allowedEndpoints: ['http://192.0.2.66:8080'] });
    expect(res).toMatchObject({ ok: false, error: { code: 'ipc.invalidPayload' } });
    const settings = (await h.app.dispatch('settings.get', {})) as { data: { allowedEndpoints: string[] } };
    expect(settings.data.allowedEndpoints).toEqual([]);
  });

  it('the event stream needs the token header too', async () => {
    const res = await raw({ method: 'GET', path: '/__harness/events', headers: { host: `127.0.0.1:${port}`, origin: 'http://127.0.0.1:1' } });
    expect(res.status).toBe(403);
  });

  it('a malformed URL path gets 400 without internal error text', async () => {
    const res = await raw({ method: 'GET', path: '/%E0%A4%A', headers: { host: `127.0.0.1:${port}` } });
    expect(res.status).toBe(400);
    expect(res.body).toBe('Bad request');
  });

  it('the page the harness served, with its token, is let through (and creates exactly one draft)', async () => {
    const before = await draftCount();
    const res = await raw({ path: '/api/articles.create', headers: { host: `127.0.0.1:${port}`, origin, 'content-type': 'application/json; charset=utf-8', 'x-redaksi-token': h.token }, body: create });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).ok).toBe(true);
    expect(await draftCount()).toBe(before + 1);
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});
