// Markdown and plain-text exports.
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../main/core/export';
import { article, FIXED_NOW } from './fixtures';

const a = article({
  title: 'Judul *Penting*',
  dateline: { place: 'Jakarta', outlet: 'Redaksi' },
  byline: 'Budi',
  body: '<h2>Sub</h2><p>Satu <strong>tebal</strong> <em>miring</em> <a href="https://x.id/">tautan</a>.</p><ul><li>a</li><li>b</li></ul><ol><li>x</li><li>y</li></ol><blockquote><p>Kutipan</p></blockquote>',
});

describe('markdown', () => {
  it('renders headings, emphasis, links, lists and quotes; escapes markdown in text', async () => {
    const r = await exportDocument({ article: a }, { format: 'md', now: FIXED_NOW });
    const md = String(r.data);
    expect(r.fileName).toBe('2025-03-04-judul-penting-id.md');
    expect(r.mime).toContain('text/markdown');
    expect(md.startsWith('# Judul \\*Penting\\*\n')).toBe(true);
    expect(md).toContain('**Jakarta, Redaksi –** Satu **tebal**');
    expect(md).toContain('### Sub');
    expect(md).toContain('Satu **tebal** *miring* [tautan](https://x.id/).');
    expect(md).toMatch(/^- +a$/m);
    expect(md).toMatch(/^1\. +x$/m);
    expect(md).toContain('> Kutipan');
  });
});

describe('plain text', () => {
  it('prints head lines then one paragraph per block with list markers', async () => {
    const r = await exportDocument({ article: a }, { format: 'txt', now: FIXED_NOW });
    expect(r.data).toBe(
      'Judul *Penting*\nBudi\n\nSub\n\nJakarta, Redaksi – Satu tebal miring tautan.\n\n- a\n- b\n\n1. x\n2. y\n\n> Kutipan\n',
    );
  });
});
