// findTerms / findForbidden on realistic id, en and ko news sentences with the starter glossary.
import { describe, expect, it } from 'vitest';
import { findForbidden, findTerms, starterGlossary, entryOccursIn } from '../../../main/core/glossary';
import type { GlossaryEntry } from '../../../preload/contract/models';

const g = starterGlossary();
const ids = (hits: { entryId: string }[]) => hits.map((h) => h.entryId);

describe('findTerms', () => {
  it('finds Jateng in Indonesian copy and offers 중부 자바 for Korean', () => {
    const text = 'Gubernur Jateng Ganjar Pranowo menerima kunjungan Dubes Korsel di Semarang.';
    const hits = findTerms(text, 'id', g);
    const jateng = hits.find((h) => h.entryId === 'jateng')!;
    expect(jateng.term).toBe('Jateng');
    expect(text.slice(jateng.start, jateng.end)).toBe('Jateng');
    expect(jateng.translations).toEqual({ id: 'Jateng', en: 'Central Java', ko: '중부 자바' });
    expect(ids(hits)).toEqual(['gubernur', 'jateng', 'dubes', 'korsel']);
  });

  it('prefers the longest term and is case-insensitive on word boundaries', () => {
    const hits = findTerms('Banjir melanda JAWA TENGAH dan jawa tengah bagian selatan.', 'id', g);
    expect(hits.map((h) => h.term)).toEqual(['JAWA TENGAH', 'jawa tengah']);
    expect(findTerms('Jatengan bukan istilah.', 'id', g)).toEqual([]);
  });

  it('allows the Indonesian -nya suffix but keeps the term span without it', () => {
    const [hit] = findTerms('Presidennya hadir.', 'id', g);
    expect(hit.entryId).toBe('presiden');
    expect(hit.term).toBe('Presiden');
  });

  it('matches acronyms case-sensitively (BI is the central bank, "bi" is not)', () => {
    expect(ids(findTerms('Menurut BI, inflasi turun.', 'id', g))).toEqual(['bi']);
    expect(findTerms('kata bi Inah di pasar', 'id', g)).toEqual([]);
  });

  it('matches Korean terms followed by particles, not inside longer words', () => {
    const text = '중부 자바 주지사는 한국의 대사와 만났고 한국은 주한 인도네시아 대사관에서 발표했다.';
    const hits = findTerms(text, 'ko', g);
    expect(ids(hits)).toEqual(['jateng', 'gubernur', 'korsel', 'dubes', 'korsel', 'kbri']);
    // 대사관 (embassy) is not 대사 (ambassador); 한국은행 (Bank of Korea) is not 한국 + particle.
    expect(ids(findTerms('대사관 직원과 한국은행 관계자', 'ko', g))).toEqual([]);
  });

  it('accepts an English plural', () => {
    expect(ids(findTerms('Three governors and the regional police met.', 'en', g))).toEqual(['gubernur', 'polda']);
  });

  it('works on an ad-hoc glossary and reports every language', () => {
    const entries: GlossaryEntry[] = [
      { id: 'k', terms: { id: ['K-Wave'], en: ['Korean Wave'], ko: ['한류'] }, forbidden: { id: [], en: [], ko: [] }, note: '' },
    ];
    const [hit] = findTerms('K-Wave melanda Jakarta', 'id', entries);
    expect(hit.translations.ko).toBe('한류');
    expect(entryOccursIn('한류 열풍이', 'ko', entries[0])).toBe(true);
  });
});

describe('findForbidden', () => {
  it('flags 자바 중부 and 도지사 in Korean and suggests the glossary term', () => {
    const hits = findForbidden('자바 중부의 도지사는 루피로 계산했다.', 'ko', g);
    expect(hits.map((h) => [h.term, h.translations.ko])).toEqual([
      ['자바 중부', '중부 자바'],
      ['도지사', '주지사'],
      ['루피', '루피아'],
    ]);
  });

  it('does not flag a forbidden variant inside an allowed term', () => {
    const entries: GlossaryEntry[] = [
      { id: 'sk', terms: { id: [], en: ['South Korea'], ko: [] }, forbidden: { id: [], en: ['Korea'], ko: [] }, note: '' },
    ];
    expect(findForbidden('South Korea said', 'en', entries)).toEqual([]);
    expect(findForbidden('Korea said', 'en', entries).map((h) => h.variant)).toEqual(['Korea']);
  });

  it('flags the non-standard Indonesian spelling Walikota', () => {
    expect(findForbidden('Walikota Semarang hadir.', 'id', g).map((h) => h.entryId)).toEqual(['wali-kota']);
  });
});
