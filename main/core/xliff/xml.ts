// A small namespace-aware XML parser that keeps line numbers, so XLIFF rejections can say where.
// We parse ourselves (instead of fast-xml-parser) because the validator needs resolved namespaces,
// attribute order, CDATA/text distinction and a line for every element, and must never expand entities.

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export interface XAttr {
  name: string;
  prefix: string;
  local: string;
  ns: string;
  value: string;
}
export interface XElement {
  type: 'element';
  name: string;
  prefix: string;
  local: string;
  ns: string;
  attrs: XAttr[];
  children: XNode[];
  parent: XElement | null;
  line: number;
}
export interface XText {
  type: 'text';
  value: string;
  line: number;
}
export type XNode = XElement | XText;

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

const NAME_START = 'A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_CHAR = NAME_START + '\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040';
const NAME_RE = new RegExp(`[${NAME_START}][${NAME_CHAR}]*`, 'y');
// Characters XML 1.0 forbids anywhere in a document (surrogate pairs are fine: JS strings hold them as pairs).
const BAD_CHAR_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Element nesting the parser follows: real XLIFF nests a few dozen levels; deeper is hostile (and would overflow). */
export const MAX_XML_DEPTH = 256;

/** The document nests elements deeper than MAX_XML_DEPTH; `line` is where the limit was crossed. */
export class XmlDepthError extends XmlSyntaxError {
  readonly limit = MAX_XML_DEPTH;
  constructor(line: number) {
    super(`XML is not well-formed: elements nest more than ${MAX_XML_DEPTH} levels deep`, line);
    this.name = 'XmlDepthError';
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Parses a whole document; throws XmlSyntaxError with a 1-based line on the first well-formedness error. */
export function parseXml(input: string): XElement {
  return new Parser(input).parseDocument();
}

class Parser {
  private pos = 0;
  private depth = 0;
  private line = 1;
  private lineScanPos = 0;
  private readonly s: string;

  constructor(input: string) {
    this.s = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }

  private lineAt(p: number): number {
    // Lines are counted lazily and only forwards, which is all the parser needs.
    if (p < this.lineScanPos) return this.line;
    for (let i = this.lineScanPos; i < p; i++) if (this.s.charCodeAt(i) === 10) this.line++;
    this.lineScanPos = p;
    return this.line;
  }

  private fail(msg: string, at = this.pos): never {
    throw new XmlSyntaxError(`XML is not well-formed: ${msg}`, this.lineAt(at));
  }

  private startsWith(t: string): boolean {
    return this.s.startsWith(t, this.pos);
  }

  private skipSpace(): boolean {
    const start = this.pos;
    while (this.pos < this.s.length && /[ \t\r\n]/.test(this.s[this.pos])) this.pos++;
    return this.pos > start;
  }

  private name(): string {
    NAME_RE.lastIndex = this.pos;
    const m = NAME_RE.exec(this.s);
    if (!m) this.fail('expected a name');
    this.pos += m[0].length;
    return m[0];
  }

  parseDocument(): XElement {
    const bad = BAD_CHAR_RE.exec(this.s);
    if (bad) this.fail(`character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} is not allowed in XML`, bad.index);
    if (this.startsWith('<?xml') && /[ \t\r\n?]/.test(this.s[5] ?? '')) this.xmlDecl();
    let root: XElement | null = null;
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.s.length) break;
      if (this.startsWith('<!--')) this.comment();
      else if (this.startsWith('<?')) this.pi();
      else if (this.startsWith('<!DOCTYPE')) {
        if (root) this.fail('DOCTYPE after the root element');
        this.doctype();
      } else if (this.s[this.pos] === '<') {
        if (root) this.fail('more than one root element');
        root = this.element(null, new Map([['xml', XML_NS]]));
      } else this.fail('text outside the root element');
    }
    if (!root) this.fail('no root element');
    return root;
  }

  private xmlDecl(): void {
    const end = this.s.indexOf('?>', this.pos);
    if (end < 0) this.fail('unterminated XML declaration');
    const body = this.s.slice(this.pos + 5, end);
    if (!/^\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/.test(body))
      this.fail('malformed XML declaration');
    this.pos = end + 2;
  }

