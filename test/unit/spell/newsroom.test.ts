// The newsroom spellcheck: Indonesian affixes over the dictionary, names in context, Korean stems, compounds,
// names and transliterations, British spellings, and the word lists shipped as data — without accepting typos.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTextWith, createSpellchecker, type Spellchecker } from '../../../main/core/spell';
import { indonesianAffixBases } from '../../../main/core/spell/affixes-id';
import { isKoreanCompound, koreanStems, looksLikeKoreanName } from '../../../main/core/spell/korean-words';
import { opensSentence } from '../../../main/core/spell/context';

let id: Spellchecker;
let en: Spellchecker;
let ko: Spellchecker;
beforeAll(async () => {
  [id, en, ko] = await Promise.all([createSpellchecker({ lang: 'id' }), createSpellchecker({ lang: 'en' }), createSpellchecker({ lang: 'ko' })]);
}, 60_000);

const flagged = (s: Spellchecker, text: string, names?: string[]) => checkTextWith(s, text, { suggest: false, names }).map((m) => m.word);

describe('Indonesian affixes', () => {
  it('finds the root through meN-/peN- sound changes and stacked affixes', () => {
    expect(indonesianAffixBases('memastikan')).toContain('pasti');
    expect(indonesianAffixBases('menulis')).toContain('tulis');
    expect(indonesianAffixBases('mengirim')).toContain('kirim');
    expect(indonesianAffixBases('menyapu')).toContain('sapu');
    expect(indonesianAffixBases('pencermatan')).toContain('cermat');
    expect(indonesianAffixBases('keberlanjutannya')).toContain('lanjut');
    expect(indonesianAffixBases('pascapenangkapan')).toContain('tangkap');
  });
  it('accepts derived news words, still flags typos', () => {
    expect(flagged(id, 'Warga terdampak dihadirkan, diawali berteknologi diperbarui pencermatan keberlanjutan.')).toEqual([]);
    expect(flagged(id, 'Pemerintah mengumumkan kebijakn dibdalam rapat.')).toEqual(['kebijakn', 'dibdalam']);
  });
  it('days, months and everyday news words come from the shipped list', () => {
    expect(flagged(id, 'Selasa tapi posko pemilu inflasi Januari.')).toEqual([]);
  });
});

describe('names in context', () => {
  it('a capitalised word inside a sentence is a name; at a sentence start only when written so elsewhere', () => {
    expect(flagged(id, 'Kata Isnawa di Sunter, Rahmawati datang.')).toEqual([]);
    expect(flagged(en, 'Xqzzy said so. Then Xqzzy left.')).toEqual([]);
    expect(flagged(en, 'Recieve the letter.')).toEqual(['Recieve']);
    expect(opensSentence('Hi. "Then', 5)).toBe(true);
    expect(opensSentence('He met Ann', 7)).toBe(false);
  });
  it('listed names (quote speakers, glossary) pass in any position; Korean with a particle', () => {
    expect(flagged(ko, '간자르는 말했다.', ['간자르'])).toEqual([]);
    expect(flagged(id, 'Kata isnawa.', ['Isnawa'])).toEqual([]);
    expect(flagged(id, 'Kata isnawa.')).toEqual(['isnawa']);
  });
  it('British spellings pass when the US form is known', () => {
    expect(flagged(en, 'the agency criticised the organisation for its offence in the centre of the programme')).toEqual([]);
  });
});

describe('Korean', () => {
  it('particles and endings come off before lookup; compounds and names are accepted', () => {
    expect(koreanStems('정부는')).toContain('정부');
    expect(isKoreanCompound('수상소감', (w) => ko.check(w))).toBe(true);
    expect(looksLikeKoreanName('봉준호')).toBe(true);
    expect(flagged(ko, '국토교통부는 선순위 법제사법위원회 전체회의에서 손흥민은 마틴 스콜세지를 만났다.')).toEqual([]);
  });
  it('still flags misspelt words', () => {
    expect(flagged(ko, '정부갸 발표했따')).toEqual(['정부갸', '발표했따']);
  });
});
