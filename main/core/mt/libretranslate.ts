// Engine for a LibreTranslate server: POST {base}/translate with the batch as an array of q.
import type { EngineConfig } from './config';
import { translateNonBlank, type MtEngine } from './engine';
import { badResponse } from './http';
import { ISO_CODES } from './langs';
import { serverEngineParts } from './server-engine';

type LibreConfig = Extract<EngineConfig, { kind: 'libretranslate' }>;

export function createLibreTranslateEngine(config: LibreConfig, fetchImpl?: typeof fetch): MtEngine {
  const server = serverEngineParts(config, 'translate', { fetchImpl });
  return {
    ...server.fields,
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
        const res = (await server.post(body, signal)) as { translatedText?: unknown };
        const t = res?.translatedText;
        const list = Array.isArray(t) ? t : typeof t === 'string' && items.length === 1 ? [t] : null;
        if (!list || list.length !== items.length || !list.every((x) => typeof x === 'string')) {
          throw badResponse(server.host, `expected ${items.length} translatedText strings`);
        }
        return list as string[];
      }),
  };
}
