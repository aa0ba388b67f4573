// The live MT engines for the saved configs: one shared worker for local models, an engine rebuilt when its config changes.
import { MtWorkerClient } from './worker-client';
import { createEngine } from './create-engine';
import type { EngineConfig } from './config';
import type { MtEngine } from './engine';

/** Live engines for the saved configs: one shared worker for local models, rebuilt when a config changes. */
export class EnginePool {
  private readonly worker = new MtWorkerClient();

  constructor(delayMs = 0) {
    if (!delayMs) return;
    // The harness's test seam (AppContext.mtDelayMs): a tiny test model made as slow as a real one.
    const translate = this.worker.translate.bind(this.worker);
    this.worker.translate = async (...args) => {
      await new Promise((r) => setTimeout(r, delayMs));
      return translate(...args);
    };
  }
  private readonly cache = new Map<string, { key: string; engine: MtEngine }>();

  engines(configs: EngineConfig[]): MtEngine[] {
    const ids = new Set(configs.map((c) => c.id));
    for (const [id, hit] of this.cache) {
      if (!ids.has(id)) {
        void hit.engine.close();
        this.cache.delete(id);
      }
    }
    return configs.map((c) => {
      const key = JSON.stringify(c);
      let hit = this.cache.get(c.id);
      if (!hit || hit.key !== key) {
        void hit?.engine.close();
        hit = { key, engine: createEngine(c, { worker: this.worker }) };
        this.cache.set(c.id, hit);
      }
      return hit.engine;
    });
  }
}
