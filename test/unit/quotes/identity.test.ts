// Detection output pinned on long generated articles (and the real news in ../shared, where present): a speed change to
// the pipeline must give byte-identical results. After an INTENDED detection change: UPDATE_DIGESTS=1 npx vitest run <this>.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../main/core/quotes';
import { shortHash, shortHashSquashed } from '../../../main/core/quotes/hash';
import { scanQuotes } from '../../../main/core/quotes/marks';
import { splitSentences } from '../../../main/core/quotes/sentences';
import type { Lang } from '../../../preload/contract/define';
import { loadFixtures } from './score';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIGESTS = path.join(HERE, 'identity-digests.json');
const DEV = path.resolve(HERE, '../../../../shared/samples/quotes-dev');
const LANGS: Lang[] = ['ko', 'id', 'en'];

/** Single marks inside and outside double quotes, which the fixtures hold too rarely to pin their handling. */
const NESTED: Partial<Record<Lang, string[]>> = {
  ko: [
    '김민수 장관은 "이번 대책은 \'전세 사기 근절\'의 첫걸음"이라고 말했다.',
    '그는 ‘지원 확대’를 강조하며 “관련 법 개정도 ‘신속히’ 하겠다”고 밝혔다.',
    "박지영 연구위원은 '재원이 부족하다'고 지적했다.",
  ],
  en: ["\"We call it 'the long winter,'\" said Ana Putri, a farmer. 'It never ends,' she added."],
};

/** Every paragraph of a language's fixtures, drawn in a fixed pseudo-random order: a long article with each construction
 *  many times, quotes running over paragraphs, speakers introduced far before they speak again. */
function generated(lang: Lang, paragraphs: number): string {
  const paras = [...loadFixtures(lang).flatMap((f) => f.text.split('\n')).filter((p) => p.trim()), ...(NESTED[lang] ?? [])];
  let seed = 7;
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    out.push(paras[seed % paras.length]);
  }
  return out.join('\n');
}

/** The annotations with ids, anchors and speakers, plus the quote spans and sentences under them (a span can change
 *  without changing any annotation of these texts, e.g. a single mark inside a double quote). */
const digest = (text: string, lang: Lang) => {
  const r = annotate(text, lang);
  const spans = scanQuotes(text);
  const all = JSON.stringify({ r, spans, sentences: splitSentences(text, spans) });
  return { quotes: r.quotes.length, speakers: r.speakers.length, sha256: createHash('sha256').update(all).digest('hex') };
};

function check(inputs: [string, string, Lang][]): void {
  const want = JSON.parse(readFileSync(DIGESTS, 'utf8')) as Record<string, ReturnType<typeof digest>>;
  const got = Object.fromEntries(inputs.map(([name, text, lang]) => [name, digest(text, lang)]));
  if (process.env.UPDATE_DIGESTS) writeFileSync(DIGESTS, JSON.stringify({ ...want, ...got }, null, 2) + '\n');
  for (const [name] of inputs) expect(got[name], name).toEqual(want[name]);
}

describe('detection output stays identical', () => {
  it('on long generated articles in ko, id and en (the Korean one ~40,000 words)', () => {
    const inputs = LANGS.map((lang): [string, string, Lang] => [`generated ${lang}`, generated(lang, lang === 'ko' ? 3500 : 1500), lang]);
    expect(inputs[0][1].split(/\s+/).length).toBeGreaterThan(30_000);
    check(inputs);
  });

  it('on the real news in ../shared/samples/quotes-dev, each article and all of a language joined (where present)', () => {
    if (!existsSync(DEV)) {
      expect(existsSync(path.join(DEV, 'gold.json'))).toBe(false); // a user's clone: the generated articles above apply
      return;
    }
    const files = readdirSync(DEV).filter((f) => /^(id|en|ko)-.*\.txt$/.test(f)).sort();
    expect(files.length).toBeGreaterThanOrEqual(18);
    const texts = files.map((f): [string, string, Lang] => [`real ${f}`, readFileSync(path.join(DEV, f), 'utf8'), f.slice(0, 2) as Lang]);
    const joined = LANGS.map((lang): [string, string, Lang] => [`real ${lang} joined`, texts.filter((t) => t[2] === lang).map((t) => t[1]).join('\n\n'), lang]);
    check([...texts, ...joined]);
  });

  it('shortHashSquashed hashes exactly what shortHash(head + text with \\s runs as one space) did', () => {
    const ws = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    const letters = ['a', 'Z', '가', '“', '”', '\u200b', '\u180e', '.', "'"]; // \u200b and \u180e are not \s
    let seed = 3;
    const pick = <T>(xs: T[]) => xs[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % xs.length];
    for (let n = 0; n < 500; n++) {
      let s = '';
      for (let i = n % 40; i > 0; i--) s += pick([ws, letters, letters]) === ws ? pick(ws) : pick(letters);
      expect(shortHashSquashed('direct\u0000', s), JSON.stringify(s)).toBe(shortHash('direct\u0000' + s.replace(/\s+/g, ' ')));
    }
  });
});
