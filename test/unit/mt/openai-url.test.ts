// OpenAI-compatible addresses as people paste them (root, /v1, /v1/chat/completions) reach one endpoint; a wrong
// path gets a hint, not a bare 404; one LibreTranslate entry serves every direction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configPairs, createEngine, parseEngineConfig } from '../../../main/core/mt';
import { openAiRoot } from '../../../main/core/mt/openai';
import { startMtServer, type MtServer } from './mt-server';

describe('OpenAI-compatible base URL', () => {
  let server: MtServer;
  beforeAll(async () => {
    server = await startMtServer();
  });
  afterAll(() => server.close());

  it('normalises a trailing /v1 (and the full endpoint) to the server root', () => {
    expect(openAiRoot('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/');
    expect(openAiRoot('http://127.0.0.1:8080/v1')).toBe('http://127.0.0.1:8080/');
    expect(openAiRoot('http://127.0.0.1:8080/v1/')).toBe('http://127.0.0.1:8080/');
    expect(openAiRoot('http://127.0.0.1:8080/v1/chat/completions')).toBe('http://127.0.0.1:8080/');
    expect(openAiRoot('http://127.0.0.1:8080/llm/v1')).toBe('http://127.0.0.1:8080/llm/');
  });

  it('calls /v1/chat/completions once, never /v1/v1/…, whichever form was given', async () => {
    for (const base of [server.baseUrl, `${server.baseUrl}/v1`, `${server.baseUrl}/v1/`]) {
      const before = server.requests.length;
      const engine = createEngine({ id: 'llm', kind: 'openai', label: 'L', baseUrl: base, model: 'm' });
      expect(await engine.translate(['Halo.'], { from: 'id', to: 'ko' })).toEqual(['[Korean] HALO.']);
      expect(server.requests.slice(before).map((r) => r.url)).toEqual(['/v1/chat/completions']);
    }
  });

  it('a 404 says which URL was tried and what address to give', async () => {
    const engine = createEngine({ id: 'llm', kind: 'openai', label: 'L', baseUrl: `${server.baseUrl}/api`, model: 'm' });
    await expect(engine.translate(['Halo.'], { from: 'id', to: 'ko' })).rejects.toMatchObject({
      code: 'mt.notFound',
      params: { url: `${server.baseUrl}/api/v1/chat/completions` },
      message: expect.stringMatching(/without a path/),
    });
  });
});

describe('one LibreTranslate entry, every direction', () => {
  let server: MtServer;
  beforeAll(async () => {
    server = await startMtServer();
  });
  afterAll(() => server.close());

  it('serves id→ko, id→en and ko→id without a pair list', async () => {
    const config = parseEngineConfig({ id: 'lt', kind: 'libretranslate', label: 'LT', baseUrl: server.baseUrl });
    expect(configPairs(config)).toHaveLength(6);
    const engine = createEngine(config);
    expect(await engine.translate(['halo'], { from: 'id', to: 'ko' })).toEqual(['[ko] HALO']);
    expect(await engine.translate(['halo'], { from: 'id', to: 'en' })).toEqual(['[en] HALO']);
    expect(await engine.translate(['안녕'], { from: 'ko', to: 'id' })).toEqual(['[id] 안녕']);
  });
});
