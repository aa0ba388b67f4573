// The hop between the UI-facing process and the domain process: messages, and the host side that turns them into
// the same Dispatch the handlers expose. Electron (utilityProcess) and the harness (worker_threads) both use it.
//
//   host → domain   open {init} · call {id, channel, payload} · reply {id, error?} · close
//   domain → host   hello · opened {allowedEndpoints} | openFailed {error} · result {id, envelope}
//                   event {event, payload} · callback {id, name, args} · endpoints {allowedEndpoints} · closed
//
// Every call gets exactly one answer: its result, or — when the domain dies first — a domain.crashed envelope.
// A crashed domain is started again on the next call; a call that was in flight is never repeated (it may have
// written), the user is told it may not have finished.
import type { Envelope } from '../preload/contract';
import type { ErrorPayload } from './core/errors';
import type { StoreOptions } from './core/store/data-store';
import type { Dispatch } from './dispatch';

export interface DomainInit {
  dataDir: string;
  harness: boolean;
  version: string;
  exportDir?: string;
  store?: Omit<StoreOptions, 'fs'>;
  /** Harness only: each local-MT batch waits this long first, so a test's tiny model runs as slowly as a real one. */
  mtDelayMs?: number;
  /** Harness only: each import waits this long while "reading", so a test can cancel it on any machine. */
  importDelayMs?: number;
  /** The resources folder the host computed (Electron knows process.resourcesPath); default: the domain's own. */
  resourcesDir?: string;
  /** Check every answer against the contract (default on); the packaged app turns it off for speed. */
  validateResponses?: boolean;
}

/** What only the host can do; the domain asks for it over the hop. */
export interface HostCallbacks {
  emit(event: string, payload: unknown): void;
  openExternal(url: string): Promise<void>;
  showItemInFolder(path: string): void;
}
export type CallbackName = 'openExternal' | 'showItemInFolder';

export type ToDomain =
  | { type: 'open'; init: DomainInit }
  | { type: 'call'; id: number; channel: string; payload: unknown }
  | { type: 'reply'; id: number; error?: ErrorPayload }
  | { type: 'close' };

export type FromDomain =
  | { type: 'hello' }
  | { type: 'opened'; allowedEndpoints: string[] }
  | { type: 'openFailed'; error: ErrorPayload }
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  | { type: 'event'; event: string; payload: unknown }
  | { type: 'callback'; id: number; name: CallbackName; args: string[] }
  | { type: 'endpoints'; allowedEndpoints: string[] }
  | { type: 'closed' };

/** One running domain (a utility process or a worker thread), seen from the host. */
export interface DomainPort {
  post(msg: ToDomain): void;
  onMessage(listener: (msg: FromDomain) => void): void;
  /** Called once when the domain is gone, for whatever reason. */
  onExit(listener: (reason: string) => void): void;
  kill(): void;
  /** After 'closed': a worker thread may be kept for the next open (the harness); a utility process exits. */
  release?(): void;
}

/** Channels after which the allowed network endpoints may have changed (the host's request filter needs them). */
export const changesEndpoints = (channel: string): boolean => channel === 'settings.set' || channel.startsWith('mt.');

const CLOSE_TIMEOUT_MS = 20_000;

function stopped(code: 'domain.crashed' | 'domain.closed', reason: string): Envelope<never> {
  const message =
    code === 'domain.crashed'
      ? `The background process stopped (${reason}); it starts again with your next action. The last action may not have finished.`
      : 'The app is closing; the action was not started.';
  return { ok: false, error: { code, message, params: { reason } } };
}

class OpenError extends Error {
  constructor(readonly payload: ErrorPayload) {
    super(payload.message);
  }
}

/** The host side: dispatch over the hop, events and callbacks back, restart after a crash, close that flushes. */
export class DomainClient {
  private port: DomainPort | null = null;
  private starting: Promise<DomainPort> | null = null;
  private readonly pending = new Map<number, (e: Envelope<unknown>) => void>();
  private nextId = 1;
  private closing = false;
  /** Network endpoints the user configured, as the domain last reported them. */
  allowedEndpoints: string[] = [];
  /** How many times the domain was started (1 + restarts after crashes). */
  starts = 0;

  private constructor(
    private readonly spawn: () => DomainPort,
    private readonly init: DomainInit,
    private readonly host: HostCallbacks,
    private readonly onEndpoints: (list: string[]) => void,
  ) {}

