// TMX 1.4 import and export: buildTmx(units) → XML valid against tmx14.dtd; parseTmx(xml) → units, or tmx.malformed.
//
// Context and provenance travel as <prop type="x-context-pre|x-context-post|x-origin"> on each <tu>, so an
// export re-imports without loss. Inline markup inside <seg>: <hi> keeps its text; the native codes carried by
// <bpt>/<ept>/<it>/<ph>/<ut> (e.g. "<b>", "{\f1}") are dropped, because our segments are plain text and those
// codes would otherwise be read as words. Languages other than id/en/ko are skipped and counted, never an error;
// a header srclang the units do not carry ("*all*", or po2tmx's "en" over id/ko units) is no error either.
import { randomUUID } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../errors';
import type { Lang } from '../../../preload/contract/define';
import type { TmUnit } from './types';
import { isLanguageTag, toLang } from './lang';
import { fromTmxDate, tmTime, toTmxDate } from './time';

export interface BuildTmxOptions {
  sourceLang: string;
  creationTool?: string;
}

const TOOL_VERSION = '0.1.0';

// ---------------------------------------------------------------- export

/** Characters XML 1.0 cannot carry at all; dropping them is the only way to stay well-formed. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function prop(type: string, value: string | undefined): string {
  return value === undefined ? '' : `\n      <prop type="${type}">${escapeText(value)}</prop>`;
}

/** A complete TMX 1.4 document for `units` (one <tu> each), valid against the TMX 1.4 DTD. */
export function buildTmx(units: TmUnit[], opts: BuildTmxOptions): string {
  const tool = escapeAttr(opts.creationTool ?? 'Redaksi');
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="${tool}" creationtoolversion="${TOOL_VERSION}" segtype="sentence" o-tmf="${tool}"` +
      ` adminlang="en" srclang="${escapeAttr(opts.sourceLang)}" datatype="plaintext"/>`,
    '  <body>',
  ];
  for (const u of units) {
    out.push(
      `    <tu tuid="${escapeAttr(u.id)}" srclang="${u.sourceLang}"` +
        (u.creationTool ? ` creationtool="${escapeAttr(u.creationTool)}"` : '') +
        ` creationdate="${toTmxDate(u.createdAt)}"` +
        ` changedate="${toTmxDate(u.changedAt)}">` +
        prop('x-context-pre', u.prev) +
        prop('x-context-post', u.next) +
        prop('x-origin', u.origin) +
        `\n      <tuv xml:lang="${u.sourceLang}"><seg>${escapeText(u.source)}</seg></tuv>` +
        `\n      <tuv xml:lang="${u.targetLang}"><seg>${escapeText(u.target)}</seg></tuv>` +
        '\n    </tu>',
    );
  }
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}

// ---------------------------------------------------------------- import

type XNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function malformed(reason: string, extra: Record<string, string | number> = {}): AppError {
  const where = extra.line !== undefined ? ` (line ${extra.line}, column ${extra.col})` : '';
  return new AppError('tmx.malformed', `This TMX file cannot be imported: ${reason}${where}.`, {
    ...extra,
    reason: reason + where,
  });
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** We decode entities ourselves (the parser leaves numeric references alone); undefined ones are errors. */
function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw malformed(`a bare "&" in "${s.slice(0, 60)}"`);
    if (name in NAMED) return NAMED[name];
    const m = /^#(?:x([0-9a-fA-F]+)|(\d+))$/.exec(name);
    const cp = m ? parseInt(m[1] ?? m[2], m[1] ? 16 : 10) : NaN;
    if (!Number.isFinite(cp) || cp > 0x10ffff) throw malformed(`unknown entity "&${name};"`);
    return String.fromCodePoint(cp);
  });
}

const nameOf = (n: XNode) => Object.keys(n).find((k) => k !== ':@')!;
const childrenOf = (n: XNode) => (n[nameOf(n)] as XNode[]) ?? [];
const attr = (n: XNode, a: string): string | undefined => {
  const v = n[':@']?.[a];
  return v === undefined ? undefined : decode(String(v));
};
const elements = (nodes: XNode[], name: string) => nodes.filter((c) => nameOf(c) === name);

/** Text content of a <seg>: text and <hi> text kept, native codes (bpt/ept/it/ph/ut/sub) dropped. */
function segText(nodes: XNode[]): string {
  let s = '';
  for (const n of nodes) {
    const name = nameOf(n);
    if (name === '#text') s += decode(String(n['#text']));
    else if (name === 'hi') s += segText(childrenOf(n));
    else if (!['bpt', 'ept', 'it', 'ph', 'ut', 'sub', '#comment'].includes(name)) s += segText(childrenOf(n));
  }
  return s;
}

function propsOf(tu: XNode): Map<string, string> {
  const props = new Map<string, string>();
  for (const p of elements(childrenOf(tu), 'prop')) {
    const type = attr(p, 'type');
    if (type) props.set(type, segText(childrenOf(p)));
  }
  return props;
}

/**
 * The <tuv> a <tu>'s pairs start from. Real files often declare a source that is not in the unit at all
 * (translate-toolkit's po2tmx writes srclang="en" over id/ko units) or "*all*": the declared language wins when
 * the unit has it in one of our languages, otherwise the first <tuv> in one of our languages does — each
 * <tuv xml:lang> is what says which language a text is in, never the header.
 */
function sourceTuv<T extends { lang: string }>(tuvs: T[], src: string): T | undefined {
  const ours = tuvs.filter((t) => toLang(t.lang) !== null);
  if (src !== '*all*') {
    const declared =
      ours.find((t) => t.lang.toLowerCase() === src.toLowerCase()) ??
      ours.find((t) => toLang(t.lang) === toLang(src));
    if (declared) return declared;
  }
  return ours[0];
}

export interface ParsedTmx {
  units: TmUnit[];
  /** Translation pairs (source tuv × other tuv) left out: unsupported language or empty text. */
  skipped: number;
}

/** Parse a whole TMX document; throws tmx.malformed (with line/column where known) before returning anything. */
export function parseTmxDetailed(xmlText: string): ParsedTmx {
  const xml = xmlText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!xml.trim()) throw malformed('the file is empty');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw malformed(valid.err.msg, { line: valid.err.line, col: valid.err.col });
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    commentPropName: '#comment',
  });
  const doc = parser.parse(xml) as XNode[];
  const root = doc.find((n) => nameOf(n) === 'tmx');
  if (!root) throw malformed('the root element is not <tmx>');
  const header = elements(childrenOf(root), 'header')[0];
  if (!header) throw malformed('<header> is missing');
  const body = elements(childrenOf(root), 'body')[0];
  if (!body) throw malformed('<body> is missing');
  const headerSrc = attr(header, 'srclang');
  if (!headerSrc) throw malformed('<header> has no srclang');
  if (headerSrc !== '*all*' && !isLanguageTag(headerSrc)) throw malformed(`unknown srclang "${headerSrc}"`);

  const units: TmUnit[] = [];
  let skipped = 0;
  const now = tmTime();
  elements(childrenOf(body), 'tu').forEach((tu, n) => {
    const label = `<tu> #${n + 1}${attr(tu, 'tuid') ? ` (tuid ${attr(tu, 'tuid')})` : ''}`;
    const tuvs = elements(childrenOf(tu), 'tuv').map((tuv) => {
      const lang = attr(tuv, 'xml:lang') ?? attr(tuv, 'lang');
      if (!lang) throw malformed(`${label} has a <tuv> without xml:lang`);
      const seg = elements(childrenOf(tuv), 'seg')[0];
      if (!seg) throw malformed(`${label} has a <tuv> without <seg>`);
      return { lang, text: segText(childrenOf(seg)), node: tuv };
    });
    // A <tu> with one <tuv> is valid TMX (an untranslated entry): nothing to pair, so it is skipped and counted.
    if (tuvs.length < 2) {
      skipped += 1;
      return;
    }
    const src = attr(tu, 'srclang') ?? headerSrc;
    if (src !== '*all*' && !isLanguageTag(src)) throw malformed(`${label} has an unknown srclang "${src}"`);
    const srcTuv = sourceTuv(tuvs, src);
    const sourceLang = srcTuv ? toLang(srcTuv.lang) : null;
    const others = tuvs.filter((t) => t !== srcTuv);
    if (!srcTuv || !sourceLang || !srcTuv.text.trim()) {
      skipped += others.length;
      return;
    }
    const props = propsOf(tu);
    const tuid = attr(tu, 'tuid');
    const createdAt = fromTmxDate(attr(tu, 'creationdate') ?? attr(srcTuv.node, 'creationdate')) ?? now;
    const changedAt = fromTmxDate(attr(tu, 'changedate') ?? attr(srcTuv.node, 'changedate')) ?? createdAt;
    const targets = others.filter((t) => {
      const ok = toLang(t.lang) !== null && toLang(t.lang) !== sourceLang && t.text.trim() !== '';
      if (!ok) skipped++;
      return ok;
    });
    for (const t of targets) {
      const targetLang = toLang(t.lang) as Lang;
      const unit: TmUnit = {
        id: tuid ? (targets.length > 1 ? `${tuid}-${targetLang}` : tuid) : randomUUID().replace(/-/g, '').slice(0, 16),
        source: srcTuv.text,
        target: t.text,
        sourceLang,
        targetLang,
        createdAt,
        changedAt,
      };
      if (props.has('x-context-pre')) unit.prev = props.get('x-context-pre');
      if (props.has('x-context-post')) unit.next = props.get('x-context-post');
      if (props.has('x-origin')) unit.origin = props.get('x-origin');
      units.push(unit);
    }
  });
  return { units, skipped };
}

/** The units of a TMX document (see parseTmxDetailed); a <tu> without tuid gets a fresh id. */
export function parseTmx(xml: string): TmUnit[] {
  return parseTmxDetailed(xml).units;
}

/** TMX bytes → text: UTF-16 (with BOM, as some CAT tools write it) or UTF-8; not text → tmx.malformed. */
export function decodeTmxBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw malformed('the file is not UTF-8 or UTF-16 text');
  }
}
