// Every contract channel has a main handler, a preload method and a harness route: the same set in all three.
import { describe, it, expect } from 'vitest';
import { channelNames, contract, eventNames } from '../../../preload/contract';
import { handlers } from '../../../main/handlers';
import { buildApi } from '../../../preload/build-api';
import { harnessRoutes } from '../../harness/server';

describe('the contract', () => {
  const channels = [...channelNames].sort();

  it('has a main handler for every channel and no handler without a channel', () => {
    expect(Object.keys(handlers).sort()).toEqual(channels);
  });

  it('gives the preload one method per channel', async () => {
    const called: string[] = [];
    const api = buildApi(
      { channels: channelNames, events: eventNames },
      async (c) => {
        called.push(c);
        return { ok: true, data: null };
      },
      () => () => {},
    ) as Record<string, Record<string, (r: unknown) => Promise<unknown>> | unknown>;
    const methods = Object.entries(api)
      .filter(([k]) => k !== 'on')
      .flatMap(([g, ms]) => Object.keys(ms as object).map((m) => `${g}.${m}`))
      .sort();
    expect(methods).toEqual(channels);
    for (const m of methods) {
      const [g, name] = [m.slice(0, m.indexOf('.')), m.slice(m.indexOf('.') + 1)];
      await (api[g] as Record<string, (r: unknown) => Promise<unknown>>)[name]({});
    }
    expect(called.sort()).toEqual(channels);
  });

  it('gives the harness one route per channel', () => {
    expect(harnessRoutes().map((r) => r.replace('/api/', '')).sort()).toEqual(channels);
  });

  it('has object request schemas, so a non-object payload is always rejected', () => {
    for (const name of channels) {
      const schema = contract[name as keyof typeof contract].request;
      expect(schema.safeParse('not an object').success, name).toBe(false);
    }
  });
});