  private comment(): void {
    const end = this.s.indexOf('-->', this.pos + 4);
    if (end < 0) this.fail('unterminated comment');
    if (this.s.slice(this.pos + 4, end).includes('--') || this.s[end - 1] === '-') this.fail('"--" inside a comment');
    this.pos = end + 3;
  }

  private pi(): void {
    this.pos += 2;
    const target = this.name();
    if (target.toLowerCase() === 'xml') this.fail('XML declaration not at the start of the document');
    const end = this.s.indexOf('?>', this.pos);
    if (end < 0) this.fail('unterminated processing instruction');
    this.pos = end + 2;
  }

  private doctype(): void {
    // Skipped, never interpreted: entities declared here stay unknown, so nothing gets expanded (no XXE).
    let depth = 0;
    for (let i = this.pos + 9; i < this.s.length; i++) {
      const c = this.s[i];
      if (c === '[') depth++;
      else if (c === ']') depth--;
      else if (c === '>' && depth <= 0) {
        this.pos = i + 1;
        return;
      }
    }
    this.fail('unterminated DOCTYPE');
  }

  private reference(inAttr: boolean): string {
    const semi = this.s.indexOf(';', this.pos);
    if (semi < 0 || semi - this.pos > 12) this.fail('"&" must start an entity or character reference');
    const ref = this.s.slice(this.pos + 1, semi);
    let out: string;
    if (ref.startsWith('#')) {
      const m = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref);
      if (!m) this.fail(`malformed character reference "&${ref};"`);
      const cp = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
      if (!isXmlChar(cp)) this.fail(`character reference "&${ref};" is not an allowed XML character`);
      out = String.fromCodePoint(cp);
    } else if (ref in PREDEFINED) out = PREDEFINED[ref];
    else this.fail(`undeclared entity "&${ref};"${inAttr ? ' in an attribute value' : ''}`);
    this.pos = semi + 1;
    return out;
  }

  private attrValue(): string {
    const q = this.s[this.pos];
    if (q !== '"' && q !== "'") this.fail('attribute value must be quoted');
    this.pos++;
    let out = '';
    for (;;) {
      if (this.pos >= this.s.length) this.fail('unterminated attribute value');
      const c = this.s[this.pos];
      if (c === q) {
        this.pos++;
        return out;
      }
      if (c === '<') this.fail('"<" inside an attribute value');
      if (c === '&') out += this.reference(true);
      else {
        // Attribute-value normalisation: literal whitespace becomes a space; character references do not.
        out += c === '\t' || c === '\n' || c === '\r' ? ' ' : c;
        this.pos++;
      }
    }
  }

  private element(parent: XElement | null, scope: Map<string, string>): XElement {
    const startPos = this.pos;
    if (++this.depth > MAX_XML_DEPTH) throw new XmlDepthError(this.lineAt(startPos));
    try {
      return this.elementAt(startPos, parent, scope);
    } finally {
      this.depth--;
    }
  }

  private elementAt(startPos: number, parent: XElement | null, scope: Map<string, string>): XElement {
    this.pos++;
    const qname = this.name();
    const raw: { name: string; value: string }[] = [];
    for (;;) {
      const hadSpace = this.skipSpace();
      if (this.startsWith('/>') || this.s[this.pos] === '>') break;
      if (this.pos >= this.s.length) this.fail(`unterminated start tag <${qname}>`);
      if (!hadSpace) this.fail(`missing space before an attribute in <${qname}>`);
      const an = this.name();
      this.skipSpace();
      if (this.s[this.pos] !== '=') this.fail(`attribute "${an}" in <${qname}> has no value`);
      this.pos++;
      this.skipSpace();
      const v = this.attrValue();
      if (raw.some((a) => a.name === an)) this.fail(`duplicate attribute "${an}" in <${qname}>`);
      raw.push({ name: an, value: v });
    }
    // Namespace declarations first: they apply to the element's own name and attributes.
    let nsScope = scope;
    for (const a of raw) {
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) {
        if (nsScope === scope) nsScope = new Map(scope);
        const p = a.name === 'xmlns' ? '' : a.name.slice(6);
        if (p === 'xmlns') this.fail('the "xmlns" prefix cannot be declared', startPos);
        if (p !== '' && a.value === '') this.fail(`prefix "${p}" cannot be undeclared`, startPos);
        nsScope.set(p, a.value);
      }
    }
    const split = (n: string, isAttr: boolean) => {
      const i = n.indexOf(':');
      if (i === 0 || i === n.length - 1 || (i > 0 && n.indexOf(':', i + 1) >= 0)) this.fail(`"${n}" is not a valid qualified name`, startPos);
      const prefix = i > 0 ? n.slice(0, i) : '';
      const local = i > 0 ? n.slice(i + 1) : n;
      let ns = '';
      if (prefix) {
        const u = nsScope.get(prefix);
        if (u === undefined) this.fail(`namespace prefix "${prefix}" is not declared`, startPos);
        ns = u;
      } else if (!isAttr) ns = nsScope.get('') ?? '';
      return { prefix, local, ns };
    };
    const el: XElement = { type: 'element', name: qname, ...split(qname, false), attrs: [], children: [], parent, line: this.lineAt(startPos) };
    const seen = new Set<string>();
    for (const a of raw) {
      const isDecl = a.name === 'xmlns' || a.name.startsWith('xmlns:');
      const parts = isDecl ? { prefix: 'xmlns', local: a.name.slice(6), ns: XMLNS_NS } : split(a.name, true);
      const key = `{${parts.ns}}${parts.local}`;
      if (seen.has(key)) this.fail(`attribute "${a.name}" appears twice (same namespace) in <${qname}>`, startPos);
      seen.add(key);
      if (!isDecl) el.attrs.push({ name: a.name, ...parts, value: a.value });
    }
    if (this.startsWith('/>')) {
      this.pos += 2;
      return el;
    }
    this.pos++;
    this.content(el, nsScope);
    return el;
  }

  private content(el: XElement, scope: Map<string, string>): void {
    let text = '';
    let textLine = this.lineAt(this.pos);
    const flush = () => {
      if (text) el.children.push({ type: 'text', value: text, line: textLine });
      text = '';
    };
    for (;;) {
      if (this.pos >= this.s.length) this.fail(`element <${el.name}> is not closed`);
      const c = this.s[this.pos];
      if (c === '<') {
        if (this.startsWith('</')) {
          flush();
          this.pos += 2;
          const n = this.name();
          if (n !== el.name) this.fail(`end tag </${n}> does not match start tag <${el.name}> (line ${el.line})`);
          this.skipSpace();
          if (this.s[this.pos] !== '>') this.fail(`malformed end tag </${n}>`);
          this.pos++;
          return;
        }
        if (this.startsWith('<![CDATA[')) {
          const end = this.s.indexOf(']]>', this.pos + 9);
          if (end < 0) this.fail('unterminated CDATA section');
          if (!text) textLine = this.lineAt(this.pos);
          text += this.s.slice(this.pos + 9, end);
          this.pos = end + 3;
        } else if (this.startsWith('<!--')) this.comment();
        else if (this.startsWith('<?')) this.pi();
        else if (this.startsWith('<!')) this.fail('markup declaration inside an element');
        else {
          flush();
          el.children.push(this.element(el, scope));
          textLine = this.lineAt(this.pos);
        }
      } else if (c === '&') {
        if (!text) textLine = this.lineAt(this.pos);
        text += this.reference(false);
      } else {
        if (c === ']' && this.startsWith(']]>')) this.fail('"]]>" is not allowed in text');
        if (!text) textLine = this.lineAt(this.pos);
        // Normalise line ends as an XML processor must.
        if (c === '\r') {
          text += '\n';
          if (this.s[this.pos + 1] === '\n') this.pos++;
        } else text += c;
        this.pos++;
      }
    }
  }
}

// ---------- small DOM helpers ----------
export function elementChildren(el: XElement): XElement[] {
  return el.children.filter((c): c is XElement => c.type === 'element');
}
export function attr(el: XElement, local: string, ns = ''): string | undefined {
  return el.attrs.find((a) => a.local === local && a.ns === ns)?.value;
}
export function textOf(el: XElement): string {
  return el.children.map((c) => (c.type === 'text' ? c.value : textOf(c))).join('');
}
