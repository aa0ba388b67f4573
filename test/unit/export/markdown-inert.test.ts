// Markdown export: text that looks like HTML stays text in every field, and renders inert in `marked`.
import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { exportDocument } from '../../../main/core/export';
import { article, FIXED_NOW } from './fixtures';

const hostile = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<iframe src="javascript:alert(1)">', '&lt;b&gt;'];

describe('markdown export escapes HTML', () => {
  for (const h of hostile) {
    it(`keeps ${h} as text in title, byline, dateline and body`, async () => {
      // Stored text is escaped HTML (what the editor saves), so "<" arrives as &lt; in every field.
      const esc = h.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const a = article({ title: `Judul ${h}`, byline: `Oleh ${h}`, dateline: { place: `Jakarta ${h}`, outlet: 'Redaksi' }, body: `<p>Isi ${esc}</p>` });
      const md = String((await exportDocument({ article: a }, { format: 'md', now: FIXED_NOW })).data);
      const html = await marked.parse(md);
      expect(html).not.toMatch(/<(script|img|iframe|b)[\s>]/i);
      // And the reader sees the characters they typed, four times (title, byline, dateline, body).
      const shown = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      expect(shown.split(h).length - 1).toBeGreaterThanOrEqual(4);
    });
  }
});
