// A glossary file's bytes → entries: the format from the name and content (TBX, OmegaT tab-separated, else CSV).
// Runs in the import pool (main/core/pool); merging into the stored glossary is GlossaryRepo.importParsed.
import type { GlossaryEntry } from '../../../preload/contract/models';
import type { Lang } from '../../../preload/contract/define';
import { fromCsv } from './csv';
import { fromTbx } from './tbx';
import { fromOmegaT } from './omegat';
import type { GlossaryRejection } from './entry';

export interface ParsedGlossary {
  format: 'csv' | 'tbx' | 'omegat';
  entries: GlossaryEntry[];
  /** TBX concepts without an id/en/ko term. */
  skipped: number;
  /** Rows/concepts left out with a reason (term over the limit); the rest is imported. */
  rejected: GlossaryRejection[];
}

export function parseGlossaryFile(name: string, bytes: Uint8Array, pair?: { from: Lang; to: Lang }): ParsedGlossary {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, '');
  if (/\.(tbx|xml)$/i.test(name) || /^\s*<\?xml|^\s*<(tbx|martif)\b/i.test(text)) return { format: 'tbx', ...fromTbx(text) };
  if (/\.(utf8|txt|tab)$/i.test(name) && pair) return { format: 'omegat', skipped: 0, ...fromOmegaT(text, pair.from, pair.to) };
  const rejected: GlossaryRejection[] = [];
  return { format: 'csv', entries: fromCsv(text, rejected), skipped: 0, rejected };
}
