// Live counts of an editor document, recounting only the paragraphs that changed since the last count.
import type { Node as PMNode } from '@tiptap/pm/model';
import { addCounts, countLine, type LineCounts, type TextCounts } from '../../../../preload/contract/counts';

// ProseMirror nodes are immutable and an edit keeps every untouched paragraph's node: counts are cached per node.
const cache = new WeakMap<PMNode, LineCounts[]>();

/**
 * The counts of the document's plain text as main computes it (one line per textblock, a hard break starts a
 * line, spaces collapsed and trimmed, empty lines dropped): the same figures as countText over that text.
 */
export function countDoc(doc: PMNode): TextCounts {
  const lines: LineCounts[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    let c = cache.get(node);
    if (!c) {
      c = node
        .textBetween(0, node.content.size, '\n', '\n')
        .split('\n')
        .map((l) => l.replace(/[ \t\r]+/g, ' ').trim())
        .filter(Boolean)
        .map(countLine);
      cache.set(node, c);
    }
    for (const l of c) lines.push(l);
    return false;
  });
  return addCounts(lines);
}
