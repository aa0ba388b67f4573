// Offline machine translation: engine configs, engines (local model / local server), routing, pre-translation.
//
// Public API (plain data in, plain data out, so a thin IPC handler can wrap each call):
//
//   parseEngineConfig(input: unknown): EngineConfig              zod-validated; throws 'mt.config.invalid'
//   describeEndpoint(config: EngineConfig): { host, loopback, sends }   "sends text to HOST" when sends
//   checkModelFolder(dir: string): Promise<ModelFolderReport>    { ok, family, dtype, problems[{code,message,params}] }
//   createEngine(config, deps?: { worker?, workerOptions?: { script? }, fetchImpl? }): MtEngine
//       throws 'mt.remoteNotAllowed' for a non-loopback server unless config.allowRemote is true
//   MtEngine: { id, kind, label, pairs(): {from,to}[], endpoint(), translate(texts, {from,to,signal}), close() }
//   route({from,to}, engines, {pivot?='en'}): MtEngine[]         [direct] or [from→pivot, pivot→to]; 'mt.noRoute'
//   translateWithRoute(texts, {from,to}, engines, {signal?, pivot?})
//       → { texts, route: ['id','en','ko'], engines: ['id-en','en-ko'], pivotTexts? }
//   pretranslate(project, {engines, signal?, onProgress?({done,total}), glossary?, batchSize?, pivot?})
//       → { project, done, total, cancelled, error?, route, engines, flags: [{segmentId, term, expected}] }
//       MT lands as status 'draft' + origin 'mt', never confirmed; locked/confirmed segments are untouched;
//       abort returns the finished batches with cancelled: true (it does not throw).
//   systemPrompt(from, to): string                               the prompt sent to OpenAI-compatible servers
//
// Cancellation anywhere else (engine.translate, translateWithRoute) rejects with AppError 'mt.cancelled'.
// Local models run in a worker thread (worker.ts); see worker-client.ts for how its script is found in
// source vs. built form — the Electron build must add main/core/mt/worker.ts as entry 'mt-worker'.
export { EngineConfig, EngineKind, LangPair, configPairs, parseEngineConfig, type EngineConfigInput } from './config';
export { describeEndpoint, isLoopbackHost, assertRequestAllowed, type EndpointInfo } from './endpoint';
export { checkModelFolder, assertModelFolder, type ModelFolderReport, type ModelProblem, type ModelFamily } from './model-folder';
export { createEngine, type EngineDeps } from './create-engine';
export { servesPair, type MtEngine, type TranslateOptions } from './engine';
export { route, translateWithRoute, type RoutedTranslation, type RouteOptions } from './route';
export { pretranslate, isPretranslatable, type PretranslateOptions, type PretranslateResult } from './pretranslate';
export { checkGlossary, containsTerm, type GlossaryFlag } from './glossary-check';
export { systemPrompt } from './openai';
export { MtWorkerClient, defaultWorkerScript, type WorkerClientOptions } from './worker-client';
export { cancelledError, isCancelled } from './cancel';
