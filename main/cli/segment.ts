// CLI: split a text file into sentences with the segmentation rules (offsets are UTF-16, into the file's text).
import { promises as fsp } from 'node:fs';
import { detectLanguage } from '../core/lang/detect';
import { segmentText, SEGMENT_LANGS } from '../core/segment';
import { choiceFlag } from './args';
import { UsageError, type CliCommand } from './types';

export const segmentCommand: CliCommand = {
  name: 'segment',
  usage: 'segment FILE [--lang id|en|ko] [--json]',
  summary: 'Split a text file into sentences, one per line (--json: {segments:[{text,start,end}]}); no --lang: detected.',
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('segment needs a FILE');
    const given = choiceFlag(args, 'lang', SEGMENT_LANGS);
    const text = await fsp.readFile(file, 'utf8');
    const lang = given ?? detectLanguage(text).lang;
    const segments = segmentText(text, lang);
    if (args.flags.json) io.out(JSON.stringify({ segments }, null, 2));
    else for (const s of segments) io.out(s.text);
    return 0;
  },
};
