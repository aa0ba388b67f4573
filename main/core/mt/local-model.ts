// Engine for a local model folder (Marian/Opus-MT, NLLB, M2M100) run by transformers.js in the worker thread.
import { resolve } from 'node:path';
import { AppError } from '../errors';
import { configPairs, type EngineConfig } from './config';
import { describeEndpoint } from './endpoint';
import { translateNonBlank, type MtEngine } from './engine';
import { ISO_CODES, NLLB_CODES } from './langs';
import { assertModelFolder, type ModelFolderReport } from './model-folder';
import { MtWorkerClient, type WorkerClientOptions } from './worker-client';
import { throwIfCancelled } from './cancel';

type LocalConfig = Extract<EngineConfig, { kind: 'marian-local' }>;

export interface LocalEngineDeps {
  /** Share one worker between several local engines (one model runs at a time anyway). Not closed by the engine. */
  worker?: MtWorkerClient;
  workerOptions?: WorkerClientOptions;
}

/** Texts per worker call: small enough to cancel promptly between chunks, big enough to batch. */
const CHUNK = 16;

export function createLocalModelEngine(config: LocalConfig, deps: LocalEngineDeps = {}): MtEngine {
  const dir = resolve(config.path);
  let owned: MtWorkerClient | null = null;
  const worker = () => deps.worker ?? (owned ??= new MtWorkerClient(deps.workerOptions));
  let checked: Promise<ModelFolderReport & { family: NonNullable<ModelFolderReport['family']> }> | null = null;
  const check = () => {
    checked ??= assertModelFolder(dir);
    checked.catch(() => (checked = null)); // the user may fix the folder and retry
    return checked;
  };
  const pairs = () => configPairs(config);

  return {
    id: config.id,
    kind: 'marian-local',
    label: config.label,
    pairs,
    endpoint: () => describeEndpoint(config),
    async close() {
      await owned?.close();
      owned = null;
    },
    translate: (texts, { from, to, signal }) =>
      translateNonBlank(texts, async (items) => {
        if (!pairs().some((p) => p.from === from && p.to === to)) {
          throw new AppError('mt.pairUnsupported', `${config.label} does not translate ${from} → ${to}.`, {
            engine: config.label,
            from,
            to,
          });
        }
        const report = await check();
        const codes = report.family === 'nllb' ? NLLB_CODES : report.family === 'm2m100' ? ISO_CODES : null;
        const out: string[] = [];
        for (let i = 0; i < items.length; i += CHUNK) {
          throwIfCancelled(signal);
          const chunk = items.slice(i, i + CHUNK);
          out.push(
            ...(await worker().translate(
              {
                modelDir: dir,
                family: report.family,
                dtype: report.dtype!,
                texts: chunk,
                srcLang: codes?.[from],
                tgtLang: codes?.[to],
              },
              signal,
            )),
          );
        }
        return out;
      }),
  };
}
