// Runs the domain in an Electron utility process: the Electron host of main/domain-protocol.ts.
import { utilityProcess } from 'electron';
import { fileURLToPath } from 'node:url';
import type { DomainPort, FromDomain } from './domain-protocol';

/** domain.js beside the bundled main (an entry in electron.vite.config.ts); domain.ts when run from source. */
export function domainEntryPath(): string {
  const here = import.meta.url;
  const name = new URL(here).pathname.endsWith('.ts') ? 'domain.ts' : 'domain.js';
  return fileURLToPath(new URL(name, here));
}

export function utilityPort(entry: string = domainEntryPath()): DomainPort {
  const child = utilityProcess.fork(entry, [], { serviceName: 'Redaksi domain', stdio: 'inherit' });
  let gone: string | null = null;
  const exits: ((reason: string) => void)[] = [];
  child.on('exit', (code) => {
    gone = `exit code ${code}`;
    for (const f of exits) f(gone);
  });
  return {
    post: (m) => child.postMessage(m),
    onMessage: (f) => void child.on('message', (m: FromDomain) => f(m)),
    onExit: (f) => void (gone !== null ? f(gone) : exits.push(f)),
    kill: () => void child.kill(),
  };
}
