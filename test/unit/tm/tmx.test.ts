// TMX 1.4: lossless round trip, DTD validity (xmllint), inline markup, language codes, malformed files.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TranslationMemory, buildTmx, parseTmx, parseTmxDetailed, decodeTmxBytes, type TmUnit } from '../../../main/core/tm';
import { AppError } from '../../../main/core/errors';
import { freshStore } from './helpers';
import { STANDARDS } from '../helpers/paths';

const DTD = resolve(STANDARDS, 'tmx/tmx14.dtd');

const UNITS: TmUnit[] = [
  {
    id: 'u1',
    source: 'Presiden berkata: "Kita <harus> bekerja & berdoa."',
    target: '대통령은 "우리는 <일하고> 기도해야 한다 & …"라고 말했다.',
    sourceLang: 'id',
    targetLang: 'ko',
    prev: '',
    next: 'Kalimat berikutnya.',
    createdAt: '2025-01-31T09:15:00Z',
    changedAt: '2025-02-01T10:00:05Z',
    origin: 'project-42',
  },
  {
    id: 'u2',
    source: '  Spasi di awal\tdan tab, lalu baris\r\nbaru.',
    target: '  앞 공백과\t탭, 그리고\r\n줄바꿈.',
    sourceLang: 'id',
    targetLang: 'ko',
    createdAt: '2024-12-31T23:59:59Z',
    changedAt: '2024-12-31T23:59:59Z',
  },
  {
    id: 'u3',
    source: 'Kafe “Kopi” ® 50% — emoji 🇮🇩',
    target: '카페 “코피” ® 50% — 이모지 🇮🇩',
    sourceLang: 'id',
    targetLang: 'ko',
    prev: 'Sebelumnya <b>tebal</b>',
    createdAt: '2023-06-01T00:00:00Z',
    changedAt: '2023-06-02T00:00:00Z',
  },
];

function tmx(body: string, header = 'srclang="id-ID"'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="T" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" ${header} datatype="plaintext"/>
<body>${body}</body></tmx>`;
}

describe('buildTmx / parseTmx', () => {
  it('round-trips units without loss (text, whitespace, markup characters, context, dates, origin)', () => {
    const xml = buildTmx(UNITS, { sourceLang: 'id' });
    expect(parseTmx(xml)).toEqual(UNITS);
  });

  it('writes TMX that xmllint validates against the TMX 1.4 DTD', () => {
    expect(existsSync(DTD)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'redaksi-tmx-'));
    const file = join(dir, 'out.tmx');
    // A control character that XML cannot carry must not make the file invalid.
    writeFileSync(file, buildTmx([...UNITS, { ...UNITS[0], id: 'u4', source: 'bel\u0007 di sini' }], { sourceLang: 'id', creationTool: 'Redaksi "test"' }));
    const out = execFileSync('xmllint', ['--noout', '--dtdvalid', DTD, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toBe('');
    expect(parseTmx(buildTmx([{ ...UNITS[0], source: 'bel\u0007 di sini' }], { sourceLang: 'id' }))[0].source).toBe('bel di sini');
  });

  it('keeps the text of inline markup and drops native codes', () => {
    const units = parseTmx(
      tmx(`<tu><tuv xml:lang="id-ID"><seg>Harga <bpt i="1" x="1">&lt;b&gt;</bpt>beras<ept i="1">&lt;/b&gt;</ept> naik<ph x="2">&lt;br/&gt;</ph> <hi type="x">5 persen</hi><it pos="begin">{\\b}</it>.</seg></tuv>
        <tuv xml:lang="en-US"><seg>Rice <hi>prices</hi> rose&#160;5&#x25;.</seg></tuv></tu>`),
    );
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ source: 'Harga beras naik 5 persen.', target: 'Rice prices rose\u00a05%.', sourceLang: 'id', targetLang: 'en' });
  });

  it('maps id-ID / en-US / ko-KR (and legacy "in") and skips other languages, counting them', () => {
    const r = parseTmxDetailed(
      tmx(`<tu tuid="t1"><tuv xml:lang="in"><seg>Satu</seg></tuv><tuv xml:lang="ko-KR"><seg>하나</seg></tuv><tuv xml:lang="fr-FR"><seg>Un</seg></tuv><tuv xml:lang="EN-GB"><seg>One</seg></tuv></tu>
        <tu srclang="fr-FR"><tuv xml:lang="fr-FR"><seg>Deux</seg></tuv><tuv xml:lang="id-ID"><seg>Dua</seg></tuv></tu>
        <tu><tuv xml:lang="id-ID"><seg>Tiga</seg></tuv><tuv xml:lang="en-US"><seg></seg></tuv></tu>`),
    );
    expect(r.units.map((u) => [u.id, u.sourceLang, u.targetLang, u.target])).toEqual([
      ['t1-ko', 'id', 'ko', '하나'],
      ['t1-en', 'id', 'en', 'One'],
    ]);
    expect(r.skipped).toBe(3);
  });

  it('takes each pair from the <tuv xml:lang>s when the header names a language the units do not carry', () => {
    // As translate-toolkit's po2tmx writes it: srclang="en" over id/ko units, DOCTYPE, no tuid.
    const r = parseTmxDetailed(`<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="Translate Toolkit" creationtoolversion="3.8.4" segtype="sentence" o-tmf="UTF-8" adminlang="en" srclang="en" datatype="PlainText"/>
  <body>
    <tu><tuv xml:lang="id"><seg>Halo dunia.</seg></tuv><tuv xml:lang="ko"><seg>안녕 세상.</seg></tuv></tu>
    <tu><tuv xml:lang="id-ID"><seg>Dua</seg></tuv><tuv xml:lang="en-US"><seg>Two</seg></tuv></tu>
    <tu srclang="de"><tuv xml:lang="ko-KR"><seg>셋</seg></tuv><tuv xml:lang="id"><seg>Tiga</seg></tuv></tu>
  </body>
</tmx>`);
    expect(r.units.map((u) => [u.sourceLang, u.targetLang, u.source, u.target])).toEqual([
      ['id', 'ko', 'Halo dunia.', '안녕 세상.'],
      ['en', 'id', 'Two', 'Dua'], // this unit does carry the declared "en", so it is the source
      ['ko', 'id', '셋', 'Tiga'],
    ]);
    expect(r.skipped).toBe(0);
  });

  it('accepts srclang="*all*" (first <tuv> of ours is the source) and skips one-<tuv> units, counting them', () => {
    const r = parseTmxDetailed(
      tmx(
        `<tu><tuv xml:lang="fr"><seg>Un</seg></tuv><tuv xml:lang="en"><seg>One</seg></tuv><tuv xml:lang="ko"><seg>하나</seg></tuv></tu>
         <tu><tuv xml:lang="id"><seg>Belum diterjemahkan</seg></tuv></tu>`,
        'srclang="*all*"',
      ),
    );
    expect(r.units.map((u) => [u.sourceLang, u.targetLang, u.target])).toEqual([['en', 'ko', '하나']]);
    expect(r.skipped).toBe(2);
  });

  it('reads UTF-16 files with a BOM', () => {
    const xml = tmx('<tu><tuv xml:lang="id"><seg>Halo</seg></tuv><tuv xml:lang="ko"><seg>안녕</seg></tuv></tu>');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    expect(parseTmx(decodeTmxBytes(le))[0].target).toBe('안녕');
    expect(() => decodeTmxBytes(Buffer.from([0xc3, 0x28, 0x41]))).toThrow(AppError);
  });

  const bad: [string, string, RegExp][] = [
    ['unclosed element', '<tmx version="1.4"><header srclang="id"/><body><tu></body></tmx>', /line 1/],
    ['not TMX at all', '<html><body/></html>', /root element is not <tmx>/],
    ['missing header', '<tmx version="1.4"><body/></tmx>', /<header> is missing/],
    ['missing body', '<tmx version="1.4"><header srclang="id"/></tmx>', /<body> is missing/],
    ['header without srclang', tmx('', 'x="1"'), /no srclang/],
    ['unknown srclang', tmx('', 'srclang="12 34"'), /unknown srclang/],
    ['a tuv without xml:lang', tmx('<tu><tuv><seg>a</seg></tuv><tuv xml:lang="ko"><seg>b</seg></tuv></tu>'), /without xml:lang/],
    ['an undefined entity', tmx('<tu><tuv xml:lang="id"><seg>&nbsp;</seg></tuv><tuv xml:lang="ko"><seg>b</seg></tuv></tu>'), /unknown entity/],
    ['an empty file', '   ', /empty/],
  ];
  for (const [name, xml, reason] of bad) {
    it(`rejects ${name} with tmx.malformed and a clear reason`, () => {
      let err: unknown;
      try {
        parseTmx(xml);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('tmx.malformed');
      expect((err as AppError).message).toMatch(reason);
      expect(String((err as AppError).params.reason)).toMatch(reason);
    });
  }
});

