// Word-level diff of a TM match's source against the text being translated, as a flat token list.
import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from './types';

/** delete = only in the match's source, insert = only in the current text, equal = in both. */
export function wordDiff(matchSource: string, current: string): DiffPart[] {
  const tokens: DiffPart[] = [];
  for (const part of diffWordsWithSpace(matchSource, current)) {
    const op: DiffPart['op'] = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    const last = tokens[tokens.length - 1];
    if (last && last.op === op) last.text += part.value;
    else tokens.push({ op, text: part.value });
  }
  return tokens;
}
