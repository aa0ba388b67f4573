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
}

export function normaliseBlocks(html: string): string {
  const out: string[] = [];
  const stack: Open[] = [];
  const top = () => stack[stack.length - 1];
  const inLeafOrInline = () => stack.some((o) => LEAF.has(o.tag));

  const closeTo = (pred: (o: Open) => boolean) => {
    while (stack.length && pred(top())) {
      const o = stack.pop()!;
      if (o.emitted) out.push(`</${o.tag}>`);
    }
  };
  /** Close everything up to and including the innermost leaf block. */
  const closeLeaf = () => {
    const i = stack.map((o) => o.tag).findLastIndex((t) => LEAF.has(t));
    if (i < 0) return;
    while (stack.length > i) {
      const o = stack.pop()!;
      if (o.emitted) out.push(`</${o.tag}>`);
    }
  };
  /** Inline content needs a block: at top level, or directly in a list, open a paragraph. */
  const ensureTextContainer = () => {
    if (top()?.synthetic) closeTo((o) => o.synthetic === true);
    const t = top()?.tag;
    if (!t || t === 'ul' || t === 'ol') {
      if (t === 'ul' || t === 'ol') {
        stack.push({ tag: 'li', emitted: true });
        out.push('<li>');
      } else {
        stack.push({ tag: 'p', emitted: true });
        out.push('<p>');
      }
    } else if (t === 'blockquote') {
      stack.push({ tag: 'p', emitted: true });
      out.push('<p>');
    }
  };

  for (const m of html.matchAll(TOKEN)) {
    const [whole, slash, rawTag, attrs] = m;
    if (rawTag === undefined) {
      // Whitespace between blocks (or right after a block tag inside a list item) is layout, not text.
      if (!whole.trim() && (!inLeafOrInline() || /<\/?(?:ul|ol|li|p|h[1-3]|blockquote)>$/.test(out[out.length - 1] ?? ''))) continue;
      ensureTextContainer();
      out.push(whole);
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (tag === 'br') {
      // A <br> between blocks (or at the top) separates paragraphs; inside one it is a line break.
      if (inLeafOrInline() || top()?.tag === 'li') out.push('<br>');
      else closeLeaf();
      continue;
    }
    if (slash) {
      const i = stack.map((o) => o.tag).lastIndexOf(tag);
      if (i < 0) continue; // already closed by a repair
      while (stack.length > i) {
        const o = stack.pop()!;
        if (o.emitted) out.push(`</${o.tag}>`);
      }
      continue;
    }
    if (BLOCKS.has(tag)) {
      closeLeaf();
      if (tag === 'li') {
        const t = top()?.tag;
        if (t === 'li') closeTo((o) => o.tag === 'li' || INLINE.has(o.tag));
        if (top()?.tag !== 'ul' && top()?.tag !== 'ol') {
          stack.push({ tag: 'ul', emitted: true, synthetic: true }); // a stray <li> gets a list
          out.push('<ul>');
        }
      } else if (tag === 'ul' || tag === 'ol') {
        // Lists may nest in an <li>; anywhere else they stand at block level.
      } else {
        closeTo((o) => INLINE.has(o.tag) || o.synthetic === true);
        if (top()?.tag === 'ul' || top()?.tag === 'ol') {
          stack.push({ tag: 'li', emitted: true });
          out.push('<li>');
        }
      }
      stack.push({ tag, emitted: true });
      out.push(`<${tag}>`);
      continue;
    }
    if (INLINE.has(tag)) {
      ensureTextContainer();
      const emitted = tag !== 'a' || /\shref="/.test(attrs);
      stack.push({ tag, emitted });
      if (emitted) out.push(`<${tag}${tag === 'a' ? attrs : ''}>`);
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
