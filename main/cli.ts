// Headless entry over main/core: `npx redaksi <command>` (the bundle out/cli/redaksi.js) or `npm run cli -- <command>`
// (from source through tsx). Command modules load only when their command runs.
import { main } from './cli/main';
import type { CliIO } from './cli/types';

// `cli … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const io: CliIO = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    io.err(String(err?.stack ?? err));
    process.exitCode = 1;
  },
);
