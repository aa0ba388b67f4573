// HTML export: semantic, self-contained, and clean even when the article came from hostile HTML.
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../main/core/export';
import { article, FIXED_NOW, koArticle } from './fixtures';

const HOSTILE = [
  '<p>Halo<script>alert(1)</script> dunia</p>',
  '<img src="https://evil.example/track.gif" onerror="alert(2)">',
  '<p onclick="steal()">klik <a href="javascript:alert(3)">tautan</a> dan <a href="https://ok.example/">aman</a></p>',
  '<iframe src="https://evil.example/"></iframe><style>body{background:url(https://evil.example/x.png)}</style>',
  '<p style="background:url(https://evil.example/y.png)">gaya</p><svg><script>alert(4)</script></svg>',
  '<a href="data:text/html,<script>alert(5)</script>">data</a><form action="https://evil.example"><input></form>',
  '<p>&lt;script&gt;teks biasa&lt;/script&gt;</p>',
].join('');

async function html(a = article(), lang?: 'id' | 'en' | 'ko'): Promise<string> {
  const r = await exportDocument({ article: a }, { format: 'html', lang, now: FIXED_NOW });
  expect(r.mime).toContain('text/html');
  return String(r.data);
}

describe('HTML export', () => {
  it('is semantic: article, header, h1, dateline, byline', async () => {
    const out = await html(article({ title: 'Judul <b>', dateline: { place: 'Jakarta', outlet: 'Redaksi' }, byline: 'Budi', body: '<h1>Sub</h1><p>Isi</p>' }));
    expect(out).toMatch(/^<!DOCTYPE html>/);
    expect(out).toContain('<html lang="id">');
    expect(out).toContain('<article lang="id">');
    expect(out).toContain('<header>');
    expect(out).toContain('<h1>Judul &lt;b&gt;</h1>');
    expect(out).not.toContain('class="dateline"'); // no separate, upper-cased credit line: it opens the lead
    expect(out).toMatch(/<h2>Sub<\/h2>\s*<p><strong>Jakarta, Redaksi –<\/strong> Isi<\/p>/);
    expect(out).toContain('<p class="byline">Budi</p>');
    expect(out).toContain('<h2>Sub</h2>'); // body headings sit under the title
  });

  it('inlines its CSS under a strict CSP that allows exactly that style', async () => {
    const out = await html();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(out)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe');
    expect(out.match(/<style>/g)).toHaveLength(1);
    expect(out).not.toMatch(/<link\b/i);
  });

  it('exports hostile input with no script, handler, javascript: or remote load', async () => {
    const out = await html(article({ body: HOSTILE }));
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/\son[a-z]+\s*=/i);
    expect(out).not.toMatch(/javascript:/i);
    expect(out).not.toMatch(/data:text/i);
    expect(out).not.toMatch(/<(img|iframe|svg|form|input|object|embed|video|audio|source)\b/i);
    expect(out).not.toMatch(/evil\.example/);
    expect(out).not.toMatch(/\sstyle=/i);
    expect(out).not.toMatch(/\ssrc=/i);
    // only one <style> (ours); every URL left is a link the reader may click
    expect(out.match(/<style>/g)).toHaveLength(1);
    expect(out).toContain('<a href="https://ok.example/" rel="noopener noreferrer">aman</a>');
    expect(out).toContain('Halo dunia');
    expect(out).toContain('&lt;script&gt;teks biasa&lt;/script&gt;');
  });

  it('marks Korean copy for keep-all line breaking', async () => {
    const out = await html(koArticle());
    expect(out).toContain('<article lang="ko">');
    expect(out).toContain(':lang(ko) { word-break: keep-all');
    expect(out).toContain('간자르 주지사');
  });
});
