// ninjs export: lone surrogates in any text become U+FFFD, never a raw "\ud800" escape; pairs (emoji) survive.
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../main/core/export';
import { article, FIXED_NOW } from './fixtures';

describe('ninjs and lone surrogates', () => {
  it('replaces lone halves with U+FFFD and keeps real pairs', async () => {
    const a = article({ title: 'Judul \ud800 rusak 😀', byline: 'Oleh \udc00', body: '<p>Isi \ud83d akhir 😀</p>' });
    const out = String((await exportDocument({ article: a }, { format: 'ninjs', now: FIXED_NOW })).data);
    expect(out).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
    expect(out).toContain('\uFFFD');
    expect(out).toContain('😀');
    expect(() => JSON.parse(out)).not.toThrow();
  });
});
