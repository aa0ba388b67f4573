// Builds the AppContext every handler gets (the interface lives in core/context.ts): store, repos, services, events.
import type { DataStore } from './core/store/data-store';
import type { DomainContext } from './core/context';
import { ArticleRepo } from './core/articles/repo';
import { SettingsRepo } from './core/settings';
import { TaskRegistry } from './core/tasks';

/** The handlers' context is the domain's: handlers pass it on to core functions. */
export type AppContext = DomainContext;

export interface ContextOptions {
  store: DataStore;
  harness: boolean;
  version: string;
  emit: AppContext['emit'];
  openExternal: AppContext['openExternal'];
  exportDir: string;
  showItemInFolder: AppContext['showItemInFolder'];
  mtDelayMs?: number;
  importDelayMs?: number;
}

export function createContext(o: ContextOptions): AppContext {
  const services = new Map<string, unknown>();
  const ctx: AppContext = {
    ...o,
    articles: new ArticleRepo(o.store),
    settings: new SettingsRepo(o.store),
    tasks: new TaskRegistry((p) => o.emit('task.progress', p)),
    service<T>(key: string, make: () => T): T {
      if (!services.has(key)) services.set(key, make());
      return services.get(key) as T;
    },
  };
  o.store.onRecovery((r) => o.emit('store.recovered', r));
  // An article file found different from its summary (changed outside the app, or recovered): lists reload.
  ctx.articles.onChange((id) => o.emit('articles.changed', { id }));
  return ctx;
}
