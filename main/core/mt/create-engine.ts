// Builds an MtEngine from a plain EngineConfig, refusing remote endpoints the user has not opted in to.
import { parseEngineConfig, type EngineConfigInput } from './config';
import { assertRequestAllowed } from './endpoint';
import type { MtEngine } from './engine';
import { createLibreTranslateEngine } from './libretranslate';
import { createLocalModelEngine, type LocalEngineDeps } from './local-model';
import { createOpenAiEngine } from './openai';

export interface EngineDeps extends LocalEngineDeps {
  /** Replaces global fetch for server engines (tests, or a proxy-aware fetch). */
  fetchImpl?: typeof fetch;
}

export function createEngine(input: EngineConfigInput, deps: EngineDeps = {}): MtEngine {
  const config = parseEngineConfig(input);
  switch (config.kind) {
    case 'marian-local':
      return createLocalModelEngine(config, deps);
    case 'openai':
      // Refused up front, so a misconfigured engine never even appears usable; postJson checks again per request.
      assertRequestAllowed(config.baseUrl, config.allowRemote);
      return createOpenAiEngine(config, deps.fetchImpl);
    case 'libretranslate':
      assertRequestAllowed(config.baseUrl, config.allowRemote);
      return createLibreTranslateEngine(config, deps.fetchImpl);
  }
}
