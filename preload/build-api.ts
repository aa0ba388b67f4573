// Builds the window.api object from the contract's names over any transport (Electron IPC, or HTTP in the harness).
// It takes names, not the contract: the sandboxed preload then carries a list of strings instead of every zod schema.

type Invoke = (channel: string, payload: unknown) => Promise<unknown>;
type Subscribe = (listener: (event: string, payload: unknown) => void) => () => void;
/** Channel and event names, as the contract lists them (channelNames / eventNames). */
export interface ApiNames {
  channels: readonly string[];
  events: readonly string[];
}

export function buildApi(names: ApiNames, invoke: Invoke, subscribe: Subscribe): Record<string, unknown> {
  const api: Record<string, Record<string, (req: unknown) => Promise<unknown>> | unknown> = {};
  for (const name of names.channels) {
    const i = name.indexOf('.');
    const [group, method] = [name.slice(0, i), name.slice(i + 1)];
    const g = (api[group] ??= {}) as Record<string, (req: unknown) => Promise<unknown>>;
    g[method] = (req: unknown) => invoke(name, req ?? {});
  }
  api.on = (event: string, listener: (payload: unknown) => void) => {
    if (!names.events.includes(event)) throw new Error(`Unknown event ${event}`);
    return subscribe((name, payload) => {
      if (name === event) listener(payload);
    });
  };
  return api;
}
