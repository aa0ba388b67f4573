// Glossary TBX: TBX v3 / TBX-Basic (tbx/conceptEntry/langSec/termSec) in and out; TBX v2 (martif/termEntry) in.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { GlossaryEntry } from '../../../preload/contract/models';
import type { Lang } from '../../../preload/contract/define';
import { AppError } from '../errors';
import { cleanEntry, deriveId, rejectionOf, uniqueId, LANGS, type GlossaryEntryInput, type GlossaryRejection } from './entry';

const PREFERRED = 'preferredTerm-admn-sts';
const ADMITTED = 'admittedTerm-admn-sts';
const DEPRECATED = 'deprecatedTerm-admn-sts';
/** TBX-Basic administrativeStatus values, shared with the TBX 2008 writer (tbx2008.ts). */
export const TERM_STATUS = { preferred: PREFERRED, admitted: ADMITTED, deprecated: DEPRECATED } as const;
/** How TBX 2008 carries forbidden variants (a langSet <note>), so CAT tools never offer them as translations. */
export const FORBIDDEN_NOTE = 'Do not use: ';

// ---------- export ----------

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** xsd:ID wants an NCName: a letter or "_" first. Our derived ids already are; a hand-made one may not be. */
export function tbxId(id: string): string {
  const clean = id.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z_]/.test(clean) ? clean : `_${clean}`;
}

function termSec(term: string, status: string): string {
  return (
    `        <termSec>\n          <term>${escapeXml(term)}</term>\n` +
    `          <termNote type="administrativeStatus">${status}</termNote>\n        </termSec>\n`
  );
}

export function toTbx(entries: readonly GlossaryEntry[], title = 'Redaksi glossary'): string {
  let out =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<tbx style="dca" type="TBX-Basic" xml:lang="id" xmlns="urn:iso:std:iso:30042:ed-2">\n' +
    `  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>${escapeXml(title)}</p>\n      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n` +
    '  <text>\n    <body>\n';
  for (const e of entries) {
    out += `    <conceptEntry id="${escapeXml(tbxId(e.id))}">\n`;
    if (e.note) out += `      <note>${escapeXml(e.note)}</note>\n`;
    for (const lang of LANGS) {
      if (!e.terms[lang].length && !e.forbidden[lang].length) continue;
      out += `      <langSec xml:lang="${lang}">\n`;
      e.terms[lang].forEach((t, i) => (out += termSec(t, i === 0 ? PREFERRED : ADMITTED)));
      for (const t of e.forbidden[lang]) out += termSec(t, DEPRECATED);
      out += '      </langSec>\n';
    }
    out += '    </conceptEntry>\n';
  }
  return out + '    </body>\n  </text>\n</tbx>\n';
}

// ---------- import ----------

type Node = Record<string, unknown>;
const ARRAYS = new Set(['conceptEntry', 'termEntry', 'langSec', 'langSet', 'termSec', 'tig', 'ntig', 'termNote', 'note', 'descrip']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true, // xml:lang → @_lang; a tbx: element prefix does not hide the element
  trimValues: false,
  parseTagValue: false, // a term "2024" stays the string "2024"
  parseAttributeValue: false,
  isArray: (name) => ARRAYS.has(name),
});

function malformed(reason: string, line = 0): AppError {
  return new AppError('glossary.tbxMalformed', `The TBX file is not well-formed XML${line ? ` (line ${line})` : ''}: ${reason}. Nothing was imported.`, {
    reason,
    line,
  });
}

/** All text inside a node, children included (a term may hold inline <hi> markup). */
function textOf(node: unknown): string {
  if (node === null || node === undefined) return '';
  if (typeof node !== 'object') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  return Object.entries(node as Node)
    .filter(([k]) => !k.startsWith('@_'))
    .map(([, v]) => textOf(v))
    .join('');
}

function arr(v: unknown): Node[] {
  return Array.isArray(v) ? (v as Node[]) : v && typeof v === 'object' ? [v as Node] : [];
}

function langOf(code: unknown): Lang | null {
  const base = String(code ?? '').toLowerCase().split(/[-_]/)[0];
  if (base === 'id' || base === 'in' || base === 'ind') return 'id';
  if (base === 'en' || base === 'eng') return 'en';
  if (base === 'ko' || base === 'kor') return 'ko';
  return null;
}

