// The CPU-heavy parsing the import pool runs off the domain thread: each job is a plain function over plain data.
// Only the pool's worker imports this file (mammoth, sanitize-html, the XML parsers load there, not in main).
import { importFile } from '../import/import-file';
import { importPaste } from '../import/paste';
import { sanitiseArticleHtml } from '../import/sanitize';
import { splitForSanitise } from '../import/split';
import { computeBodyStats } from '../articles/body-stats';
import { decodeTmxBytes, parseTmxDetailed } from '../tm/tmx';
import { importXliff } from '../xliff/import';
import { parseGlossaryFile } from '../glossary/parse-file';
import type { ImportOptions } from '../import/types';
import type { TranslationProject } from '../../../preload/contract/models';
import type { Lang } from '../../../preload/contract/define';

export interface JobDef {
  run: (...args: never[]) => unknown;
  /** An array property of the result sent in slices (a 10 MB TMX is ~40,000 units: one clone would block). */
  stream?: string;
}

/** Files arrive as base64 (as the UI sends them) and are decoded here: 13 MB of base64 is ~50 ms of work. */
const bytes = (b64: string) => Buffer.from(b64, 'base64');

/** An uploaded text file's bytes as a string: UTF-8 (BOM dropped) or UTF-16 with a BOM. */
export function uploadText(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return Buffer.from(buf.subarray(2)).swap16().toString('utf16le');
  const s = buf.toString('utf8');
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

export const JOBS = {
  'import.file': { run: (name: string, b64: string, opts: ImportOptions) => importFile(name, bytes(b64), opts) },
  'import.paste': { run: importPaste },
  'html.sanitise': { run: sanitiseArticleHtml },
  'html.split': { run: splitForSanitise },
  'body.stats': { run: computeBodyStats },
  'tm.parseTmx': { run: (b64: string) => parseTmxDetailed(decodeTmxBytes(bytes(b64))), stream: 'units' },
  'xliff.import': { run: (b64: string, project: TranslationProject) => importXliff(uploadText(bytes(b64)), project) },
  'glossary.parse': { run: (name: string, b64: string, pair?: { from: Lang; to: Lang }) => parseGlossaryFile(name, bytes(b64), pair), stream: 'entries' },
} satisfies Record<string, JobDef>;

export type JobName = keyof typeof JOBS;
export type JobArgs<J extends JobName> = Parameters<(typeof JOBS)[J]['run']>;
export type JobResult<J extends JobName> = Awaited<ReturnType<(typeof JOBS)[J]['run']>>;
