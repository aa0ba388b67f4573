// Opens a data folder and wires context + dispatch: shared by the Electron main process and the harness.
import { join } from 'node:path';
import { DataStore, type StoreOptions } from './core/store/data-store';
import { createContext, type AppContext } from './context';
import { createDispatch, type Dispatch } from './dispatch';
import { handlers } from './handlers';

export interface OpenedApp {
  ctx: AppContext;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export async function openApp(
  dataDir: string,
  opts: Pick<AppContext, 'emit' | 'openExternal' | 'harness' | 'version'> &
    Partial<Pick<AppContext, 'exportDir' | 'showItemInFolder'>> & { store?: StoreOptions },
): Promise<OpenedApp> {
  const { store: storeOptions, ...rest } = opts;
  const store = await DataStore.open(dataDir, storeOptions);
  const ctx = createContext({
    exportDir: join(dataDir, 'exports'),
    showItemInFolder: () => {},
    ...rest,
    store,
  });
  // The library's search text loads in the background once the first page has had its time, so the first
  // search is ready early without slowing the start.
  const warm = setTimeout(() => void ctx.articles.warmUp().catch(() => {}), 1500);
  warm.unref?.();
  return {
    ctx,
    dispatch: createDispatch(handlers, ctx),
    async close() {
      clearTimeout(warm);
      await ctx.articles.flush().catch(() => {});
      await store.close();
    },
  };
}
