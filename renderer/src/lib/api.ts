// Typed access to window.api: `call(api.articles.get({id}))` unwraps the envelope or throws an ApiError.
import type { Api, Envelope } from '../../../preload/contract';

export const api = (window as unknown as { api: Api }).api;

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params: Record<string, string | number>,
  ) {
    super(message);
  }
}

export async function call<T>(pending: Promise<Envelope<T>>): Promise<T> {
  const env = await pending;
  if (env.ok) return env.data;
  throw new ApiError(env.error.code, env.error.message, env.error.params);
}

/** The request type of one api method, for the typed wrappers in the features' use… modules. */
export type ReqOf<F> = F extends (req: infer R) => unknown ? R : never;

type DataOf<F> = F extends (req: never) => Promise<Envelope<infer T>> ? T : never;

/** The named methods of one api group, each answering its data or throwing an ApiError (the use… modules' calls). */
export function unwrap<G extends object, K extends keyof G & string>(
  group: G,
  names: readonly K[],
): { [N in K]: (req: ReqOf<G[N]>) => Promise<DataOf<G[N]>> } {
  const methods = group as Record<string, (req: unknown) => Promise<Envelope<unknown>>>;
  return Object.fromEntries(names.map((n) => [n, (req: unknown) => call(methods[n]!(req))])) as {
    [N in K]: (req: ReqOf<G[N]>) => Promise<DataOf<G[N]>>;
  };
}