describe('TranslationMemory TMX import/export', () => {
  it('exports a pair and imports it into a fresh memory unchanged', async () => {
    const a = await freshStore();
    const tmA = new TranslationMemory(a.store);
    await tmA.add(UNITS);
    await tmA.add({ source: 'Hello.', target: 'Halo.', sourceLang: 'en', targetLang: 'id' });
    const xml = await tmA.exportTmx({ from: 'id', to: 'ko' });
    expect(parseTmx(xml)).toHaveLength(3);

    const b = await freshStore();
    const tmB = new TranslationMemory(b.store);
    expect(await tmB.importTmx(xml)).toEqual({ imported: 3, skipped: 0, pairs: [{ from: 'id', to: 'ko', count: 3 }] });
    const norm = (us: TmUnit[]) => us.map((u) => ({ ...u, source: u.source.normalize('NFC') }));
    expect(await tmB.units({ from: 'id', to: 'ko' })).toEqual(norm(UNITS));
    expect(await tmB.exportTmx({ from: 'id', to: 'ko' })).toBe(xml);
    await a.store.close();
    await b.store.close();
  });

  it('imports nothing from a malformed file, even when its first units are fine', async () => {
    const { store } = await freshStore();
    const tm = new TranslationMemory(store);
    const xml = tmx(
      '<tu><tuv xml:lang="id"><seg>Baik</seg></tuv><tuv xml:lang="ko"><seg>좋다</seg></tuv></tu>' +
        '<tu><tuv xml:lang="id"><seg>Rusak &nbsp;</seg></tuv><tuv xml:lang="ko"><seg>b</seg></tuv></tu>',
    );
    await expect(tm.importTmx(xml)).rejects.toMatchObject({ code: 'tmx.malformed' });
    expect(await tm.count({ from: 'id', to: 'ko' })).toBe(0);
    expect(await tm.pairs()).toEqual([]);
    await store.close();
  });
});
