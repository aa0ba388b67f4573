// The quote rule files (resources/quote-rules/*.json): every file validates, and each rule family does its job in a
// sentence written for this test.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../main/core/quotes';
import { cuePolarity, ruleWords } from '../../../main/core/quotes/rules';
import { QuoteRulesFile, REQUIRED_FAMILIES } from '../../../main/core/quotes/rules-schema';
import type { Lang } from '../../../preload/contract/define';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../resources/quote-rules');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

const one = (text: string, lang: Lang, part: string, kind?: 'direct' | 'indirect') =>
  detect(text, lang).quotes.find((q) => q.text.includes(part) && (!kind || q.kind === kind));

describe('quote rule files', () => {
  it('there is one file per language', () => {
    expect(files.sort()).toEqual(['en.json', 'id.json', 'ko.json']);
  });

  for (const f of files) {
    it(`${f} validates against the schema, has every family and a one-line note on every entry`, () => {
      const raw = JSON.parse(readFileSync(path.join(DIR, f), 'utf8'));
      const r = QuoteRulesFile.safeParse(raw);
      expect(r.success, r.success ? '' : JSON.stringify(r.error.issues)).toBe(true);
      const lang = f.slice(0, 2) as Lang;
      expect(raw.lang).toBe(lang);
      for (const fam of REQUIRED_FAMILIES[lang]) expect(ruleWords(lang, fam).length, fam).toBeGreaterThan(0);
    });
  }

  it('rejects a file with a missing note, a missing family, a stray field or a denial without its polarity', () => {
    const good = JSON.parse(readFileSync(path.join(DIR, 'en.json'), 'utf8'));
    const noNote = structuredClone(good);
    delete noNote.families.roles[0].note;
    expect(QuoteRulesFile.safeParse(noNote).success).toBe(false);
    const noFamily = structuredClone(good);
    delete noFamily.families.postCues;
    expect(QuoteRulesFile.safeParse(noFamily).success).toBe(false);
    const stray = structuredClone(good);
    stray.families.roles[0].speaker = 'someone';
    expect(QuoteRulesFile.safeParse(stray).success).toBe(false);
    const unmarked = structuredClone(good);
    delete unmarked.families.denials[0].polarity;
    expect(QuoteRulesFile.safeParse(unmarked).success).toBe(false);
    const twoLines = structuredClone(good);
    twoLines.families.roles[0].note = 'first line\nsecond line';
    expect(QuoteRulesFile.safeParse(twoLines).success).toBe(false);
  });

  it('expands English regular verbs to their forms', () => {
    const strong = ruleWords('en', 'sayStrong');
    for (const w of ['warn', 'warns', 'warned', 'noted', 'replied']) expect(strong).toContain(w);
    expect(strong).not.toContain('notes_'); // "_" never survives loading
  });
});

describe('rule families at work (id)', () => {
  it('postCues / postCuesNya: "kata X" and "akunya" after a quote', () => {
    expect(one('“Kami siap,” kata Rudi Hartono.', 'id', 'Kami siap')?.speaker?.name).toBe('Rudi Hartono');
    expect(one('Rudi Hartono hadir. “Saya lelah,” akunya.', 'id', 'Saya lelah')?.cue).toBe('akunya');
  });
  it('sayStrong / sayWeak: a strong verb reports directly, a weak one only with a comma or "bahwa"', () => {
    expect(one('Rudi Hartono menilai harga cabai terlalu tinggi.', 'id', 'harga cabai', 'indirect')).toBeDefined();
    expect(one('Rudi Hartono menyampaikan terima kasih kepada warga desa.', 'id', 'terima kasih', 'indirect')).toBeUndefined();
    expect(one('Rudi Hartono menyampaikan, harga cabai terlalu tinggi.', 'id', 'harga cabai', 'indirect')).toBeDefined();
  });
  it('denials: membantah / bantahnya mark the quote as denied', () => {
    expect(one('Rudi Hartono membantah bahwa ia menerima uang.', 'id', 'menerima uang', 'indirect')?.polarity).toBe('denies');
    expect(cuePolarity('bantahnya', 'id')).toBe('denies');
    expect(cuePolarity('kata', 'id')).toBe('asserts');
  });
  it('negation: "belum mau mengatakan" reports nothing', () => {
    expect(one('Rudi Hartono belum mau mengatakan siapa pelakunya.', 'id', 'siapa pelakunya')).toBeUndefined();
  });
  it('adverbs / connectorStart / adjunct / days: they stay out of the speaker', () => {
    expect(one('Sementara itu, Rudi Hartono juga mengatakan, stok beras aman.', 'id', 'stok beras')?.speaker?.name).toBe('Rudi Hartono');
    expect(one('“Stok aman,” kata Rudi Hartono saat ditemui di pasar, Senin.', 'id', 'Stok aman')?.speaker?.name).toBe('Rudi Hartono');
  });
  it('pronouns: "ia" points back to the person in focus', () => {
    expect(one('Rudi Hartono tiba pukul 09.00. Ia mengatakan, stok beras aman.', 'id', 'stok beras')?.speaker?.name).toBe('Rudi Hartono');
  });
  it('notSpeaker: "Menurut data …" names no speaker', () => {
    expect(detect('Menurut data BPS, inflasi turun tipis bulan lalu.', 'id').speakers).toEqual([]);
  });
  it('roles / titles / placeOrg / roleAcronyms: role and rank stay out of the name; an acronym finds its office', () => {
    const text = 'Menteri Perhubungan Hendra Kusuma meninjau jalur mudik. “Jalur aman,” kata Menhub.\nKapolda Jateng Irjen Pol Agus Salim mengatakan, pengamanan arus mudik sudah siap.';
    expect(one(text, 'id', 'Jalur aman')?.speaker?.name).toBe('Hendra Kusuma');
    expect(one(text, 'id', 'pengamanan arus')?.speaker?.name).toBe('Agus Salim');
  });
});

