// Minimal argv parsing for the CLI: positionals plus --flag / --flag value / --flag=value, and the one check of
// options that take one of a fixed list (--lang, --to, --status, --format …) with one wording of the error.
import type { Lang } from '../../preload/contract/define';
import { LANG_VALUES } from '../../preload/contract/values';
import { UsageError } from './types';

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

const notOneOf = (name: string, choices: readonly string[], got?: string) =>
  new UsageError(`--${name} must be one of ${choices.join(', ')}${got !== undefined ? ` (got "${got}")` : ''}`);

/** --NAME's value when it is one of `choices`, undefined when absent; another value (or none) is a UsageError. */
export function choiceFlag<T extends string>(args: ParsedArgs, name: string, choices: readonly T[]): T | undefined {
  const v = args.flags[name];
  if (v === undefined) return undefined;
  if (typeof v === 'string' && (choices as readonly string[]).includes(v)) return v as T;
  throw notOneOf(name, choices, v === true ? '' : v);
}

/** choiceFlag for an option the command cannot run without. */
export function requiredChoice<T extends string>(args: ParsedArgs, name: string, choices: readonly T[]): T {
  const v = choiceFlag(args, name, choices);
  if (v === undefined) throw notOneOf(name, choices);
  return v;
}

/** --NAME (default --lang) as one of our languages: id, en, ko. */
export const langFlag = (args: ParsedArgs, name = 'lang'): Lang | undefined => choiceFlag(args, name, LANG_VALUES);
export const requiredLang = (args: ParsedArgs, name: string): Lang => requiredChoice(args, name, LANG_VALUES);
