// Every QA code and every glossary/QA error code has a message in id, en and ko with the same placeholders.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QA_CODES } from '../../../main/core/qa';

const root = resolve(__dirname, '../../..');
const load = (lng: string, file: string) => JSON.parse(readFileSync(resolve(root, 'resources/locales', lng, file), 'utf8')) as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('QA and glossary messages', () => {
  for (const file of ['qa.json', 'errors-qa.json', 'errors-glossary.json']) {
    it(`${file} has the same keys and placeholders in id, en and ko`, () => {
      const en = load('en', file);
      for (const lng of ['id', 'ko']) {
        const other = load(lng, file);
        expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
        for (const k of Object.keys(en)) expect(placeholders(other[k]), `${lng} ${k}`).toEqual(placeholders(en[k]));
      }
    });
  }

  it('qa.json covers every QA code', () => {
    expect(Object.keys(load('en', 'qa.json')).sort()).toEqual([...QA_CODES].sort());
  });

  it('error files list the codes the code throws', () => {
    const codes = (dir: string) => {
      const src = ['repo.ts', 'csv.ts', 'tbx.ts', 'entry.ts', 'index.ts', 'analyse.ts']
        .map((f) => resolve(root, 'main/core', dir, f))
        .map((p) => { try { return readFileSync(p, 'utf8'); } catch { return ''; } })
        .join('\n');
      return [...src.matchAll(/new AppError\(\s*'([\w.]+)'/g)].map((m) => m[1]);
    };
    const glossary = load('en', 'errors-glossary.json');
    expect(codes('glossary').length).toBeGreaterThanOrEqual(6);
    expect(codes('analysis')).toEqual(['analysis.lookupFailed']);
    for (const c of codes('glossary')) expect(glossary, c).toHaveProperty([c]);
    const qa = load('en', 'errors-qa.json');
    for (const c of [...codes('qa'), ...codes('analysis')]) expect(qa, c).toHaveProperty([c]);
  });
});
