// Glossary entries: cleaning user input, deriving stable ids, merging imports into an existing list.
import { GlossaryEntry } from '../../../preload/contract/models';
import type { CodedMessage, Lang } from '../../../preload/contract/define';
import { AppError } from '../errors';
import { normaliseTerm } from './term-regex';

export const LANGS: readonly Lang[] = ['id', 'en', 'ko'];
/** The longest term the glossary form accepts (the contract says the same): longer is not a term but pasted text. */
export const MAX_TERM_LENGTH = 500;
/** The longest note (as in the contract). */
export const MAX_NOTE_LENGTH = 5000;

/** One entry of an imported file left out, and why; the rest of the file is imported. */
export type GlossaryRejection = CodedMessage;

/** An entry-level error of an import as a rejection at `where` (a line, or a TBX concept), or null to rethrow. */
export function rejectionOf(err: unknown, where: { line: number } | { entry: number; id: string }): GlossaryRejection | null {
  if (!(err instanceof AppError) || (err.code !== 'glossary.termTooLong' && err.code !== 'glossary.noteTooLong')) return null;
  const at = 'line' in where ? `line ${where.line}` : `entry ${where.entry} (${where.id})`;
  const code = `${err.code}${'line' in where ? 'AtLine' : 'AtEntry'}`;
  return { code, message: `${at}: ${err.message} It was left out.`, params: { ...err.params, ...where } };
}

function checkLength(list: readonly string[], id: string): void {
  for (const t of list) {
    if (t.length > MAX_TERM_LENGTH) {
      throw new AppError('glossary.termTooLong', `A term has ${t.length} characters; the limit is ${MAX_TERM_LENGTH}.`, {
        length: t.length,
        limit: MAX_TERM_LENGTH,
        term: `${t.slice(0, 40)}…`,
        id,
      });
    }
  }
}

/** What a caller may pass in: any language may be missing, the id is derived when absent. */
export interface GlossaryEntryInput {
  id?: string;
  terms?: Partial<Record<Lang, string[]>>;
  forbidden?: Partial<Record<Lang, string[]>>;
  note?: string;
}

function cleanList(list: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list ?? []) {
    const t = normaliseTerm(String(raw));
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}

/** Trimmed, de-duplicated terms; throws when the entry has no term at all (it could never match). */
export function cleanEntry(input: GlossaryEntryInput, id: string): GlossaryEntry {
  const terms = { id: cleanList(input.terms?.id), en: cleanList(input.terms?.en), ko: cleanList(input.terms?.ko) };
  const forbidden = {
    id: cleanList(input.forbidden?.id),
    en: cleanList(input.forbidden?.en),
    ko: cleanList(input.forbidden?.ko),
  };
  if (!terms.id.length && !terms.en.length && !terms.ko.length) {
    throw new AppError('glossary.entryEmpty', 'A glossary entry needs at least one term in id, en or ko.', { id });
  }
  for (const l of LANGS) {
    checkLength(terms[l], id);
    checkLength(forbidden[l], id);
  }
  const note = (input.note ?? '').trim();
  if (note.length > MAX_NOTE_LENGTH) {
    throw new AppError('glossary.noteTooLong', `The note has ${note.length} characters; the limit is ${MAX_NOTE_LENGTH}.`, {
      length: note.length,
      limit: MAX_NOTE_LENGTH,
      id,
    });
  }
  return GlossaryEntry.parse({ id, terms, forbidden, note });
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * A readable, stable id from the first term ("Jateng" → "jateng"), so re-importing the same CSV updates entries
 * instead of duplicating them. Korean-only entries get a hash of their terms.
 */
export function deriveId(input: GlossaryEntryInput): string {
  const first = input.terms?.id?.[0] ?? input.terms?.en?.[0] ?? input.terms?.ko?.[0] ?? '';
  const slug = normaliseTerm(first)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  if (slug) return /^[0-9]/.test(slug) ? `n-${slug}` : slug; // TBX ids (xsd:ID) must not start with a digit
  return `g-${fnv1a(LANGS.map((l) => (input.terms?.[l] ?? []).join('|')).join('#'))}`;
}

/** `base`, or `base-2`, `base-3`… whichever is free. */
export function uniqueId(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export interface MergeResult {
  entries: GlossaryEntry[];
  added: number;
  updated: number;
}

/** merge: an imported entry replaces the one with its id and the rest are kept; replace: the import is all. */
export function mergeEntries(current: GlossaryEntry[], incoming: GlossaryEntry[], mode: 'merge' | 'replace'): MergeResult {
  if (mode === 'replace') return { entries: [...incoming], added: incoming.length, updated: 0 };
  const out = [...current];
  const index = new Map(out.map((e, i) => [e.id, i]));
  let added = 0;
  let updated = 0;
  for (const e of incoming) {
    const i = index.get(e.id);
    if (i === undefined) {
      index.set(e.id, out.length);
      out.push(e);
      added++;
    } else {
      out[i] = e;
      updated++;
    }
  }
  return { entries: out, added, updated };
}
