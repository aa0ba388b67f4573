// The shape of a CLI command; each feature registers its commands in main/cli/commands.ts.
import type { ParsedArgs } from './args';

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface CliCommand {
  /** e.g. "import" or "tm lookup" (multi-word commands match the first positionals). */
  name: string;
  usage: string;
  summary: string;
  /** Returns the exit code: 0 ok, 1 a failure the command reports, 2 bad usage. */
  run: (args: ParsedArgs, io: CliIO) => Promise<number>;
}

export class UsageError extends Error {}
