// Answers are checked against the contract's response schemas in development and tests: a mismatch is a loud error.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDispatch, type HandlerMap } from '../../../main/dispatch';
import type { AppContext } from '../../../main/context';

const ctx = {} as AppContext;
// One channel is enough to see the mechanism; the real handler map is checked by every harness test (default on).
const lying = { 'tasks.cancel': async () => ({ ok: 'yes' }) } as unknown as HandlerMap;
const honest = { 'tasks.cancel': async () => ({ ok: true }) } as unknown as HandlerMap;

afterEach(() => vi.restoreAllMocks());

describe('response validation', () => {
  it('turns an answer the contract does not declare into ipc.invalidResponse, naming the field', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = await createDispatch(lying, ctx, { validateResponses: true })('tasks.cancel', { taskId: 't1' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('ipc.invalidResponse');
    expect(r.error.params.channel).toBe('tasks.cancel');
    expect(r.error.issues?.map((i) => i.path)).toEqual(['ok']);
    expect(log).toHaveBeenCalledOnce();
  });

  it('passes a conforming answer through unchanged', async () => {
    const r = await createDispatch(honest, ctx, { validateResponses: true })('tasks.cancel', { taskId: 't1' });
    expect(r).toEqual({ ok: true, data: { ok: true } });
  });

  it('does not check when turned off (the packaged app)', async () => {
    const r = await createDispatch(lying, ctx, { validateResponses: false })('tasks.cancel', { taskId: 't1' });
    expect(r).toEqual({ ok: true, data: { ok: 'yes' } });
  });
});
