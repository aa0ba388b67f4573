// `npm run harness`: serves the built renderer with the real handlers on 127.0.0.1 and prints the URL.
import { resolveDataDir } from '../../main/core/store/data-dir';
import { parseArgs, flag } from '../../main/cli/args';
import { startHarness } from './server';

const args = parseArgs(process.argv.slice(2));
const dataDir = resolveDataDir(flag(args, 'data'));
const port = Number(flag(args, 'port') ?? 0);
const h = await startHarness({ dataDir, port });
console.log(`Redaksi harness (data: ${dataDir})`);
console.log(`Open: ${h.url}`);
const stop = async () => {
  await h.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
