// Document model: HTML → blocks, plain text that lines up with quote anchors, comment marks.
import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../../main/core/articles/text';
import { modelPlainText, parseBody, piecesWithMarks, type Run } from '../../../main/core/export/model';
import { sanitizeBody } from '../../../main/core/export/sanitize';
import { sampleArticle } from './fixtures';

describe('parseBody', () => {
  it('keeps headings, paragraphs, quotes and inline formatting', () => {
    const blocks = parseBody(sanitizeBody('<h1>Judul  besar</h1><p>Satu <strong>dua</strong> <em>tiga</em> <a href="https://x.id/a?b=1&amp;c=2">empat</a></p><blockquote><p>Kutipan</p></blockquote>'));
    expect(blocks.map((b) => b.kind)).toEqual(['h1', 'p', 'quote']);
    expect(blocks[0].runs).toEqual([{ text: 'Judul besar' }]);
    expect(blocks[1].runs).toEqual([
      { text: 'Satu ' },
      { text: 'dua', bold: true },
      { text: ' ' },
      { text: 'tiga', italic: true },
      { text: ' ' },
      { text: 'empat', href: 'https://x.id/a?b=1&c=2' },
    ]);
  });

  it('numbers ordered lists and tracks nesting, <li><p> stays one item', () => {
    const blocks = parseBody(sanitizeBody('<ol><li><p>a</p></li><li>b<ul><li>c</li></ul></li></ol><ol><li>d</li></ol>'));
    expect(blocks.map((b) => [b.runs[0].text, b.list])).toEqual([
      ['a', { ordered: true, depth: 1, index: 1 }],
      ['b', { ordered: true, depth: 1, index: 2 }],
      ['c', { ordered: false, depth: 2, index: 1 }],
      ['d', { ordered: true, depth: 1, index: 1 }],
    ]);
  });

  it('turns <br> into a line break run and trims around it', () => {
    const blocks = parseBody('<p>satu <br> dua<br></p>');
    expect(blocks[0].runs).toEqual([{ text: 'satu' }, { text: '\n' }, { text: 'dua' }]);
  });

  it('produces the same plain text as htmlToPlainText (quote anchors rely on it)', () => {
    const a = sampleArticle();
    expect(modelPlainText(parseBody(sanitizeBody(a.body)))).toBe(htmlToPlainText(a.body));
    const rich = '<h2>Sub</h2><p>a <strong>b</strong>&nbsp;c</p><ul><li>x</li></ul><p>l1<br>l2</p>';
    expect(modelPlainText(parseBody(sanitizeBody(rich)))).toBe(htmlToPlainText(rich));
  });
});

describe('piecesWithMarks', () => {
  it('cuts runs at marks and keeps order, including marks at the edges', () => {
    const runs: Run[] = [{ text: 'abc' }, { text: 'def', bold: true }];
    const pieces = piecesWithMarks(runs, [
      { at: 0, kind: 'start', id: 0 },
      { at: 4, kind: 'end', id: 0 },
      { at: 6, kind: 'start', id: 1 },
      { at: 6, kind: 'end', id: 1 },
    ]);
    const flat = pieces.map((p) => ('mark' in p ? `${p.mark.kind}${p.mark.id}` : p.run.text));
    expect(flat).toEqual(['start0', 'abc', 'd', 'end0', 'ef', 'start1', 'end1']);
    expect(pieces.filter((p) => 'run' in p).map((p) => ('run' in p ? !!p.run.bold : null))).toEqual([false, true, true]);
  });
});
