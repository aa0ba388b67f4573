// Dateline / credit-line recognition across id, en and ko wire styles, and lines that are not credits.
import { describe, it, expect } from 'vitest';
import { normalisePlace, parseDateline } from '../../../main/core/articles/dateline';

const CASES: [string, { outlet: string; place: string; byline?: string }, string][] = [
  ['MONITOR, Semarang – Gubernur Jawa Tengah Ganjar Pranowo', { outlet: 'MONITOR', place: 'Semarang' }, 'Gubernur'],
  ['SEMARANG, KOMPAS.com – Wali Kota Semarang', { outlet: 'KOMPAS.com', place: 'Semarang' }, 'Wali'],
  ['JAKARTA (ANTARA) - Presiden Joko Widodo', { outlet: 'ANTARA', place: 'Jakarta' }, 'Presiden'],
  ['Jakarta, CNN Indonesia -- Menteri Keuangan', { outlet: 'CNN Indonesia', place: 'Jakarta' }, 'Menteri'],
  ['WASHINGTON (Reuters) - The U.S. Senate on Tuesday', { outlet: 'Reuters', place: 'Washington' }, 'The U.S.'],
  ['(자카르타=연합뉴스) 김철수 기자 = 인도네시아 정부는', { outlet: '연합뉴스', place: '자카르타', byline: '김철수 기자' }, '인도네시아'],
  ['(서울=연합뉴스) 정부는 오늘', { outlet: '연합뉴스', place: '서울' }, '정부는'],
  ['[서울=뉴시스] 김철수·이영희 기자 = 국회는', { outlet: '뉴시스', place: '서울', byline: '김철수·이영희 기자' }, '국회는'],
  ['(워싱턴=연합뉴스) 박영희 특파원 = 미국 국무부는', { outlet: '연합뉴스', place: '워싱턴', byline: '박영희 특파원' }, '미국'],
  ['SEOUL, June 5 (Yonhap) -- South Korea', { outlet: 'Yonhap', place: 'Seoul' }, 'South'],
  ['TEMPO.CO, Jakarta - Menteri Luar Negeri', { outlet: 'TEMPO.CO', place: 'Jakarta' }, 'Menteri'],
  ['BANDA ACEH, KOMPAS.com — Gempa bumi', { outlet: 'KOMPAS.com', place: 'Banda Aceh' }, 'Gempa'],
  ['WASHINGTON (AP) — President', { outlet: 'AP', place: 'Washington' }, 'President'],
  ['Liputan6.com, Jakarta - Kepala BMKG', { outlet: 'Liputan6.com', place: 'Jakarta' }, 'Kepala'],
  ['KOMPAS.com - Presiden Prabowo', { outlet: 'KOMPAS.com', place: '' }, 'Presiden'],
  ['Jakarta - Presiden Prabowo', { outlet: '', place: 'Jakarta' }, 'Presiden'],
  ['PURWOREJO, Harian Jogja—Bupati', { outlet: 'Harian Jogja', place: 'Purworejo' }, 'Bupati'],
  ['LONDON (Reuters) -Oil prices rose', { outlet: 'Reuters', place: 'London' }, 'Oil'],
];

describe('parseDateline: credits', () => {
  for (const [line, want, rest] of CASES) {
    it(line.slice(0, 40), () => {
      const m = parseDateline(line);
      expect(m).not.toBeNull();
      expect({ outlet: m!.outlet, place: m!.place }).toEqual({ outlet: want.outlet, place: want.place });
      expect(m!.byline).toBe(want.byline ?? '');
      expect(line.slice(m!.length).startsWith(rest)).toBe(true);
    });
  }
});

describe('parseDateline: not credits', () => {
  const NOT = [
    'Menurut Ganjar, penguatan kerjasama – katanya',
    'Ini momentum buat saya - kata dia',
    '(사진=연합뉴스) 정부는 오늘',
    'Gubernur Jawa Tengah, Ganjar Pranowo – kata dia',
    'The minister, who spoke Monday - said the plan',
    '2024 - tahun politik',
    'Presiden Joko Widodo, Senin (12/3) - mengatakan',
    '“Ekonominya kita masuk pada industri,” kata Ganjar.',
    '정부는 오늘 - 새로운 정책을 발표했다',
    'design-design kreatif dari industri otomotif',
    '',
  ];
  for (const line of NOT) it(JSON.stringify(line.slice(0, 40)), () => expect(parseDateline(line)).toBeNull());
});

describe('normalisePlace', () => {
  it('title-cases capitals and keeps known abbreviations and mixed case', () => {
    expect(normalisePlace('SEMARANG')).toBe('Semarang');
    expect(normalisePlace('BANDA ACEH')).toBe('Banda Aceh');
    expect(normalisePlace('DKI JAKARTA')).toBe('DKI Jakarta');
    expect(normalisePlace('New York')).toBe('New York');
    expect(normalisePlace('자카르타')).toBe('자카르타');
  });
});
