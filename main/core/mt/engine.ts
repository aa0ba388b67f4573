// The MtEngine interface every engine kind implements, and the per-call options.
import type { Lang } from '../../../preload/contract/define';
import type { EngineKind, LangPair } from './config';
import type { EndpointInfo } from './endpoint';

export interface TranslateOptions {
  from: Lang;
  to: Lang;
  /** Aborting rejects with AppError 'mt.cancelled' (see cancel.ts). */
  signal?: AbortSignal;
}

export interface MtEngine {
  readonly id: string;
  readonly kind: EngineKind;
  readonly label: string;
  /** Directions this engine serves. */
  pairs(): LangPair[];
  /** Where the text goes: the UI shows "sends text to HOST" when `sends`. */
  endpoint(): EndpointInfo;
  /** One output per input, same order. Empty strings come back empty without a request. */
  translate(texts: string[], opts: TranslateOptions): Promise<string[]>;
  /** Frees a worker or other resources; the engine may be used again afterwards (it restarts lazily). */
  close(): Promise<void>;
}

export function servesPair(engine: MtEngine, from: Lang, to: Lang): boolean {
  return engine.pairs().some((p) => p.from === from && p.to === to);
}

/** Translates only the non-blank texts and puts the blanks back, so engines never see empty input. */
export async function translateNonBlank(
  texts: string[],
  run: (nonBlank: string[]) => Promise<string[]>,
): Promise<string[]> {
  const idx: number[] = [];
  texts.forEach((t, i) => t.trim() && idx.push(i));
  if (idx.length === 0) return texts.map(() => '');
  const out = await run(idx.map((i) => texts[i]));
  const result = texts.map(() => '');
  idx.forEach((i, k) => (result[i] = out[k] ?? ''));
  return result;
}