/** deprecated/superseded (TBX-Basic) or a "forbidden"/"deprecated" normative status (TBX v2) → a forbidden variant. */
function isForbidden(notes: Node[]): { forbidden: boolean; preferred: boolean } {
  let forbidden = false;
  let preferred = false;
  for (const n of notes) {
    const type = String(n['@_type'] ?? '');
    if (type !== 'administrativeStatus' && type !== 'normativeAuthorization') continue;
    const v = textOf(n).trim().toLowerCase();
    if (/deprecated|superseded|forbidden|rejected/.test(v)) forbidden = true;
    if (/preferred/.test(v)) preferred = true;
  }
  return { forbidden, preferred };
}

interface TermRec {
  term: string;
  forbidden: boolean;
  preferred: boolean;
}

/** Terms of one language section: v3 termSec, v2 tig (term + termNote) or ntig (termGrp inside). */
function termsOf(section: Node): TermRec[] {
  const out: TermRec[] = [];
  for (const holder of [...arr(section.termSec), ...arr(section.tig), ...arr(section.ntig)]) {
    const grp = (holder.termGrp as Node | undefined) ?? holder;
    const term = textOf(grp.term).trim();
    if (!term) continue;
    out.push({ term, ...isForbidden([...arr(grp.termNote), ...arr(holder.termNote)]) });
  }
  return out;
}

export interface TbxImport {
  entries: GlossaryEntry[];
  /** Concepts with no term in id, en or ko (e.g. French only): left out. */
  skipped: number;
  /** Concepts left out because a term or note is over the limit. */
  rejected: GlossaryRejection[];
}

/** Entries from TBX text. All or nothing: a file that is not well-formed TBX throws and returns no entry. */
export function fromTbx(xml: string): TbxImport {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw malformed(valid.err.msg, valid.err.line);
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw malformed((err as Error).message);
  }
  const root = (doc.tbx ?? doc.martif) as Node | undefined;
  if (!root || typeof root !== 'object') {
    throw new AppError('glossary.tbxNotTbx', 'This XML file is not a TBX termbase (no <tbx> or <martif> root). Nothing was imported.');
  }
  const body = ((root.text as Node | undefined)?.body ?? null) as Node | null;
  if (!body || typeof body !== 'object') {
    throw new AppError('glossary.tbxNotTbx', 'This TBX file has no <text><body> section. Nothing was imported.');
  }
  const taken = new Set<string>();
  const entries: GlossaryEntry[] = [];
  let skipped = 0;
  const rejected: GlossaryRejection[] = [];
  let n = 0;
  for (const concept of [...arr(body.conceptEntry), ...arr(body.termEntry)]) {
    n++;
    const input: Required<Pick<GlossaryEntryInput, 'terms' | 'forbidden'>> & GlossaryEntryInput = {
      terms: { id: [], en: [], ko: [] },
      forbidden: { id: [], en: [], ko: [] },
    };
    for (const section of [...arr(concept.langSec), ...arr(concept.langSet)]) {
      const lang = langOf(section['@_lang']);
      if (!lang) continue;
      const recs = termsOf(section);
      const allowed = recs.filter((r) => !r.forbidden);
      allowed.sort((a, b) => Number(b.preferred) - Number(a.preferred)); // stable: preferred first, order kept
      input.terms[lang]!.push(...allowed.map((r) => r.term));
      input.forbidden[lang]!.push(...recs.filter((r) => r.forbidden).map((r) => r.term));
      for (const n of arr(section.note)) {
        const text = textOf(n).trim();
        if (text.startsWith(FORBIDDEN_NOTE)) input.forbidden[lang]!.push(...text.slice(FORBIDDEN_NOTE.length).split(';').map((t) => t.trim()).filter(Boolean));
      }
    }
    if (!LANGS.some((l) => input.terms[l]!.length)) {
      skipped++;
      continue;
    }
    const notes = [...arr(concept.note), ...arr(concept.descrip).filter((d) => d['@_type'] === 'definition')];
    input.note = notes.map((n) => textOf(n).trim()).filter(Boolean).join('\n');
    const given = typeof concept['@_id'] === 'string' ? concept['@_id'].trim() : '';
    const id = uniqueId(given && /^[A-Za-z0-9_.-]{1,64}$/.test(given) ? given : deriveId(input), taken);
    let entry: GlossaryEntry;
    try {
      entry = cleanEntry(input, id);
    } catch (err) {
      const r = rejectionOf(err, { entry: n, id: (given || id).slice(0, 64) });
      if (!r) throw err;
      rejected.push(r);
      continue;
    }
    taken.add(id);
    entries.push(entry);
  }
  return { entries, skipped, rejected };
}
