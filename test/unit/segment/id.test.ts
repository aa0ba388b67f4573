// Indonesian segmentation: titles, abbreviations, initials, numbers, dates, quotes, paragraphs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentences } from './helpers';

const abbrevFixture = JSON.parse(
  readFileSync(resolve(__dirname, '../../fixtures/segment/id-abbreviations.json'), 'utf8'),
) as { paragraphs: string[][] };

describe('segmentText id', () => {
  it.each([
    ['Dr.', 'Dr. Budi datang ke kantor. Dia pergi.', 'Dr. Budi datang ke kantor.'],
    ['Prof.', 'Prof. Siti meneliti banjir. Dia pergi.', 'Prof. Siti meneliti banjir.'],
    ['Jl.', 'Rumahnya di Jl. Sudirman dekat pasar. Dia pergi.', 'Rumahnya di Jl. Sudirman dekat pasar.'],
    ['No.', 'Kantor itu di gedung No. 5 lantai dua. Dia pergi.', 'Kantor itu di gedung No. 5 lantai dua.'],
    ['H.', 'H. Ahmad memimpin rapat. Dia pergi.', 'H. Ahmad memimpin rapat.'],
    ['S.H.', 'Budi Santoso S.H. menjadi saksi ahli. Dia pergi.', 'Budi Santoso S.H. menjadi saksi ahli.'],
    ['M.Si.', 'Dia Ani M.Si. dari kampus itu. Dia pergi.', 'Dia Ani M.Si. dari kampus itu.'],
  ])('keeps %s inside its sentence', (_abbr, input, first) => {
    const out = sentences(input, 'id');
    expect(out[0]).toBe(first);
    expect(out.at(-1)).toBe('Dia pergi.');
  });

  it('keeps a chain of degrees together (H. … S.H. M.Si.)', () => {
    expect(sentences('H. Ahmad S.H. M.Si. hadir di sidang. Rapat mulai.', 'id')).toEqual([
      'H. Ahmad S.H. M.Si. hadir di sidang.',
      'Rapat mulai.',
    ]);
  });

  it('ends a sentence after a degree when a new sentence starts', () => {
    expect(sentences('Kuasa hukumnya Budi, S.H. Kemudian sidang ditunda.', 'id')).toEqual([
      'Kuasa hukumnya Budi, S.H.',
      'Kemudian sidang ditunda.',
    ]);
  });

  it('treats Pak as a title without a period: "Pak Budi" inside, "Pak." as a vocative at the end', () => {
    expect(sentences('Rumah Pak Budi terbakar. Siap, Pak. Kami berangkat.', 'id')).toEqual([
      'Rumah Pak Budi terbakar.',
      'Siap, Pak.',
      'Kami berangkat.',
    ]);
  });

  it('keeps initials with the name (B. J. Habibie)', () => {
    expect(sentences('Presiden B. J. Habibie lahir di Parepare. Ia insinyur.', 'id')).toEqual([
      'Presiden B. J. Habibie lahir di Parepare.',
      'Ia insinyur.',
    ]);
  });

  it('keeps Indonesian-style decimals and thousands (1.234,5) and breaks after a final number', () => {
    expect(sentences('Harga naik menjadi Rp 1.234,5 juta per ton. Produksi turun 5. Lalu stabil.', 'id')).toEqual([
      'Harga naik menjadi Rp 1.234,5 juta per ton.',
      'Produksi turun 5.',
      'Lalu stabil.',
    ]);
  });

  it('keeps English-style numbers (1,234.5)', () => {
    expect(sentences('Nilainya USD 1,234.5 juta. Lalu stabil.', 'id')).toEqual(['Nilainya USD 1,234.5 juta.', 'Lalu stabil.']);
  });

  it('keeps an abbreviated month in a date (28 Nov. 2026)', () => {
    expect(sentences('Sidang digelar 28 Nov. 2026 di Jakarta. Lalu ditunda.', 'id')).toEqual([
      'Sidang digelar 28 Nov. 2026 di Jakarta.',
      'Lalu ditunda.',
    ]);
  });

  it('keeps a numeric date with periods (28.11.2026.) before a lower-case word', () => {
    expect(sentences('Surat tertanggal 28.11.2026. ditandatangani camat. Lalu dikirim.', 'id')).toEqual([
      'Surat tertanggal 28.11.2026. ditandatangani camat.',
      'Lalu dikirim.',
    ]);
  });

  it('keeps a year-first numeric date (2026.11.28.) before a lower-case word', () => {
    expect(sentences('Rapat 2026.11.28. dibatalkan. Lalu dijadwalkan ulang.', 'id')).toEqual([
      'Rapat 2026.11.28. dibatalkan.',
      'Lalu dijadwalkan ulang.',
    ]);
  });

  it('keeps a two-sentence quote with the attribution that follows it', () => {
    expect(sentences('“Kami siap. Kami akan menang,” kata Budi. Lalu ia pergi.', 'id')).toEqual([
      '“Kami siap. Kami akan menang,” kata Budi.',
      'Lalu ia pergi.',
    ]);
  });

  it('keeps a quote with straight quotes and "ujar" attribution', () => {
    expect(sentences('"Kami siap. Kami menang," ujar Budi. Lalu ia pergi.', 'id')).toEqual([
      '"Kami siap. Kami menang," ujar Budi.',
      'Lalu ia pergi.',
    ]);
  });

  it('breaks inside a quote that has no attribution after it', () => {
    expect(sentences('Budi berkata: “Kami siap. Kami menang.” Lalu ia pergi.', 'id')).toEqual([
      'Budi berkata: “Kami siap.',
      'Kami menang.”',
      'Lalu ia pergi.',
    ]);
  });

  it('always ends a segment at a paragraph break, with exact offsets', () => {
    const input = 'Satu kalimat tanpa titik\nDua. Tiga.\r\n\n  Empat lagi.  ';
    expect(sentences(input, 'id')).toEqual(['Satu kalimat tanpa titik', 'Dua.', 'Tiga.', 'Empat lagi.']);
  });

  it('does not let a quote or an abbreviation reach across a paragraph break', () => {
    expect(sentences('“Kami siap.\nKami menang,” kata Budi.', 'id')).toEqual(['“Kami siap.', 'Kami menang,” kata Budi.']);
    expect(sentences('Alamatnya Jl.\nSudirman.', 'id')).toEqual(['Alamatnya Jl.', 'Sudirman.']);
  });

  it.each([
    ['pk.', 'Apel dimulai pk. 07.30 WIB di markas. Lalu pergi.', 'Apel dimulai pk. 07.30 WIB di markas.'],
    ['Pol.', 'Kombes Pol. Satake Bayu membenarkan. Lalu pergi.', 'Kombes Pol. Satake Bayu membenarkan.'],
    ['Kompol.', 'Wakapolres Kompol. Rina Hapsari hadir. Lalu pergi.', 'Wakapolres Kompol. Rina Hapsari hadir.'],
    ['AKBP Pol.', 'Kapolres AKBP Pol. Petrus hadir. Lalu pergi.', 'Kapolres AKBP Pol. Petrus hadir.'],
    ['Brigjen. Pol.', 'Brigjen. Pol. Ahmad Ramadhan hadir. Lalu pergi.', 'Brigjen. Pol. Ahmad Ramadhan hadir.'],
    ['s.d.', 'Pemeriksaan Senin s.d. Kamis di Polda. Lalu pergi.', 'Pemeriksaan Senin s.d. Kamis di Polda.'],
    ['a.n.', 'Surat itu a.n. Kapolda Jateng. Lalu pergi.', 'Surat itu a.n. Kapolda Jateng.'],
    ['dll. + lower case', 'Beras, gula, dll. dibagikan warga. Lalu pergi.', 'Beras, gula, dll. dibagikan warga.'],
    ['dst. + lower case', 'Saksi, bukti, dst. sesuai prosedur. Lalu pergi.', 'Saksi, bukti, dst. sesuai prosedur.'],
  ])('keeps the police/time abbreviation %s inside its sentence', (_abbr, input, first) => {
    const out = sentences(input, 'id');
    expect(out).toEqual([first, 'Lalu pergi.']);
  });

  it('ends a sentence after dll. or dst. when a capitalised sentence follows', () => {
    expect(sentences('Bantuan berupa beras, selimut, dll. Semua dicatat.', 'id')).toEqual([
      'Bantuan berupa beras, selimut, dll.',
      'Semua dicatat.',
    ]);
    expect(sentences('Ia menjelaskan penangkapan, penyitaan, dst. Hakim menunda sidang.', 'id')).toEqual([
      'Ia menjelaskan penangkapan, penyitaan, dst.',
      'Hakim menunda sidang.',
    ]);
  });

  it('segments the police/time abbreviation fixture exactly as labelled', () => {
    for (const gold of abbrevFixture.paragraphs) expect(sentences(gold.join(' '), 'id')).toEqual(gold);
  });
});
