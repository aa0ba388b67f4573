// CLI: `quotes FILE [--lang id|en|ko] [--json]` — detect quotes and speakers in a text file.
import { promises as fsp } from 'node:fs';
import { detect } from '../core/quotes';
import { detectLanguage } from '../core/lang/detect';
import { AppError } from '../core/errors';
import { langFlag } from './args';
import { UsageError, type CliCommand } from './types';

export const quotesCommand: CliCommand = {
  name: 'quotes',
  usage: 'quotes FILE [--lang id|en|ko] [--json]',
  summary: 'Detect direct quotes and reported speech with their speakers (offsets are UTF-16 into the file text).',
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('quotes needs a FILE');
    const given = langFlag(args);
    let text: string;
    try {
      text = await fsp.readFile(file, 'utf8');
    } catch (err) {
      throw new AppError('quotes.unreadableFile', `Cannot read ${file}: ${(err as Error).message}`, { path: file });
    }
    const lang = given ?? detectLanguage(text).lang;
    const r = detect(text, lang);
    if (args.flags.json) {
      io.out(
        JSON.stringify(
          {
            lang,
            speakers: r.speakers.map((s) => ({ name: s.name, role: s.role, aliases: s.aliases })),
            quotes: r.quotes.map((q) => ({
              kind: q.kind,
              text: q.text,
              start: q.start,
              end: q.end,
              speaker: q.speaker?.name ?? null,
              cue: q.cue,
              polarity: q.polarity,
              confidence: q.confidence,
            })),
          },
          null,
          2,
        ),
      );
      return 0;
    }
    io.out(`Language: ${lang}   Quotes: ${r.quotes.length}   Speakers: ${r.speakers.length}`);
    for (const s of r.speakers) io.out(`  ${s.name}${s.role ? ` — ${s.role}` : ''}${s.aliases.length ? ` (${s.aliases.join(', ')})` : ''}`);
    io.out('');
    const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s).replace(/\s+/g, ' ');
    io.out(`${'kind'.padEnd(9)}${'offsets'.padEnd(14)}${'speaker'.padEnd(24)}${'cue'.padEnd(14)}conf  text`);
    for (const q of r.quotes) {
      io.out(
        `${q.kind.padEnd(9)}${`${q.start}-${q.end}`.padEnd(14)}${clip(q.speaker?.name ?? '—', 22).padEnd(24)}${clip(q.cue || '—', 12).padEnd(14)}${q.confidence.toFixed(2)}  ${clip(q.text, 70)}`,
      );
    }
    return 0;
  },
};
