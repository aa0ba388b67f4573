// Loopback detection, describeEndpoint and engine config validation.
import { describe, expect, it } from 'vitest';
import { configPairs, describeEndpoint, isLoopbackHost, parseEngineConfig } from '../../../main/core/mt';
import { AppError } from '../../../main/core/errors';

const hostOf = (url: string) => new URL(url).hostname;

describe('isLoopbackHost', () => {
  it.each([
    'http://127.0.0.1:8080',
    'http://127.255.3.4',
    'http://localhost:5000',
    'http://LOCALHOST.',
    'http://[::1]:11434',
    'http://[::ffff:127.0.0.1]/',
    'http://127.1/', // URL normalises to 127.0.0.1
    'http://0x7f.0.0.1/',
  ])('%s is loopback', (url) => {
    expect(isLoopbackHost(hostOf(url))).toBe(true);
  });

  it.each([
    'http://10.0.0.1',
    'http://192.168.1.20:5000',
    'http://128.0.0.1',
    'http://localhost.example.com',
    'http://127.0.0.1.nip.io',
    'http://[::2]',
    'http://[::ffff:10.0.0.1]/',
    'http://0.0.0.0:8080',
    'https://api.openai.com',
  ])('%s is not loopback', (url) => {
    expect(isLoopbackHost(hostOf(url))).toBe(false);
  });
});

describe('describeEndpoint', () => {
  it('local models send nothing', () => {
    const c = parseEngineConfig({ id: 'm', kind: 'marian-local', label: 'M', path: '/models/x', from: 'id', to: 'en' });
    expect(describeEndpoint(c)).toEqual({ host: '', loopback: true, sends: false });
  });

  it('servers report their host and whether text leaves the machine', () => {
    const lt = parseEngineConfig({ id: 'l', kind: 'libretranslate', label: 'L', baseUrl: 'http://[::1]:5000' });
    expect(describeEndpoint(lt)).toEqual({ host: '::1', loopback: true, sends: false });
    const far = parseEngineConfig({ id: 'f', kind: 'openai', label: 'F', baseUrl: 'https://llm.newsroom.lan/', model: 'x' });
    expect(describeEndpoint(far)).toEqual({ host: 'llm.newsroom.lan', loopback: false, sends: true });
  });
});

describe('parseEngineConfig', () => {
  it('defaults allowRemote to false', () => {
    const c = parseEngineConfig({ id: 'l', kind: 'openai', label: 'L', baseUrl: 'http://127.0.0.1:1', model: 'm' });
    expect(c.allowRemote).toBe(false);
  });

  it('rejects bad input with mt.config.invalid and readable details', () => {
    const bad = [
      { id: 'x', kind: 'openai', label: 'L', baseUrl: 'ftp://127.0.0.1', model: 'm' },
      { id: 'x', kind: 'openai', label: 'L', baseUrl: 'http://127.0.0.1' }, // no model
      { id: 'has space', kind: 'libretranslate', label: 'L', baseUrl: 'http://127.0.0.1' },
      { id: 'x', kind: 'deepl', label: 'L' },
      { id: 'x', kind: 'marian-local', label: 'L', path: '/m' }, // no direction
    ];
    for (const input of bad) {
      try {
        parseEngineConfig(input);
        throw new Error(`accepted ${JSON.stringify(input)}`);
      } catch (err) {
        expect(err).toBeInstanceOf(AppError);
        expect((err as AppError).code).toBe('mt.config.invalid');
        expect(String((err as AppError).params.details).length).toBeGreaterThan(0);
      }
    }
  });

  it('merges from/to with pairs and drops duplicates and same-language pairs', () => {
    const c = parseEngineConfig({
      id: 'm',
      kind: 'marian-local',
      label: 'M',
      path: '/m',
      from: 'id',
      to: 'en',
      pairs: [
        { from: 'id', to: 'en' },
        { from: 'en', to: 'en' },
        { from: 'en', to: 'ko' },
      ],
    });
    expect(configPairs(c)).toEqual([
      { from: 'id', to: 'en' },
      { from: 'en', to: 'ko' },
    ]);
  });
});
