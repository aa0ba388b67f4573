// Engine configurations as plain data (zod): what the settings screen edits and what createEngine() reads.
import { z } from 'zod';
import { Lang } from '../../../preload/contract/define';
import { AppError } from '../errors';

export const LangPair = z.object({ from: Lang, to: Lang });
export type LangPair = z.infer<typeof LangPair>;

export const EngineKind = z.enum(['marian-local', 'openai', 'libretranslate']);
export type EngineKind = z.infer<typeof EngineKind>;

const base = {
  id: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'not a valid engine id'),
  label: z.string().min(1).max(200),
  /** Direction shorthand for one-pair engines (Opus-MT models are one direction each). */
  from: Lang.optional(),
  to: Lang.optional(),
  /** The directions this engine serves; merged with from/to. */
  pairs: z.array(LangPair).optional(),
  /** The user opted in to sending text to a host outside this machine. Never defaulted to true. */
  allowRemote: z.boolean().default(false),
  /** Per-request timeout for server engines, and per-batch for local models. */
  timeoutMs: z.number().int().min(100).max(600_000).optional(),
};

export const MarianLocalConfig = z.object({
  ...base,
  kind: z.literal('marian-local'),
  /** Folder holding config.json, tokenizer.json, onnx/… (Marian/Opus-MT, NLLB or M2M100 export). */
  path: z.string().min(1),
});

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

export const OpenAiConfig = z.object({
  ...base,
  kind: z.literal('openai'),
  /** e.g. http://127.0.0.1:8080 (llama.cpp, Ollama, LM Studio, vLLM); "/v1/chat/completions" is appended. */
  baseUrl: httpUrl,
  model: z.string().min(1),
  apiKey: z.string().optional(),
});

export const LibreTranslateConfig = z.object({
  ...base,
  kind: z.literal('libretranslate'),
  /** e.g. http://127.0.0.1:5000; "/translate" is appended. */
  baseUrl: httpUrl,
  apiKey: z.string().optional(),
});

export const EngineConfig = z.discriminatedUnion('kind', [MarianLocalConfig, OpenAiConfig, LibreTranslateConfig]);
export type EngineConfig = z.infer<typeof EngineConfig>;
export type EngineConfigInput = z.input<typeof EngineConfig>;

const ALL_LANGS = Lang.options;

/** Directions an engine serves: explicit pairs + from/to; server engines with neither serve every id/en/ko pair. */
export function configPairs(config: EngineConfig): LangPair[] {
  const out: LangPair[] = [...(config.pairs ?? [])];
  if (config.from && config.to) out.push({ from: config.from, to: config.to });
  if (out.length === 0 && config.kind !== 'marian-local') {
    for (const from of ALL_LANGS) for (const to of ALL_LANGS) if (from !== to) out.push({ from, to });
  }
  const seen = new Set<string>();
  return out.filter((p) => p.from !== p.to && !seen.has(`${p.from}>${p.to}`) && seen.add(`${p.from}>${p.to}`));
}

/** Validates user input into an EngineConfig; a local model must name its direction. */
export function parseEngineConfig(input: unknown): EngineConfig {
  const r = EngineConfig.safeParse(input);
  if (!r.success) {
    const details = r.error.issues.map((i) => `${i.path.join('.') || '(config)'}: ${i.message}`).join('; ');
    throw new AppError('mt.config.invalid', `Invalid engine settings: ${details}`, { details });
  }
  if (r.data.kind === 'marian-local' && configPairs(r.data).length === 0) {
    throw new AppError('mt.config.invalid', 'Invalid engine settings: a local model needs from/to or pairs', {
      details: 'from/to: required for a local model',
    });
  }
  return r.data;
}
