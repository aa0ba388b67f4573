// DomainContext: what the domain works with for one open data folder — the store, repos, tasks, events, settings.
// Defined here (not in main/) so core functions can take it explicitly; main/context.ts builds it.
import type { DataStore } from './store/data-store';
import type { z } from 'zod';
import type { ChannelName, Contract, EventName, EventPayload, Res } from '../../preload/contract';
import type { ArticleRepo } from './articles/repo';
import type { SettingsRepo } from './settings';
import type { TaskRegistry } from './tasks';

export interface DomainContext {
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
  /** One instance per key for the life of the context (repos with caches, engines …): see core/services.ts. */
  service<T>(key: string, make: () => T): T;
}

/** A channel's request as validated by the contract (defaults applied): what a handler passes to its core function. */
export type RequestOf<K extends ChannelName> = z.output<Contract[K]['request']>;
/** What the channel answers (its response schema's type). */
export type ResponseOf<K extends ChannelName> = Res<K>;
/** A channel's handler (main/handlers): its validated request and the context in, its response out. Defined here, not
 *  in main/dispatch.ts, so handlers need nothing from the entry that wires them. */
export type Handler<K extends ChannelName> = (req: RequestOf<K>, ctx: DomainContext) => Promise<ResponseOf<K>>;
export type HandlerMap = { [K in ChannelName]: Handler<K> };
