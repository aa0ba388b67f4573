// AppContext: what every handler gets — the open data store, shared services, events and settings.
import type { DataStore } from './core/store/data-store';
import type { EventName, EventPayload } from '../preload/contract';
import { ArticleRepo } from './core/articles/repo';
import { SettingsRepo } from './core/settings';
import { TaskRegistry } from './core/tasks';

export interface AppContext {
  store: DataStore;
  articles: ArticleRepo;
  settings: SettingsRepo;
  tasks: TaskRegistry;
  /** True in the browser harness (no Electron); handlers that need a native dialog act differently. */
  harness: boolean;
  version: string;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  openExternal(url: string): Promise<void>;
  /** Where exports are written (the user's Downloads folder in Electron; a folder the harness names). */
  exportDir: string;
  /** Opens the system file manager on a file (Electron shell.showItemInFolder; the harness records it). */
  showItemInFolder(path: string): void;
  /** Harness only (tests): each local-MT batch waits this long first, as a real model would take. */
  mtDelayMs?: number;
  /** Harness only (tests): an import waits this long in its "reading" stage first, as a big file would take. */
  importDelayMs?: number;
  /** One instance per key for the life of the context (repos with caches, engines …). */
  service<T>(key: string, make: () => T): T;
}

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
