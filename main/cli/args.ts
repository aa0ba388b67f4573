// Minimal argv parsing for the CLI: positionals plus --flag / --flag value / --flag=value.
export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

/** Flags that never take a value, so `--json FILE` keeps FILE as a positional. */
const BOOLEAN_FLAGS = new Set(['json', 'help', 'force', 'quiet', 'dry-run', 'annotations', 'include-unapproved', 'approved-only', 'pivot', 'tm-only']);

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags[a.slice(2, eq)] = a.slice(eq + 1);
      else {
        const name = a.slice(2);
        const next = argv[i + 1];
        if (!BOOLEAN_FLAGS.has(name) && next !== undefined && !next.startsWith('--')) {
          flags[name] = next;
          i++;
        } else flags[name] = true;
      }
    } else if (a === '-h') flags.help = true;
    else positional.push(a);
  }
  return { positional, flags };
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}
