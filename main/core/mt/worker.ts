// Worker-thread entry: runs @huggingface/transformers translation pipelines on local model folders, one job at a time.
//
// Runs off the main thread so a long batch never freezes the app. From source it is started through tsx
// (see worker-client.ts); in a build it is its own bundle entry (e.g. out/main/mt-worker.js).
import { parentPort } from 'node:worker_threads';
import { basename, dirname } from 'node:path';
import { toErrorPayload, AppError } from '../errors';
import type { WorkerRequest, WorkerResponse, WorkerTranslateRequest } from './worker-protocol';

type Translator = (texts: string[], opts: Record<string, unknown>) => Promise<unknown>;

const port = parentPort;
if (!port) throw new Error('main/core/mt/worker.ts must run inside a worker thread');

const loaded = new Map<string, Promise<Translator>>();
let queue: Promise<unknown> = Promise.resolve();

async function transformers() {
  const t = await import('@huggingface/transformers');
  // Offline by construction: no hub, no cache writes into node_modules (read-only inside an asar), and
  // any fetch the library still attempts fails loudly instead of leaving the machine.
  t.env.allowRemoteModels = false;
  t.env.allowLocalModels = true;
  t.env.useFSCache = false;
  t.env.useBrowserCache = false;
  t.env.logLevel = t.LogLevel.ERROR;
  t.env.fetch = async (input: string | URL) => {
    throw new Error(`network access is disabled in the MT worker (${String(input)})`);
  };
  return t;
}

function load(req: WorkerTranslateRequest): Promise<Translator> {
  const key = `${req.modelDir}|${req.dtype}`;
  let p = loaded.get(key);
  if (!p) {
    p = (async () => {
      const t = await transformers();
      // localModelPath is global; jobs run one at a time, so setting it right before loading is safe.
      t.env.localModelPath = dirname(req.modelDir) + '/';
      const pipe = await t.pipeline('translation', basename(req.modelDir), { device: 'cpu', dtype: req.dtype });
      return pipe as unknown as Translator;
    })();
    loaded.set(key, p);
    p.catch(() => loaded.delete(key));
  }
  return p;
}

async function translate(req: WorkerTranslateRequest): Promise<string[]> {
  let translator: Translator;
  try {
    translator = await load(req);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new AppError('mt.model.loadFailed', `The model in ${req.modelDir} could not be loaded: ${reason}`, {
      path: req.modelDir,
      reason,
    });
  }
  const opts: Record<string, unknown> = {};
  if (req.srcLang) opts.src_lang = req.srcLang;
  if (req.tgtLang) opts.tgt_lang = req.tgtLang;
  if (req.maxNewTokens) opts.max_new_tokens = req.maxNewTokens;
  const out = (await translator(req.texts, opts)) as { translation_text?: string }[];
  return req.texts.map((_, i) => String(out[i]?.translation_text ?? ''));
}

port.on('message', (req: WorkerRequest) => {
  queue = queue.then(async () => {
    let res: WorkerResponse;
    try {
      res = { type: 'result', id: req.id, texts: await translate(req) };
    } catch (err) {
      res = { type: 'error', id: req.id, error: toErrorPayload(err) };
    }
    port.postMessage(res);
  });
});
