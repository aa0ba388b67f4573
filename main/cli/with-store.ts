// Opens the data folder for one CLI command and always closes it (flushing the index, releasing the lock).
import { DataStore, type StoreOptions } from '../core/store/data-store';
import { resolveDataDir } from '../core/store/data-dir';
import { flag, type ParsedArgs } from './args';

export async function withStore<T>(args: ParsedArgs, fn: (store: DataStore) => Promise<T>, opts: StoreOptions = {}): Promise<T> {
  const store = await DataStore.open(resolveDataDir(flag(args, 'data')), opts);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
