// Glossary CSV: RFC 4180 reading/writing with the header id,en,ko,forbidden_id,forbidden_en,forbidden_ko,note.
import type { GlossaryEntry } from '../../../preload/contract/models';
import { AppError } from '../errors';
import { cleanEntry, deriveId, rejectionOf, uniqueId, LANGS, type GlossaryRejection } from './entry';

export const CSV_COLUMNS = ['id', 'en', 'ko', 'forbidden_id', 'forbidden_en', 'forbidden_ko', 'note'] as const;
/** Several variants share one cell, separated by " | ". */
export const VARIANT_SEPARATOR = ' | ';

interface CsvRecord {
  line: number;
  cells: string[];
}

function malformed(line: number, reason: string): AppError {
  return new AppError('glossary.csvMalformed', `The CSV is malformed at line ${line}: ${reason}. Nothing was imported.`, {
    line,
    reason,
  });
}

/**
 * Splits CSV text into records, each with the line it starts on (quoted cells may span lines).
 * Strict where a silent guess would corrupt terms: text after a closing quote, or an unclosed quote, is an error.
 */
export function parseCsv(text: string, delimiter = ','): CsvRecord[] {
  const src = text.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let atCellStart = true;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0].trim() === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    atCellStart = true;
  };
  while (i < src.length) {
    const ch = src[i];
    if (atCellStart && ch === '"') {
      const openedAt = line;
      i++;
      for (;;) {
        if (i >= src.length) throw malformed(openedAt, 'a quoted cell is never closed');
        const c = src[i];
        if (c === '"') {
          if (src[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        cell += c;
        i++;
      }
      const next = src[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw malformed(line, `unexpected text after a closing quote`);
      }
      atCellStart = false;
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      atCellStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      if (ch === '"') throw malformed(line, 'a quote inside an unquoted cell (wrap the cell in quotes and double the quote)');
      cell += ch;
      atCellStart = false;
      i++;
    }
  }
  if (cell !== '' || cells.length) endRecord();
  return records;
}

/**
 * A cell starting with = + - @ (or tab/CR) runs as a formula when a spreadsheet opens the file: it gets a
 * leading apostrophe, as the quote sheet does, and fromCsv takes that apostrophe off again.
 */
const FORMULA = /^[=+\-@\t\r]/;
const defuse = (v: string) => (FORMULA.test(v) ? `'${v}` : v);
const undefuse = (v: string | undefined) => (v && v.startsWith("'") && FORMULA.test(v.slice(1)) ? v.slice(1) : v);

function quoteCell(raw: string): string {
  const value = defuse(raw);
  return /[",;\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

export function toCsv(entries: readonly GlossaryEntry[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const e of entries) {
    const cells = [
      ...LANGS.map((l) => e.terms[l].join(VARIANT_SEPARATOR)),
      ...LANGS.map((l) => e.forbidden[l].join(VARIANT_SEPARATOR)),
      e.note,
    ];
    rows.push(cells.map((c) => quoteCell(c)).join(','));
  }
  // CRLF + BOM: what Excel (the tool most newsroom glossaries live in) reads as UTF-8 without asking.
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}

const split = (cell: string | undefined) => (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean);

/**
 * Entries from a glossary CSV. Excel in an Indonesian locale saves with ";" — detected from the header.
 * All or nothing: any malformed row throws with its line number and no entry is returned. A well-formed row whose
 * term (or note) is over the limit is left out and described in `rejected` when given (else it throws too).
 */
export function fromCsv(text: string, rejected?: GlossaryRejection[]): GlossaryEntry[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const records = parseCsv(text, delimiter);
  if (!records.length) throw malformed(1, 'the file is empty');
  const header = records[0].cells.map((c) => c.trim().toLowerCase());
  const col = new Map(header.map((h, i) => [h, i]));
  const missing = CSV_COLUMNS.filter((c) => !col.has(c) && c !== 'note' && !c.startsWith('forbidden_'));
  if (missing.length) throw malformed(records[0].line, `the header lacks the column(s) ${missing.join(', ')}`);
  const unknown = header.filter((h) => h && !(CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length) throw malformed(records[0].line, `unknown column(s) ${unknown.join(', ')}`);

  const taken = new Set<string>();
  const entries: GlossaryEntry[] = [];
  for (const rec of records.slice(1)) {
    if (rec.cells.length !== header.length) {
      throw malformed(rec.line, `expected ${header.length} cells, found ${rec.cells.length}`);
    }
    const get = (name: string) => (col.has(name) ? undefuse(rec.cells[col.get(name)!]) : '');
    const input = {
      terms: { id: split(get('id')), en: split(get('en')), ko: split(get('ko')) },
      forbidden: { id: split(get('forbidden_id')), en: split(get('forbidden_en')), ko: split(get('forbidden_ko')) },
      note: get('note'),
    };
    if (!input.terms.id.length && !input.terms.en.length && !input.terms.ko.length) {
      throw malformed(rec.line, 'the row has no term in id, en or ko');
    }
    const id = uniqueId(deriveId(input), taken);
    let entry: GlossaryEntry;
    try {
      entry = cleanEntry(input, id);
    } catch (err) {
      const r = rejected ? rejectionOf(err, { line: rec.line }) : null;
      if (!r) throw err;
      rejected!.push(r);
      continue;
    }
    taken.add(id);
    entries.push(entry);
  }
  return entries;
}
