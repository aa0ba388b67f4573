// Opens a data folder and wires context + dispatch: shared by the Electron main process and the harness.
import { join } from 'node:path';
import { DataStore, type StoreOptions } from './core/store/data-store';
import { createContext, type AppContext } from './context';
import { createDispatch, type Dispatch } from './dispatch';
import { handlers } from './handlers';
import { translationMemory } from './core/services';

export interface OpenedApp {
  ctx: AppContext;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export async function openApp(
  dataDir: string,
  opts: Pick<AppContext, 'emit' | 'openExternal' | 'harness' | 'version'> &
    Partial<Pick<AppContext, 'exportDir' | 'showItemInFolder' | 'mtDelayMs' | 'importDelayMs'>> & {
      store?: StoreOptions;
      /** Default on (tests, tools, harness, development); the packaged app turns it off (main/index.ts). */
      validateResponses?: boolean;
    },
): Promise<OpenedApp> {
  const { store: storeOptions, validateResponses = true, ...rest } = opts;
  const store = await DataStore.open(dataDir, storeOptions);
  const ctx = createContext({
    exportDir: join(dataDir, 'exports'),
    showItemInFolder: () => {},
    ...rest,
    store,
  });
  // The library index loads now, while the window loads; its search text after the first page (see warmUp).
  void ctx.articles.warmUp().catch(() => {});
  return {
    ctx,
    dispatch: createDispatch(handlers, ctx, { validateResponses }),
    async close() {
      await ctx.articles.close().catch(() => {});
      // Units confirmed since the TM's index file was saved: written now so the next start loads, not rebuilds.
      await translationMemory(ctx).flush().catch(() => {});
      await store.close();
    },
  };
}
