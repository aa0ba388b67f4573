// Runs the domain in a worker thread (the browser harness, benches): the thread host of main/domain-protocol.ts.
// From source (this file is .ts, under tsx / vitest / Playwright) the worker loads main/domain.ts through tsx's
// tsImport, because Node 20 workers do not inherit the parent's TypeScript loader; from a build, domain.js beside it.
import type { Worker } from 'node:worker_threads';
import { startWorker, workerScript } from './core/pool/start';
import { DomainClient, type DomainInit, type DomainPort, type FromDomain, type HostCallbacks } from './domain-protocol';

export const domainEntry = (): URL => workerScript(import.meta.url, 'domain.ts', 'domain.js');

/**
 * One idle domain thread per script is kept (unref'd) for the next harness, so a test pays the module load once per
 * process, as it did when the handlers ran in-process. A thread is reused only after it answered 'closed' (its data
 * folder flushed and unlocked); one that crashed or was killed is never reused.
 */
const idle = new Map<string, Worker>();

export function threadPort(script: URL = domainEntry()): DomainPort {
  const reused = idle.get(script.href);
  idle.delete(script.href);
  const w = reused ?? startWorker(script);
  w.ref();
  let leased = true;
  let gone = false;
  let lastError = '';
  const listeners: ((m: FromDomain) => void)[] = [];
  const exits: ((reason: string) => void)[] = [];
  const onMessage = (m: FromDomain) => leased && listeners.forEach((f) => f(m));
  const onError = (err: Error) => (lastError = err.message);
  const onExit = (code: number) => {
    gone = true;
    if (idle.get(script.href) === w) idle.delete(script.href);
    if (!leased) return;
    const reason = lastError || `exit code ${code}`;
    exits.forEach((f) => f(reason));
  };
  w.on('message', onMessage).on('error', onError).on('exit', onExit);
  // A reused thread said hello long ago: say it again for this lease (after its listeners are in place).
  if (reused) setImmediate(() => onMessage({ type: 'hello' }));
  return {
    post: (m) => w.postMessage(m),
    onMessage: (f) => void listeners.push(f),
    onExit: (f) => void (gone ? f(lastError || 'exited') : exits.push(f)),
    kill: () => void w.terminate(),
    release: () => {
      leased = false;
      w.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (gone) return;
      const previous = idle.get(script.href);
      idle.set(script.href, w);
      w.unref();
      if (previous) void previous.terminate();
    },
  };
}

export function startDomainThread(init: DomainInit, host: HostCallbacks, script?: URL): Promise<DomainClient> {
  return DomainClient.start(() => threadPort(script), init, host);
}