  /** Starts the domain and opens the data folder; rejects with the domain's error (e.g. the folder is locked). */
  static async start(
    spawn: () => DomainPort,
    init: DomainInit,
    host: HostCallbacks,
    onEndpoints: (list: string[]) => void = () => {},
  ): Promise<DomainClient> {
    const c = new DomainClient(spawn, init, host, onEndpoints);
    await c.ensure();
    return c;
  }

  private ensure(): Promise<DomainPort> {
    if (this.port) return Promise.resolve(this.port);
    this.starting ??= this.launch().finally(() => (this.starting = null));
    return this.starting;
  }

  private launch(): Promise<DomainPort> {
    this.starts++;
    const port = this.spawn();
    return new Promise<DomainPort>((resolve, reject) => {
      let opened = false;
      port.onMessage((msg) => {
        if (msg.type === 'hello') port.post({ type: 'open', init: this.init });
        else if (msg.type === 'opened') {
          opened = true;
          this.port = port;
          this.setEndpoints(msg.allowedEndpoints);
          resolve(port);
        } else if (msg.type === 'openFailed') {
          reject(new OpenError(msg.error));
          port.kill();
        } else this.receive(port, msg);
      });
      port.onExit((reason) => {
        if (!opened) return reject(new OpenError({ code: 'domain.startFailed', message: `The background process could not start (${reason}).`, params: { reason } }));
        if (this.port === port) this.port = null;
        this.failPending(this.closing ? 'domain.closed' : 'domain.crashed', reason);
      });
    });
  }

  private receive(port: DomainPort, msg: FromDomain): void {
    switch (msg.type) {
      case 'result': {
        const answer = this.pending.get(msg.id);
        this.pending.delete(msg.id); // answered once: a second result for the same id finds nothing
        answer?.(msg.envelope);
        return;
      }
      case 'event':
        return this.host.emit(msg.event, msg.payload);
      case 'endpoints':
        return this.setEndpoints(msg.allowedEndpoints);
      case 'callback':
        void this.runCallback(msg.name, msg.args).then(
          () => port.post({ type: 'reply', id: msg.id }),
          (err: Error) => port.post({ type: 'reply', id: msg.id, error: { code: 'internal', message: err.message, params: { message: err.message } } }),
        );
        return;
      default:
        return;
    }
  }

  private async runCallback(name: CallbackName, args: string[]): Promise<void> {
    if (name === 'openExternal') return this.host.openExternal(args[0]);
    if (name === 'showItemInFolder') return this.host.showItemInFolder(args[0]);
    throw new Error(`Unknown callback: ${String(name)}`);
  }

  private setEndpoints(list: string[]): void {
    this.allowedEndpoints = list;
    this.onEndpoints(list);
  }

  private failPending(code: 'domain.crashed' | 'domain.closed', reason: string): void {
    const answers = [...this.pending.values()];
    this.pending.clear();
    for (const a of answers) a(stopped(code, reason));
  }

  /** The one dispatch, across the hop: same channels, same envelopes, same error codes. */
  readonly dispatch: Dispatch = async (channel, payload) => {
    if (this.closing) return stopped('domain.closed', 'closing');
    let port: DomainPort;
    try {
      port = await this.ensure();
    } catch (err) {
      const e = err instanceof OpenError ? err.payload : { code: 'domain.startFailed', message: String(err), params: { reason: String(err) } };
      return { ok: false, error: e };
    }
    const id = this.nextId++;
    return new Promise<Envelope<unknown>>((resolve) => {
      this.pending.set(id, resolve);
      try {
        port.post({ type: 'call', id, channel, payload });
      } catch (err) {
        // Not clonable (a function, a symbol): refused here, like a payload that fails validation.
        this.pending.delete(id);
        const message = `Invalid request for ${channel}: ${(err as Error).message}`;
        resolve({ ok: false, error: { code: 'ipc.invalidPayload', message, params: { channel, details: (err as Error).message } } });
      }
    });
  };

  /** Lets running calls finish, flushes writes and releases the data-folder lock; then the domain exits. */
  async close(): Promise<void> {
    this.closing = true;
    const port = this.port ?? (this.starting ? await this.starting.catch(() => null) : null);
    if (!port) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        port.kill();
        resolve();
      }, CLOSE_TIMEOUT_MS);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      port.onMessage((msg) => {
        if (msg.type !== 'closed') return;
        // The domain answers every running call before 'closed'; should one still wait, it must not hang.
        this.failPending('domain.closed', 'closed');
        done();
        port.release?.();
      });
      port.onExit(done);
      port.post({ type: 'close' });
    });
    this.port = null;
  }
}
