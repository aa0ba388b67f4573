// Live editor counts: per-paragraph counts added up equal countText over the whole plain text, and a paragraph
// unchanged by an edit is not counted again.
import { describe, it, expect } from 'vitest';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Fragment, Slice } from '@tiptap/pm/model';
import { countDoc } from '../../../renderer/src/features/editor/docCounts';
import { countText } from '../../../preload/contract/counts';
import { docText } from '../../../renderer/src/features/quotes/quote-highlight-extension';

const schema = getSchema([StarterKit]);
const p = (...content: object[]) => ({ type: 'paragraph', content });
const t = (text: string) => ({ type: 'text', text });
const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [t('  Harga   beras naik ')] },
    p(t('Menurut data BPS, harga beras di Jakarta naik 12,5 persen—tertinggi sejak 2019.')),
    p(),
    p(t('Baris satu'), { type: 'hardBreak' }, t('   baris dua\tdengan tab')),
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [p(t('“Kami siap,” kata gubernur.'))] }, { type: 'listItem', content: [p(t('서울에서 열린 회의에서 그는 말했다.'))] }],
    },
    p(t('x'.repeat(450))),
  ],
});

/** The plain text main computes: one line per textblock (and per hard break), spaces collapsed, trimmed, no empty lines. */
const plain = (d: typeof doc) =>
  d
    .textBetween(0, d.content.size, '\n', '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\r]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

describe('countDoc', () => {
  it('gives the figures countText gives for the whole plain text', () => {
    expect(countDoc(doc)).toEqual(countText(plain(doc)));
    expect(countDoc(doc).manuscriptPages).toBeGreaterThan(1);
  });
  it('agrees after an edit inside one paragraph', () => {
    const at = doc.child(0).nodeSize + doc.child(1).nodeSize - 1; // the end of the first paragraph's text
    const edited = doc.replace(at, at, new Slice(Fragment.from(schema.text(' sangat')), 0, 0));
    expect(countDoc(edited)).toEqual(countText(plain(edited)));
    expect(countDoc(edited).words).toBe(countDoc(doc).words + 1);
  });
});

describe('docText (quote highlights)', () => {
  it('is the plain text main computes, with a document position for every character', () => {
    const { text, pos } = docText(doc);
    expect(text).toBe(plain(doc));
    expect(pos).toHaveLength(text.length);
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n' || text[i] === ' ') continue;
      expect(doc.textBetween(pos[i], pos[i] + 1)).toBe(text[i]);
    }
  });
});
