// Messages between the MT worker thread and its client (structured-clone plain data only).
import type { ErrorPayload } from '../errors';
import type { ModelFamily } from './model-folder';

export interface WorkerTranslateRequest {
  type: 'translate';
  id: number;
  /** Absolute path of the model folder. */
  modelDir: string;
  family: ModelFamily;
  dtype: 'fp32' | 'q8';
  texts: string[];
  /** Model-specific language codes (NLLB: ind_Latn; M2M100: id); unused for Marian (one model = one direction). */
  srcLang?: string;
  tgtLang?: string;
  maxNewTokens?: number;
}

export type WorkerRequest = WorkerTranslateRequest;

export type WorkerResponse =
  | { type: 'result'; id: number; texts: string[] }
  | { type: 'error'; id: number; error: ErrorPayload };
