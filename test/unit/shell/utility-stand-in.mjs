// Stand-in for an Electron utility process, used by the shell boot test (window.test.ts) in place of
// utilityProcess.fork: a Node child process (child_process.fork, structured-clone IPC) given the
// process.parentPort that Electron gives a utility process (messages arrive as {data}), which then loads the
// domain entry named in argv[2] through tsx — so main/domain.ts runs its Electron code path in its own process.
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const port = new EventEmitter();
port.postMessage = (m) => process.send(m);
process.on('message', (m) => port.emit('message', { data: m }));
process.parentPort = port;
await tsImport(pathToFileURL(process.argv[2]).href, import.meta.url);
