// Engine for a local OpenAI-compatible chat server (llama.cpp, Ollama, LM Studio, vLLM): one request per text.
import type { Lang } from '../../../preload/contract/define';
import type { EngineConfig } from './config';
import { translateNonBlank, type MtEngine } from './engine';
import { badResponse } from './http';
import { AppError } from '../errors';
import { LANG_NAMES } from './langs';
import { throwIfCancelled } from './cancel';
import { serverEngineParts } from './server-engine';

type OpenAiEngineConfig = Extract<EngineConfig, { kind: 'openai' }>;

/**
 * The instructions matter more than the model here: news copy lives on exact quotes, figures and names,
 * and chat models like to explain themselves. So: say the direction, list what must survive verbatim,
 * and ask for the translation alone.
 */
export function systemPrompt(from: Lang, to: Lang): string {
  const src = LANG_NAMES[from];
  const tgt = LANG_NAMES[to];
  return [
    `You are a professional news translator. Translate the user's text from ${src} to ${tgt}.`,
    'Rules:',
    '- Keep all quotation marks: translate the words inside them but keep them a direct quotation; never turn direct speech into reported speech.',
    '- Keep all numbers, amounts, percentages, dates and times exactly as written (same digits, same values).',
    "- Keep proper names of people, places and organisations exactly as spelled; do not translate or transliterate them unless a standard spelling in the target language exists.",
    '- Keep the meaning, tone and sentence order; do not add, summarise or omit anything.',
    `- Output only the ${tgt} translation: no explanations, notes, quotes around the whole answer or the original text.`,
  ].join('\n');
}

/** Strips what chat models wrap around an answer: reasoning blocks and surrounding whitespace. */
export function cleanCompletion(text: string): string {
  return text.replace(/<think>[\s\S]*?<\/think>/g, '').trim();
}

/**
 * The server root under which "v1/chat/completions" lives. People paste what their server prints — often
 * ".../v1" or even the full ".../v1/chat/completions" — and that must not become "/v1/v1/…".
 */
export function openAiRoot(baseUrl: string): string {
  const u = new URL(baseUrl);
  u.pathname = u.pathname.replace(/\/+$/, '').replace(/\/v1(\/chat\/completions)?$/i, '') + '/';
  u.search = '';
  u.hash = '';
  return u.href;
}

/** A 404 from a chat server almost always means the address points at the wrong path: say which URL we used. */
function withHint(err: unknown, url: string): unknown {
  if (err instanceof AppError && err.code === 'mt.http' && err.params.status === 404) {
    return new AppError('mt.notFound', `${err.params.host} has no ${url} (404). Give the server's address without a path, e.g. http://127.0.0.1:8080 (a trailing /v1 is fine).`, {
      host: err.params.host,
      url,
    });
  }
  return err;
}

export function createOpenAiEngine(config: OpenAiEngineConfig, fetchImpl?: typeof fetch): MtEngine {
  const headers: Record<string, string> = config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {};
  const server = serverEngineParts({ ...config, baseUrl: openAiRoot(config.baseUrl) }, 'v1/chat/completions', { headers, fetchImpl });
  return {
    ...server.fields,
    translate: (texts, { from, to, signal }) =>
      translateNonBlank(texts, async (items) => {
        const out: string[] = [];
        for (const text of items) {
          throwIfCancelled(signal);
          const body = {
            model: config.model,
            temperature: 0,
            stream: false,
            messages: [
              { role: 'system', content: systemPrompt(from, to) },
              { role: 'user', content: text },
            ],
          };
          const res = (await server.post(body, signal).catch((e) => Promise.reject(withHint(e, server.url)))) as {
            choices?: { message?: { content?: unknown } }[];
          };
          const content = res?.choices?.[0]?.message?.content;
          if (typeof content !== 'string') throw badResponse(server.host, 'no choices[0].message.content');
          out.push(cleanCompletion(content));
        }
        return out;
      }),
  };
}
