// Every error code the export area throws has English, Indonesian and Korean text with the same parameters.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './fixtures';

const SRC = [resolve(REPO, 'main/core/export'), resolve(REPO, 'main/cli/export.ts')];
const sources = SRC.flatMap((p) =>
  p.endsWith('.ts') ? [readFileSync(p, 'utf8')] : readdirSync(p).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(resolve(p, f), 'utf8')),
);
const thrown = new Set(sources.flatMap((s) => [...s.matchAll(/AppError\(\s*'([^']+)'/g)].map((m) => m[1])));
const locale = (lang: string) => JSON.parse(readFileSync(resolve(REPO, `resources/locales/${lang}/errors-export.json`), 'utf8')) as Record<string, string>;
const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('export error texts', () => {
  it('finds the codes it checks', () => {
    expect(thrown.size).toBeGreaterThanOrEqual(8);
  });

  for (const lang of ['en', 'id', 'ko']) {
    it(`${lang}: every thrown code has a text, with the English parameters`, () => {
      const en = locale('en');
      const texts = locale(lang);
      for (const code of thrown) {
        expect(texts[code], `${lang} ${code}`).toBeTruthy();
        expect(params(texts[code]), `${lang} ${code}`).toEqual(params(en[code]));
      }
      expect(Object.keys(texts).sort()).toEqual(Object.keys(en).sort());
    });
  }
});
