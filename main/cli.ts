// Headless entry over main/core: `npx redaksi <command>` (the bundle out/cli/redaksi.js) or `npm run cli -- <command>`
// (from source through tsx). Command modules load only when their command runs.
import { parseArgs } from './cli/args';
import { commandNames, loadAllCommands, loadCommand } from './cli/commands';
import { UsageError, type CliIO } from './cli/types';
import { AppError } from './core/errors';

async function usage(): Promise<string> {
  const commands = await loadAllCommands();
  return [
    'Usage: redaksi <command> [options]   (from a checkout: npm run cli -- <command> [options])',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    'Every command takes --data DIR (default: $REDAKSI_DATA_DIR or the app data folder).',
  ].join('\n');
}

/** Longest match first, so "tm lookup" wins over a hypothetical "tm". */
function findCommand(positional: string[]): string | undefined {
  const sorted = [...commandNames].sort((a, b) => b.split(' ').length - a.split(' ').length);
  return sorted.find((name) => name.split(' ').every((w, i) => positional[i] === w));
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.positional.length === 0) {
    (args.flags.help ? io.out : io.err)(await usage());
    return args.flags.help ? 0 : 2;
  }
  const name = findCommand(args.positional);
  if (!name) {
    io.err(`Unknown command: ${args.positional.join(' ')}\n\n${await usage()}`);
    return 2;
  }
  const cmd = await loadCommand(name);
  const rest = { ...args, positional: args.positional.slice(cmd.name.split(' ').length) };
  if (args.flags.help) {
    io.out(`Usage: npm run cli -- ${cmd.usage}\n${cmd.summary}`);
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\nUsage: npm run cli -- ${cmd.usage}`);
      return 2;
    }
    if (err instanceof AppError) {
      io.err(`Error: ${err.message}`);
      return 1;
    }
    const e = err as NodeJS.ErrnoException;
    io.err(`Error: ${e?.message ?? String(err)}`);
    return 1;
  }
}

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
