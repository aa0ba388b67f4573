// Headless entry over main/core: `npm run cli -- <command>` (runs from source through tsx, no build step).
import { parseArgs } from './cli/args';
import { commands } from './cli/commands';
import { UsageError, type CliIO } from './cli/types';
import { AppError } from './core/errors';

function usage(): string {
  return [
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    'Every command takes --data DIR (default: $REDAKSI_DATA_DIR or the app data folder).',
  ].join('\n');
}

/** Longest match first, so "tm lookup" wins over a hypothetical "tm". */
function findCommand(positional: string[]) {
  const sorted = [...commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  return sorted.find((c) => {
    const words = c.name.split(' ');
    return words.every((w, i) => positional[i] === w);
  });
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.positional.length === 0) {
    (args.flags.help ? io.out : io.err)(usage());
    return args.flags.help ? 0 : 2;
  }
  const cmd = findCommand(args.positional);
  if (!cmd) {
    io.err(`Unknown command: ${args.positional.join(' ')}\n\n${usage()}`);
    return 2;
  }
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
