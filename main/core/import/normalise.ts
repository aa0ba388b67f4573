// Repairs block structure in sanitised HTML: no blocks inside paragraphs, stray text wrapped, empties dropped.
// Input is sanitize-html output, so tags are from our allow-list, attributes are quoted and text is escaped.

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote']);
/** Blocks that hold inline content only: another block opening inside one closes it first. */
const LEAF = new Set(['p', 'h1', 'h2', 'h3']);
const INLINE = new Set(['strong', 'em', 'a']);
const TOKEN = /<(\/?)([a-z0-9]+)([^>]*)>|[^<]+/g;

interface Open {
  tag: string;
  /** An <a> with no href is kept out of the output, but its text stays. */
  emitted: boolean;
  /** A list we opened around a stray <li>: it ends as soon as something other than an <li> arrives. */
  synthetic?: boolean;
  /** Index in `out` just after this element's open tag (emitted elements only). */
  at?: number;
  /** Holds visible text / a kept child element / an &nbsp;: an element with none of these is empty. */
  text?: boolean;
  child?: boolean;
  nbsp?: boolean;
}

export function normaliseBlocks(html: string): string {
  const out: string[] = [];
  const stack: Open[] = [];
  const top = () => stack[stack.length - 1];
  // Counters instead of stack scans keep this linear in the input, whatever the nesting depth.
  let leaves = 0;
  const openCount = new Map<string, number>();
  const inLeafOrInline = () => leaves > 0;
  const push = (o: Open) => {
    if (o.emitted) {
      out.push(`<${o.tag}${o.tag === 'a' ? (o as Open & { attrs?: string }).attrs ?? '' : ''}>`);
      o.at = out.length;
    }
    if (LEAF.has(o.tag)) leaves++;
    openCount.set(o.tag, (openCount.get(o.tag) ?? 0) + 1);
    stack.push(o);
  };
  /** Close the innermost element; an empty one is dropped right here (so empties never pile up by depth). */
  const pop = () => {
    const o = stack.pop()!;
    if (LEAF.has(o.tag)) leaves--;
    openCount.set(o.tag, openCount.get(o.tag)! - 1);
    const parent = top();
    if (o.emitted) {
      if (!o.text && !o.child && !o.nbsp) {
        if (o.tag === 'strong' || o.tag === 'em') out.splice(o.at! - 1, 1); // keep the whitespace inside
        else out.length = o.at! - 1;
        return;
      }
      out.push(`</${o.tag}>`);
      if (parent) parent.child = true;
    } else if (parent) {
      parent.child ||= o.child;
      parent.nbsp ||= o.nbsp;
    }
    if (parent) parent.text ||= o.text;
  };
  const closeTo = (pred: (o: Open) => boolean) => {
    while (stack.length && pred(top())) pop();
  };
  /** Close everything up to and including the innermost leaf block. */
  const closeLeaf = () => {
    if (!leaves) return;
    while (stack.length && !LEAF.has(top().tag)) pop();
    pop();
  };
  /** Inline content needs a block: at top level, or directly in a list, open a paragraph. */
  const ensureTextContainer = () => {
    if (top()?.synthetic) closeTo((o) => o.synthetic === true);
    const t = top()?.tag;
    if (!t || t === 'ul' || t === 'ol') {
      if (t === 'ul' || t === 'ol') push({ tag: 'li', emitted: true });
      else push({ tag: 'p', emitted: true });
    } else if (t === 'blockquote') {
      push({ tag: 'p', emitted: true });
    }
  };

  for (const m of html.matchAll(TOKEN)) {
    const [whole, slash, rawTag, attrs] = m;
    if (rawTag === undefined) {
      // Whitespace between blocks (or right after a block tag inside a list item) is layout, not text.
      if (!whole.trim() && (!inLeafOrInline() || /<\/?(?:ul|ol|li|p|h[1-3]|blockquote)>$/.test(out[out.length - 1] ?? ''))) continue;
      ensureTextContainer();
      out.push(whole);
      const o = top();
      if (whole.replace(/&nbsp;/g, '').trim()) o.text = true;
      else if (whole.includes('&nbsp;')) o.nbsp = true;
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (tag === 'br') {
      // A <br> between blocks (or at the top) separates paragraphs; inside one it is a line break.
      if (inLeafOrInline() || top()?.tag === 'li') {
        out.push('<br>');
        top().child = true;
      } else closeLeaf();
      continue;
    }
    if (slash) {
      if (!openCount.get(tag)) continue; // already closed by a repair
      while (stack.length && top().tag !== tag) pop();
      pop();
      continue;
    }
    if (BLOCKS.has(tag)) {
      closeLeaf();
      if (tag === 'li') {
        const t = top()?.tag;
        if (t === 'li') closeTo((o) => o.tag === 'li' || INLINE.has(o.tag));
        if (top()?.tag !== 'ul' && top()?.tag !== 'ol') {
          push({ tag: 'ul', emitted: true, synthetic: true }); // a stray <li> gets a list
        }
      } else if (tag === 'ul' || tag === 'ol') {
        // Lists may nest in an <li>; anywhere else they stand at block level.
      } else {
        closeTo((o) => INLINE.has(o.tag) || o.synthetic === true);
        if (top()?.tag === 'ul' || top()?.tag === 'ol') push({ tag: 'li', emitted: true });
      }
      push({ tag, emitted: true });
      continue;
    }
    if (INLINE.has(tag)) {
      ensureTextContainer();
      const emitted = tag !== 'a' || /\shref="/.test(attrs);
      push({ tag, emitted, attrs } as Open);
    }
  }
  closeTo(() => true);
  return dropEmpty(out.join(''));
}

/** Empty inline wrappers and blocks carry nothing the reader sees; repeat because removals nest. */
function dropEmpty(html: string): string {
  let prev = '';
  let cur = html;
  while (prev !== cur) {
    prev = cur;
    cur = cur
      .replace(/<(strong|em)>(\s*)<\/\1>/g, '$2')
      .replace(/<a [^>]*>\s*<\/a>/g, '')
      .replace(/<(p|h1|h2|h3|li|blockquote|ul|ol)>(?:\s|&nbsp;|<br>)*<\/\1>/g, '');
  }
  return cur;
}
