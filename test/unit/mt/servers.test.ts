// Local-server engines against a real loopback HTTP server: request fields, errors, cancel, and the remote refusal.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEngine, systemPrompt } from '../../../main/core/mt';
import { AppError } from '../../../main/core/errors';
import { fakeTranslate, startMtServer, type MtServer } from './mt-server';

let server: MtServer;
beforeAll(async () => {
  server = await startMtServer();
});
afterAll(async () => {
  await server.close();
});

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).code;
  }
  throw new Error('expected an AppError');
}

describe('OpenAI-compatible engine', () => {
  it('posts model, temperature 0 and the system prompt, one request per text', async () => {
    server.requests.length = 0;
    const engine = createEngine({
      id: 'llm',
      kind: 'openai',
      label: 'Local LLM',
      baseUrl: server.baseUrl,
      model: 'qwen2.5-7b-instruct',
      apiKey: 'sk-local',
    });
    const out = await engine.translate(['Presiden berkata, "Kami siap."', '', 'Harga naik 5% pada 1 Mei 2024.'], {
      from: 'id',
      to: 'ko',
    });
    expect(out).toEqual([
      fakeTranslate('Presiden berkata, "Kami siap."', 'Korean'),
      '',
      fakeTranslate('Harga naik 5% pada 1 Mei 2024.', 'Korean'),
    ]);
    // The blank text is not sent.
    expect(server.requests).toHaveLength(2);
    const req = server.requests[0];
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe('Bearer sk-local');
    expect(req.body.model).toBe('qwen2.5-7b-instruct');
    expect(req.body.temperature).toBe(0);
    expect(req.body.messages).toHaveLength(2);
    expect(req.body.messages?.[0]).toEqual({ role: 'system', content: systemPrompt('id', 'ko') });
    expect(req.body.messages?.[1]).toEqual({ role: 'user', content: 'Presiden berkata, "Kami siap."' });
    expect(server.requests[1].body.messages?.[1]?.content).toBe('Harga naik 5% pada 1 Mei 2024.');
  });

  it('the system prompt names both languages and protects quotes, numbers, dates and names', () => {
    const p = systemPrompt('id', 'ko');
    expect(p).toContain('from Indonesian to Korean');
    expect(p).toMatch(/quotation marks/i);
    expect(p).toMatch(/numbers/i);
    expect(p).toMatch(/dates/i);
    expect(p).toMatch(/proper names/i);
    expect(p).toMatch(/Output only the Korean translation/);
  });

  it('maps an HTTP error to mt.http with the status', async () => {
    const engine = createEngine({ id: 'llm', kind: 'openai', label: 'L', baseUrl: server.baseUrl, model: 'm' });
    server.failStatus = 503;
    try {
      const err = await engine.translate(['x'], { from: 'id', to: 'en' }).catch((e) => e);
      expect(err).toBeInstanceOf(AppError);
      expect(err.code).toBe('mt.http');
      expect(err.params.status).toBe(503);
    } finally {
      server.failStatus = null;
    }
  });
});

describe('LibreTranslate engine', () => {
  it('posts q, source, target, format and api_key', async () => {
    server.requests.length = 0;
    const engine = createEngine({
      id: 'lt',
      kind: 'libretranslate',
      label: 'LibreTranslate',
      baseUrl: server.baseUrl + '/',
      apiKey: 'k1',
      from: 'en',
      to: 'id',
    });
    expect(engine.pairs()).toEqual([{ from: 'en', to: 'id' }]);
    const out = await engine.translate(['The president said.', 'Prices rose 5%.'], { from: 'en', to: 'id' });
    expect(out).toEqual([fakeTranslate('The president said.', 'id'), fakeTranslate('Prices rose 5%.', 'id')]);
    expect(server.requests).toHaveLength(1);
    const req = server.requests[0];
    expect(req.url).toBe('/translate');
    expect(req.body).toEqual({
      q: ['The president said.', 'Prices rose 5%.'],
      source: 'en',
      target: 'id',
      format: 'text',
      api_key: 'k1',
    });
  });

  it('server engines without from/to serve every id/en/ko direction', () => {
    const engine = createEngine({ id: 'lt', kind: 'libretranslate', label: 'LT', baseUrl: server.baseUrl });
    expect(engine.pairs()).toHaveLength(6);
  });

  it('rejects a malformed answer with mt.badResponse', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ translatedText: ['only one'] })));
    const engine = createEngine({ id: 'lt', kind: 'libretranslate', label: 'LT', baseUrl: server.baseUrl }, { fetchImpl });
    expect(await codeOf(engine.translate(['a', 'b'], { from: 'en', to: 'id' }))).toBe('mt.badResponse');
  });
});

