// The CLI's dispatcher: parses argv, finds the command, runs it and maps its failure to an exit code and one line.
// Plain function over an injected CliIO, so tests run commands in-process; main/cli.ts binds it to the terminal.
import { parseArgs } from './args';
import { commandNames, loadAllCommands, loadCommand } from './commands';
import { UsageError, type CliIO } from './types';
import { AppError } from '../core/errors';

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
