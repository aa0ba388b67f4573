// Every channel, called through window.api in Chromium with an invalid payload, answers with a validation
// error — and the app keeps working afterwards.
import { test, expect } from './fixtures';

test('invalid payloads get typed validation errors on every channel and the app works on', async ({ app }) => {
  const results = await app.evaluate(async () => {
    type Group = Record<string, (req: unknown) => Promise<{ ok: boolean; error?: { code: string } }>>;
    const api = (window as unknown as { api: Record<string, Group | unknown> }).api;
    const out: Record<string, string> = {};
    for (const [group, methods] of Object.entries(api)) {
      if (group === 'on') continue;
      for (const [name, fn] of Object.entries(methods as Group)) {
        const res = await fn('this is not a valid payload');
        out[`${group}.${name}`] = res.ok ? 'accepted' : (res.error?.code ?? 'no code');
      }
    }
    return out;
  });
  expect(Object.keys(results).length).toBeGreaterThan(5);
  for (const [channel, code] of Object.entries(results)) expect(code, channel).toBe('ipc.invalidPayload');

  const extra = await app.evaluate(async () => {
    const api = (window as unknown as { api: { articles: { get: (r: unknown) => Promise<unknown> } } }).api;
    return api.articles.get({ id: '../../etc/passwd' });
  });
  expect(extra).toMatchObject({ ok: false, error: { code: 'ipc.invalidPayload' } });

  await app.getByTestId('new-draft').click();
  await expect(app.getByTestId('editor')).toBeVisible();
});
