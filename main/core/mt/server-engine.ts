// What the HTTP engines (LibreTranslate, OpenAI-compatible) share: the request URL under the configured base,
// a POST with the engine's remote opt-in and timeout, and the MtEngine fields that come straight from config.
import { configPairs, type EngineConfig } from './config';
import { describeEndpoint } from './endpoint';
import type { MtEngine } from './engine';
import { DEFAULT_TIMEOUT_MS, postJson } from './http';

type ServerConfig = Extract<EngineConfig, { kind: 'openai' | 'libretranslate' }>;

export interface ServerEngineParts {
  /** `path` under the base URL (which may or may not end in a slash). */
  url: string;
  host: string;
  post(body: unknown, signal?: AbortSignal): Promise<unknown>;
  /** Everything of the MtEngine but `translate`. */
  fields: Omit<MtEngine, 'translate'>;
}

export function serverEngineParts(
  config: ServerConfig,
  path: string,
  opts: { headers?: Record<string, string>; fetchImpl?: typeof fetch } = {},
): ServerEngineParts {
  const url = new URL(path, config.baseUrl.endsWith('/') ? config.baseUrl : config.baseUrl + '/').href;
  return {
    url,
    host: new URL(url).host,
    post: (body, signal) =>
      postJson(url, body, {
        allowRemote: config.allowRemote,
        timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        signal,
        headers: opts.headers,
        fetchImpl: opts.fetchImpl,
      }),
    fields: {
      id: config.id,
      kind: config.kind,
      label: config.label,
      pairs: () => configPairs(config),
      endpoint: () => describeEndpoint(config),
      close: async () => {},
    },
  };
}
