// The one place a call is validated and handled; Electron IPC and the test harness both go through it.
import { contract, type ChannelName, type Envelope } from '../preload/contract';
import { toErrorPayload } from './core/errors';
import type { AppContext } from './context';
import type { Handler, HandlerMap } from './core/context';

export type { Handler, HandlerMap };

export type Dispatch = (channel: string, payload: unknown) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  /**
   * Check every answer against the channel's response schema (development, harness, tests): a handler that returns
   * what the contract does not declare fails loudly instead of reaching the renderer. Off in the packaged app (speed).
   */
  validateResponses?: boolean;
}

export function createDispatch(handlers: HandlerMap, ctx: AppContext, opts: DispatchOptions = {}): Dispatch {
  return async (channel, payload) => {
    if (!Object.hasOwn(contract, channel)) {
      return fail('ipc.unknownChannel', `Unknown channel: ${String(channel).slice(0, 100)}`, { channel: String(channel) });
    }
    const name = channel as ChannelName;
    const parsed = contract[name].request.safeParse(payload ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      const where = issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ');
      return { ok: false, error: { code: 'ipc.invalidPayload', message: `Invalid request for ${name}: ${where}`, params: { channel: name, details: where }, issues } };
    }
    try {
      const handler = handlers[name] as unknown as (req: unknown, ctx: AppContext) => Promise<unknown>;
      const data = await handler(parsed.data, ctx);
      if (opts.validateResponses) {
        const checked = contract[name].response.safeParse(data);
        if (!checked.success) return badResponse(name, checked.error.issues);
      }
      // The handler's own value goes out, not the parsed copy: validation must not change what the caller gets.
      return { ok: true, data };
    } catch (err) {
      return { ok: false, error: toErrorPayload(err) };
    }
  };
}

/** A handler broke the contract: a bug, never the user's doing — logged and returned as an error, never swallowed. */
function badResponse(name: ChannelName, raw: readonly { path: PropertyKey[]; message: string }[]): Envelope<never> {
  const issues = raw.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const where = issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ');
  const message = `Response of ${name} does not match the contract: ${where}`;
  console.error(`[redaksi] ${message}`);
  return { ok: false, error: { code: 'ipc.invalidResponse', message, params: { channel: name, details: where }, issues } };
}

function fail(code: string, message: string, params: Record<string, string>): Envelope<never> {
  return { ok: false, error: { code, message, params } };
}