describe('network policy', () => {
  it('refuses a non-loopback endpoint without opt-in, and sends nothing', async () => {
    const fetchImpl = vi.fn(fetch);
    server.requests.length = 0;
    const remote = { id: 'r', kind: 'openai' as const, label: 'Cloud', baseUrl: 'https://api.example.com', model: 'm' };
    expect(await codeOf(() => createEngine(remote, { fetchImpl }))).toBe('mt.remoteNotAllowed');
    const lt = { id: 'r2', kind: 'libretranslate' as const, label: 'LT', baseUrl: 'http://10.0.0.5:5000' };
    try {
      createEngine(lt, { fetchImpl });
      throw new Error('not refused');
    } catch (err) {
      expect((err as AppError).code).toBe('mt.remoteNotAllowed');
      expect((err as AppError).params.host).toBe('10.0.0.5');
    }
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(server.requests).toHaveLength(0);
  });

  it('with allowRemote the engine is built and says where text goes', async () => {
    const fetchImpl = vi.fn(
      async () => new Response(JSON.stringify({ choices: [{ message: { content: 'Hello' } }] }), { status: 200 }),
    );
    const engine = createEngine(
      { id: 'r', kind: 'openai', label: 'Cloud', baseUrl: 'https://api.example.com', model: 'm', allowRemote: true },
      { fetchImpl },
    );
    expect(engine.endpoint()).toEqual({ host: 'api.example.com', loopback: false, sends: true });
    expect(await engine.translate(['Halo'], { from: 'id', to: 'en' })).toEqual(['Hello']);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(String((fetchImpl.mock.calls[0] as unknown[])[0])).toBe('https://api.example.com/v1/chat/completions');
  });

  it('a loopback engine reports that text stays on this machine', () => {
    const engine = createEngine({ id: 'l', kind: 'openai', label: 'L', baseUrl: server.baseUrl, model: 'm' });
    expect(engine.endpoint()).toEqual({ host: '127.0.0.1', loopback: true, sends: false });
  });
});

describe('timeouts, cancel and unreachable servers', () => {
  it('times out with mt.timeout', async () => {
    server.delayMs = 1500;
    try {
      const engine = createEngine({ id: 'lt', kind: 'libretranslate', label: 'LT', baseUrl: server.baseUrl, timeoutMs: 200 });
      const t0 = Date.now();
      expect(await codeOf(engine.translate(['x'], { from: 'en', to: 'ko' }))).toBe('mt.timeout');
      expect(Date.now() - t0).toBeLessThan(1400);
    } finally {
      server.delayMs = 0;
    }
  });

  it('aborting the signal rejects with mt.cancelled', async () => {
    server.delayMs = 1500;
    try {
      const engine = createEngine({ id: 'lt', kind: 'libretranslate', label: 'LT', baseUrl: server.baseUrl });
      const ac = new AbortController();
      setTimeout(() => ac.abort(), 100);
      expect(await codeOf(engine.translate(['x'], { from: 'en', to: 'ko', signal: ac.signal }))).toBe('mt.cancelled');
    } finally {
      server.delayMs = 0;
    }
  });

  it('a closed port is mt.unreachable', async () => {
    const probe = await startMtServer();
    const url = probe.baseUrl;
    await probe.close();
    const engine = createEngine({ id: 'lt', kind: 'libretranslate', label: 'LT', baseUrl: url });
    expect(await codeOf(engine.translate(['x'], { from: 'en', to: 'ko' }))).toBe('mt.unreachable');
  });
});