describe('rule families at work (en)', () => {
  it('postCues / sayStrong / sayWeak', () => {
    expect(one('"We are ready," said Mary Jones.', 'en', 'We are ready')?.speaker?.name).toBe('Mary Jones');
    expect(one('Mary Jones warned the levee could fail.', 'en', 'the levee could fail', 'indirect')).toBeDefined();
    expect(one('Mary Jones announced a new levee plan for the town.', 'en', 'new levee plan', 'indirect')).toBeUndefined();
  });
  it('denials: "denied that" marks the quote as denied', () => {
    expect(one('Mary Jones denied that the levee had failed.', 'en', 'the levee had failed', 'indirect')?.polarity).toBe('denies');
    expect(cuePolarity('said', 'en')).toBe('asserts');
  });
  it('negation: "declined to say" reports nothing', () => {
    expect(one('Mary Jones declined to say whether the levee failed.', 'en', 'whether the levee')).toBeUndefined();
  });
  it('adverbs / connectorStart / adjunct / days / titles / roles / placeOrg', () => {
    expect(one('Meanwhile, Mary Jones also said the levee held.', 'en', 'the levee held')?.speaker?.name).toBe('Mary Jones');
    expect(one('"It held," said Dr. Mary Jones on Monday.', 'en', 'It held')?.speaker?.name).toBe('Mary Jones');
    expect(one('"It held," Foreign Minister Mary Jones said.', 'en', 'It held')?.speaker?.role).toBe('Foreign Minister');
  });
  it('pronouns and notSpeaker', () => {
    expect(one('Mary Jones arrived late. She said the levee held.', 'en', 'the levee held')?.speaker?.name).toBe('Mary Jones');
    expect(detect('According to the survey, most residents stayed home.', 'en').speakers).toEqual([]);
  });
});

describe('rule families at work (ko)', () => {
  it('quotative / sayVerbs: ”라고 말했다', () => {
    expect(one('정민수 시장은 “예산을 늘리겠다”고 말했다.', 'ko', '예산을')?.speaker?.name).toBe('정민수');
  });
  it('denials: 부인했다 marks the quote as denied', () => {
    expect(one('정민수 시장은 “돈을 받은 적이 없다”며 의혹을 부인했다.', 'ko', '돈을 받은')?.cue).toContain('며');
    expect(cuePolarity('고 부인했다', 'ko')).toBe('denies');
    expect(cuePolarity('고 말했다', 'ko')).toBe('asserts');
  });
  it('roles / surnames: "정 시장" points back to 정민수', () => {
    const text = '정민수 시장은 “예산을 늘리겠다”고 말했다. 정 시장은 “세금은 그대로다”라고 덧붙였다.';
    expect(one(text, 'ko', '세금은')?.speaker?.name).toBe('정민수');
  });
  it('orgSuffixes / groupNouns / knownBodies: bodies speak as one', () => {
    expect(one('국토교통부는 “공사를 재개한다”고 밝혔다.', 'ko', '공사를')?.speaker?.name).toBe('국토교통부');
    expect(one('현지 언론은 “피해가 크다”고 전했다.', 'ko', '피해가')?.speaker?.name).toBe('현지 언론');
  });
  it('pronouns / connectors / stopNames / countries', () => {
    const text = '정민수 시장은 “예산을 늘리겠다”고 말했다. 이어 그는 “세금은 그대로다”라고 덧붙였다.';
    expect(one(text, 'ko', '세금은')?.speaker?.name).toBe('정민수');
    expect(one('이날 김영희 주한 미국대사는 “협력하겠다”고 말했다.', 'ko', '협력하겠다')?.speaker?.name).toBe('김영희');
  });
  it('notSpeaker: "보고서에 따르면" names no speaker', () => {
    expect(detect('보고서에 따르면 수출이 줄었다.', 'ko').speakers).toEqual([]);
  });
});
