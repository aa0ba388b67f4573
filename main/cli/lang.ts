// CLI: `translit NAME...` (Indonesian/Malay names in Hangul) and `spell FILE` (offline spellcheck report).
import { promises as fsp } from 'node:fs';
import { suggestKoreanSpelling } from '../core/lang/translit-ko';
import { detectLanguage } from '../core/lang/detect';
import { assertSpellLang, checkText, getSpellchecker, UserDictionary, type MisspellingWithSuggestions, type SpellLang } from '../core/spell';
import { flag, langFlag, type ParsedArgs } from './args';
import { withStore } from './with-store';
import { UsageError, type CliCommand, type CliIO } from './types';

export const translitCommand: CliCommand = {
  name: 'translit',
  usage: 'translit NAME... [--variety id|ms] [--json]',
  summary: 'Print the Korean spelling of Indonesian/Malay names and places (quote multi-word names).',
  async run(args, io) {
    if (!args.positional.length) throw new UsageError('translit needs at least one NAME');
    const variety = flag(args, 'variety') ?? 'id';
    if (variety !== 'id' && variety !== 'ms') throw new UsageError(`--variety must be id or ms (got "${variety}")`);
    const rows = args.positional.map((name) => ({ name, ...suggestKoreanSpelling(name, { variety }) }));
    if (args.flags.json) io.out(JSON.stringify(rows, null, 2));
    else for (const r of rows) io.out(`${r.name}\t${r.value}${r.source === 'exception' ? '\t(established spelling)' : ''}`);
    return 0;
  },
};

export const spellCommand: CliCommand = {
  name: 'spell',
  usage: 'spell FILE [--lang id|en|ko] [--json] [--data DIR]',
  summary: 'List misspellings with suggestions (language detected when --lang is absent; uses the user dictionary with --data).',
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('spell needs a FILE');
    const given = langFlag(args);
    let text: string;
    try {
      text = await fsp.readFile(file, 'utf8');
    } catch (e) {
      io.err(`Error: cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
      return 1;
    }
    const lang = (given ?? detectLanguage(text).lang) as SpellLang;
    assertSpellLang(lang);
    const found = await checkWithUserWords(args, text, lang);
    report(io, args, file, text, lang, found);
    return 0;
  },
};

/** The user dictionary is read only when a data folder is named: a plain `spell FILE` touches no data. */
async function checkWithUserWords(args: ParsedArgs, text: string, lang: SpellLang): Promise<MisspellingWithSuggestions[]> {
  if (!flag(args, 'data') && !process.env.REDAKSI_DATA_DIR) return checkText(text, lang);
  return withStore(
    args,
    async (store) => {
      const dict = new UserDictionary(store, lang);
      const speller = await getSpellchecker(lang);
      await dict.attach(speller);
      return checkText(text, lang);
    },
    { readOnly: true },
  );
}

function report(io: CliIO, args: ParsedArgs, file: string, text: string, lang: SpellLang, found: MisspellingWithSuggestions[]): void {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const where = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
  };
  const rows = found.map((m) => ({ ...m, ...where(m.start) }));
  if (args.flags.json) {
    io.out(JSON.stringify({ file, lang, count: rows.length, misspellings: rows }, null, 2));
    return;
  }
  for (const r of rows) {
    const s = r.suggestions?.length ? ` → ${r.suggestions.join(', ')}` : '';
    io.out(`${file}:${r.line}:${r.column}  ${r.word}${s}`);
  }
  io.out(`${rows.length} misspelling${rows.length === 1 ? '' : 's'} (${lang}).`);
}

export const langCommands: CliCommand[] = [translitCommand, spellCommand];
