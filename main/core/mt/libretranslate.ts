// Engine for a LibreTranslate server: POST {base}/translate with the batch as an array of q.
import { configPairs, type EngineConfig } from './config';
import { describeEndpoint } from './endpoint';
import { translateNonBlank, type MtEngine } from './engine';
import { badResponse, DEFAULT_TIMEOUT_MS, postJson } from './http';
import { ISO_CODES } from './langs';

type LibreConfig = Extract<EngineConfig, { kind: 'libretranslate' }>;

export function createLibreTranslateEngine(config: LibreConfig, fetchImpl?: typeof fetch): MtEngine {
  const url = new URL('translate', config.baseUrl.endsWith('/') ? config.baseUrl : config.baseUrl + '/').href;
  return {
    id: config.id,
    kind: 'libretranslate',
    label: config.label,
    pairs: () => configPairs(config),
    endpoint: () => describeEndpoint(config),
    close: async () => {},
    translate: (texts, { from, to, signal }) =>
      translateNonBlank(texts, async (items) => {
        // LibreTranslate accepts q as a string or an array and answers in kind; the array saves round trips.
        const body: Record<string, unknown> = {
          q: items,
          source: ISO_CODES[from],
          target: ISO_CODES[to],
          format: 'text',
        };
        if (config.apiKey) body.api_key = config.apiKey;
        const res = (await postJson(url, body, {
          allowRemote: config.allowRemote,
          timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          signal,
          fetchImpl,
        })) as { translatedText?: unknown };
        const t = res?.translatedText;
        const list = Array.isArray(t) ? t : typeof t === 'string' && items.length === 1 ? [t] : null;
        if (!list || list.length !== items.length || !list.every((x) => typeof x === 'string')) {
          throw badResponse(new URL(url).host, `expected ${items.length} translatedText strings`);
        }
        return list as string[];
      }),
  };
}
