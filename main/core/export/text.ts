// Plain-text export: title, dateline, byline, then one paragraph per block (lists keep their markers).
import { blockText, bylineInLead, withDatelineLead, type DocModel } from './model';

export function renderText(doc: DocModel): string {
  // The dateline opens the lead, as written.
  const m = { ...doc, blocks: withDatelineLead(doc.blocks, doc.dateline) };
  const head = [m.title.trim(), bylineInLead(m) ? '' : m.byline.trim()].filter(Boolean);
  const body = m.blocks.map((b) => {
    const text = blockText(b);
    if (b.kind === 'li' && b.list) {
      const indent = '  '.repeat(b.list.depth - 1);
      return `${indent}${b.list.ordered ? `${b.list.index}.` : '-'} ${text.replace(/\n/g, `\n${indent}  `)}`;
    }
    if (b.kind === 'quote') return text.split('\n').map((l) => `> ${l}`).join('\n');
    return text;
  });
  // Consecutive list items stay together; everything else is separated by a blank line.
  const parts: string[] = [];
  m.blocks.forEach((b, i) => {
    const prev = m.blocks[i - 1];
    const sameList = b.list && prev?.list && !(b.list.index === 1 && b.list.depth <= prev.list.depth);
    parts.push(i > 0 && !sameList ? `\n${body[i]}` : body[i]);
  });
  return `${head.join('\n')}\n\n${parts.join('\n')}\n`;
}
