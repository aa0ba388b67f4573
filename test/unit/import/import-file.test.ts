// importFile per format, including hostile HTML, broken .docx, empty and oversized files.
import { describe, it, expect } from 'vitest';
import JSZip from 'jszip';
import { importFile, importPaste, MAX_BYTES } from '../../../main/core/import';
import { AppError } from '../../../main/core/errors';
import { makeDocx } from './docx-fixture';

const enc = (s: string) => new TextEncoder().encode(s);

async function appError(p: Promise<unknown> | (() => unknown)): Promise<AppError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError');
}

describe('importFile: .txt', () => {
  it('makes one paragraph per line, takes a short first line as title and escapes markup', async () => {
    const r = await importFile('x.txt', enc('Judul Berita\r\nJAKARTA (ANTARA) - Presiden <b>berkata</b> hari ini.\n\nParagraf & dua.\n'));
    expect(r.title).toBe('Judul Berita');
    expect(r.body).toBe('<p>Presiden &lt;b&gt;berkata&lt;/b&gt; hari ini.</p><p>Paragraf &amp; dua.</p>');
    expect(r.dateline).toMatchObject({ outlet: 'ANTARA', place: 'Jakarta' });
    expect(r.format).toBe('txt');
    expect(r.warnings).toEqual([]);
  });

  it('detects the language unless told', async () => {
    const en = await importFile('a.txt', enc('The minister said that the plan was ready and it will start in May.'));
    expect(en.lang).toBe('en');
    const ko = await importFile('a.txt', enc('정부는 오늘 새로운 정책을 발표했다.'));
    expect(ko.lang).toBe('ko');
    const forced = await importFile('a.txt', enc('The minister said that the plan was ready.'), { lang: 'id' });
    expect(forced.lang).toBe('id');
    expect(forced.langConfidence).toBe(1);
  });

  it('decodes non-UTF-8 text as Windows-1252 with a warning', async () => {
    const bytes = new Uint8Array([...enc('Caf'), 0xe9, ...enc(' di Jakarta dan '), 0x93, ...enc('kutipan'), 0x94]);
    const r = await importFile('old.txt', bytes);
    expect(r.body).toBe('<p>Café di Jakarta dan “kutipan”</p>');
    expect(r.warnings.map((w) => w.code)).toEqual(['import.notUtf8']);
    expect(r.warnings[0].params.encoding).toBe('Windows-1252');
  });

  it('reads UTF-16 with a BOM and UTF-8 with a BOM without warnings', async () => {
    const s = 'Halo dunia dan semua yang ada di sana.';
    const u16 = new Uint8Array(2 + s.length * 2);
    u16.set([0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) u16[2 + i * 2] = s.charCodeAt(i);
    expect((await importFile('a.txt', u16)).body).toBe(`<p>${s}</p>`);
    const bom = await importFile('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...enc(s)]));
    expect(bom.body).toBe(`<p>${s}</p>`);
    expect(bom.warnings).toEqual([]);
  });
});

describe('importFile: limits and bad input (nothing is created)', () => {
  it('rejects a 0-byte file', async () => {
    const e = await appError(importFile('empty.txt', new Uint8Array(0)));
    expect(e.code).toBe('import.empty');
  });

  it('rejects a 50 MB file with its size and the limit', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const e = await appError(importFile('big.txt', big));
    expect(e.code).toBe('import.tooLarge');
    expect(e.params).toEqual({ size: '50.0 MB', limit: '20.0 MB' });
    expect(big.byteLength).toBeGreaterThan(MAX_BYTES);
  });

  it('rejects text over 2,000,000 characters even when the bytes fit', async () => {
    const e = await appError(importFile('long.txt', new Uint8Array(2_000_100).fill(0x61)));
    expect(e.code).toBe('import.textTooLong');
    expect(e.params.limit).toBe(2_000_000);
  });

  it('rejects unknown extensions, naming the extension', async () => {
    const e = await appError(importFile('report.pdf', enc('%PDF-1.4')));
    expect(e.code).toBe('import.unsupported');
    expect(e.params.ext).toBe('.pdf');
    expect((await appError(importFile('README', enc('x')))).code).toBe('import.unsupported');
  });

  it('rejects a file that has no text', async () => {
    expect((await appError(importFile('blank.txt', enc('  \n\n  ')))).code).toBe('import.noText');
    expect((await appError(importFile('s.html', enc('<script>alert(1)</script><img src=x>')))).code).toBe('import.noText');
  });
});

describe('importFile: .md', () => {
  it('keeps headings, emphasis, lists and links; raw HTML inside Markdown is sanitised', async () => {
    const md = [
      '# Judul Utama',
      '',
      'SEMARANG, KOMPAS.com – Paragraf **tebal** dan *miring* dengan [tautan](https://kompas.com) dan [jahat](javascript:alert(1)).',
      '',
      '#### Sub kecil',
      '',
      '- satu',
      '- dua',
      '',
      '1. pertama',
      '',
      '> kutipan',
      '',
      '<script>alert(1)</script><img src="http://tracker.example/p.gif">',
    ].join('\n');
    const r = await importFile('a.md', enc(md));
    expect(r.title).toBe('Judul Utama');
    expect(r.dateline).toMatchObject({ outlet: 'KOMPAS.com', place: 'Semarang' });
    expect(r.body).toContain('<p>Paragraf <strong>tebal</strong> dan <em>miring</em> dengan <a href="https://kompas.com">tautan</a> dan jahat.</p>');
    expect(r.body).toContain('<h3>Sub kecil</h3>');
    expect(r.body).toContain('<ul><li>satu</li><li>dua</li></ul>');
    expect(r.body).toContain('<ol><li>pertama</li></ol>');
    expect(r.body).toContain('<blockquote><p>kutipan</p></blockquote>');
    expect(r.body).not.toMatch(/script|img|tracker|javascript/i);
  });
});

describe('importFile: .html (hostile input)', () => {
  const hostile = `<!doctype html><html><head><title>Judul Halaman</title>
    <style>body{background:url(http://evil.example/x.png)}</style>
    <script>window.pwned = true</script>
    <link rel="stylesheet" href="http://evil.example/a.css"></head>
    <body onload="alert(1)">
    <p>Teks <img src="x" onerror="alert(1)">tetap ada.</p>
    <p style="color:red" onclick="steal()">Klik <a href="javascript:alert(1)">di sini</a> atau
      <a href="JaVaScRiPt&colon;alert(1)">sana</a> atau <a href="https://example.org/ok" target="_blank" onmouseover="x()">aman</a>
      atau <a href="mailto:redaksi@example.org">surel</a> atau <a href="data:text/html,hi">data</a>.</p>
    <iframe src="http://evil.example/"></iframe><object data="x.swf">fallback</object>
    <h4>Kecil</h4><div>Dalam div<div>bersarang</div></div>
    <svg><script>alert(2)</script><text>svgtext</text></svg>
    <p><b>tebal</b> <i>miring</i> <u>garis</u> <span style="x">span</span></p>
    </body></html>`;

  it('drops everything active or remote and keeps the text', async () => {
    const r = await importFile('page.html', enc(hostile));
    expect(r.title).toBe('Judul Halaman');
    const body = r.body;
    for (const bad of ['script', 'style', 'onerror', 'onclick', 'onload', 'onmouseover', 'javascript', 'iframe', 'object', 'img', 'svg', 'evil.example', 'data:', 'target', 'pwned']) {
      expect(body.toLowerCase()).not.toContain(bad);
    }
    expect(body).toContain('<p>Teks tetap ada.</p>');
    expect(body).toContain('Klik di sini atau');
    expect(body).toContain('sana atau <a href="https://example.org/ok">aman</a>');
    expect(body).toContain('<a href="mailto:redaksi@example.org">surel</a>');
    expect(body).toContain('<h3>Kecil</h3><p>Dalam div</p><p>bersarang</p>');
    expect(body).toContain('<p><strong>tebal</strong> <em>miring</em> garis span</p>');
  });

  it('allows only the article tag set in the output', async () => {
    const r = await importFile('page.htm', enc(hostile));
    const tags = new Set([...r.body.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
    for (const t of tags) expect(['p', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote', 'br']).toContain(t);
    expect([...r.body.matchAll(/ ([a-z-]+)=/g)].map((m) => m[1]).every((a) => a === 'href')).toBe(true);
  });
});

describe('importFile: .docx', () => {
  it('keeps headings, bold, italic, lists and links from a real Word file, and finds the dateline', async () => {
    const r = await importFile('artikel.docx', await makeDocx());
    expect(r.format).toBe('docx');
    expect(r.title).toBe('Ganjar Perkuat Kerja Sama Ekraf');
    expect(r.dateline).toMatchObject({ outlet: 'MONITOR', place: 'Semarang' });
    expect(r.body.startsWith('<p>Gubernur <strong>Ganjar Pranowo</strong> bertemu')).toBe(true);
    expect(r.body).toContain('<h2>Latar belakang</h2>');
    expect(r.body).toContain('<h3>Rincian kecil</h3>'); // Heading 5 → h3
    expect(r.body).toContain('<em>Ekonomi kreatif</em>');
    expect(r.body).toContain('<ul><li>Industri otomotif</li><li>Usaha kecil dan mikro</li></ul>');
    expect(r.body).toContain('<a href="https://example.org/ekraf">situs resmi</a>');
    expect(r.lang).toBe('id');
  });

  it('rejects a .docx that is not a zip', async () => {
    const e = await appError(importFile('fake.docx', enc('This is plain text pretending to be Word.')));
    expect(e.code).toBe('import.docxNotZip');
  });

  it('rejects a zip that is not a Word document, and a truncated one', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'not word');
    const notWord = await zip.generateAsync({ type: 'uint8array' });
    expect((await appError(importFile('x.docx', notWord))).code).toBe('import.docxCorrupt');
    const real = await makeDocx();
    const cut = real.slice(0, Math.floor(real.length / 2));
    expect((await appError(importFile('cut.docx', cut))).code).toBe('import.docxCorrupt');
  });
});

describe('importPaste', () => {
  it('prefers HTML, sanitises it, and lifts title and dateline', () => {
    const r = importPaste({
      html: '<h1>Judul</h1><p><strong>JAKARTA</strong>, KOMPAS.com – Presiden <em>hari</em> ini <img src=x onerror=alert(1)>berkata.</p>',
      text: 'ignored',
    });
    expect(r.title).toBe('Judul');
    expect(r.dateline).toMatchObject({ outlet: 'KOMPAS.com', place: 'Jakarta' });
    expect(r.body).toBe('<p>Presiden <em>hari</em> ini berkata.</p>');
    expect(r.format).toBe('paste');
  });

  it('treats a plain string as text and a string with tags as HTML', () => {
    expect(importPaste('a < b dan c > d, kata dia.').body).toBe('<p>a &lt; b dan c &gt; d, kata dia.</p>');
    expect(importPaste('<p>satu.</p><p>dua.</p>').body).toBe('<p>satu.</p><p>dua.</p>');
  });

  it('lifts a Korean credit line with its byline', () => {
    const r = importPaste('(자카르타=연합뉴스) 김철수 기자 = 인도네시아 정부는 오늘 새 수도 이전 계획을 발표했다.\n두 번째 문단.');
    expect(r.dateline).toMatchObject({ outlet: '연합뉴스', place: '자카르타' });
    expect(r.byline).toBe('김철수 기자');
    expect(r.body).toBe('<p>인도네시아 정부는 오늘 새 수도 이전 계획을 발표했다.</p><p>두 번째 문단.</p>');
    expect(r.lang).toBe('ko');
  });

  it('lifts an "Oleh:" byline line', () => {
    const r = importPaste('Judul\nOleh: Budi Santoso\nIsi berita pertama.\nIsi kedua.');
    expect(r.title).toBe('Judul');
    expect(r.byline).toBe('Budi Santoso');
    expect(r.body).toBe('<p>Isi berita pertama.</p><p>Isi kedua.</p>');
  });

  it('rejects empty pastes', async () => {
    expect((await appError(() => importPaste(''))).code).toBe('import.empty');
    expect((await appError(() => importPaste({ html: '<p> </p>' }))).code).toBe('import.noText');
  });
});
