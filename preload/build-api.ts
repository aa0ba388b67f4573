// Builds the window.api object from the contract over any transport (Electron IPC, or HTTP in the harness).
import { channelNames, eventNames, splitChannel } from './contract';

type Invoke = (channel: string, payload: unknown) => Promise<unknown>;
type Subscribe = (listener: (event: string, payload: unknown) => void) => () => void;

export function buildApi(invoke: Invoke, subscribe: Subscribe): Record<string, unknown> {
  const api: Record<string, Record<string, (req: unknown) => Promise<unknown>> | unknown> = {};
  for (const name of channelNames) {
    const [group, method] = splitChannel(name);
    const g = (api[group] ??= {}) as Record<string, (req: unknown) => Promise<unknown>>;
    g[method] = (req: unknown) => invoke(name, req ?? {});
  }
  api.on = (event: string, listener: (payload: unknown) => void) => {
    if (!(eventNames as string[]).includes(event)) throw new Error(`Unknown event ${event}`);
    return subscribe((name, payload) => {
      if (name === event) listener(payload);
    });
  };
  return api;
}
