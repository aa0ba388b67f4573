// Locale-aware number and date extraction for id, en and ko news copy.
import { describe, expect, it } from 'vitest';
import { extractDates, extractNumbers, parseLocaleNumber } from '../../../main/core/qa';

const keys = (text: string, lang: 'id' | 'en' | 'ko') => extractNumbers(text, lang).map((n) => n.key);

describe('parseLocaleNumber', () => {
  it('reads Indonesian and English/Korean conventions', () => {
    expect(parseLocaleNumber('1.234', 'id')).toBe(1234);
    expect(parseLocaleNumber('1.234,5', 'id')).toBe(1234.5);
    expect(parseLocaleNumber('2,5', 'id')).toBe(2.5);
    expect(parseLocaleNumber('1,234', 'en')).toBe(1234);
    expect(parseLocaleNumber('1,234.5', 'ko')).toBe(1234.5);
    expect(parseLocaleNumber('1.5', 'id')).toBeNull();
    expect(parseLocaleNumber('1,5', 'en')).toBeNull();
  });
});

describe('extractNumbers', () => {
  it('gives the same keys for the same figures across id, en and ko', () => {
    const id = keys('Sebanyak 1.234 orang, anggaran Rp1,5 triliun, naik 2,5 persen pada pukul 15.00 WIB.', 'id');
    const en = keys('Some 1,234 people, a budget of Rp1.5 trillion, up 2.5 percent at 3 p.m.', 'en');
    const ko = keys('1,234명, 예산 1조5천억 루피아, 2.5% 상승, 오후 3시.', 'ko');
    expect(id).toEqual(['n:1234', 'n:1500000000000', 'n:2.5', 't:3:00']);
    expect(en).toEqual(id);
    expect(ko).toEqual(id);
  });

  it('reads Korean myriad units', () => {
    expect(keys('150만 명', 'ko')).toEqual(['n:1500000']);
    expect(keys('3억 5천만 원', 'ko')).toEqual(['n:350000000']);
    expect(keys('1.5조 원과 3천만원', 'ko')).toEqual(['n:1500000000000', 'n:30000000']);
    expect(keys('1만2천 명', 'ko')).toEqual(['n:12000']);
    // a unit chain never swallows a following plain number
    expect(keys('3만 10명', 'ko')).toEqual(['n:30000', 'n:10']);
  });

  it('reads scale words and keeps unreadable tokens verbatim', () => {
    expect(keys('Rp 2 juta dan 3 ribu', 'id')).toEqual(['n:2000000', 'n:3000']);
    expect(keys('$4.2 billion', 'en')).toEqual(['n:4200000000']);
    expect(keys('naik 1.5 poin', 'id')).toEqual(['raw:1.5']);
  });

  it('leaves numbers inside dates to the date check and does not take 3시간 for a time', () => {
    expect(keys('Pada 12 Januari 2024, 300 orang hadir.', 'id')).toEqual(['n:300']);
    expect(keys('3시간 동안', 'ko')).toEqual(['n:3']);
  });
});

describe('extractDates', () => {
  it('reads Indonesian dates and datelines', () => {
    expect(extractDates('Semarang, Senin (12/2/2024) - Sejak 1 Mei lalu hingga Desember 2023', 'id').map(({ y, m, d }) => [y, m, d])).toEqual([
      [2024, 2, 12],
      [undefined, 5, 1],
      [2023, 12, undefined],
    ]);
  });

  it('reads English and Korean dates', () => {
    expect(extractDates('On Jan. 12, 2024 and 3rd of March', 'en').map(({ y, m, d }) => [y, m, d])).toEqual([
      [2024, 1, 12],
      [undefined, 3, 3],
    ]);
    expect(extractDates('2024년 1월 12일과 3월, 그리고 2024. 2. 5.', 'ko').map(({ y, m, d }) => [y, m, d])).toEqual([
      [2024, 1, 12],
      [undefined, 3, undefined],
      [2024, 2, 5],
    ]);
  });

  it('does not treat a bare month name as a date ("may" is also a verb)', () => {
    expect(extractDates('Officials may 12 times review it in May.', 'en')).toEqual([]);
  });
});
