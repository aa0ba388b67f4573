// i18n keys are checked: every namespace has the same keys and placeholders in id, en and ko, and every
// literal key the renderer uses exists.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const LOCALES = join(ROOT, 'resources/locales');
const LANGS = ['id', 'en', 'ko'];

function namespaces(lang: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const f of readdirSync(join(LOCALES, lang)).filter((n) => n.endsWith('.json'))) {
    const ns = f.startsWith('errors-') ? 'errors' : f.replace(/\.json$/, '');
    out[ns] = { ...(out[ns] ?? {}), ...JSON.parse(readFileSync(join(LOCALES, lang, f), 'utf8')) };
  }
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('locales', () => {
  const byLang = Object.fromEntries(LANGS.map((l) => [l, namespaces(l)]));

  it('have the same files in id, en and ko', () => {
    const list = (l: string) => readdirSync(join(LOCALES, l)).sort();
    expect(list('id')).toEqual(list('en'));
    expect(list('ko')).toEqual(list('en'));
  });

  for (const lang of ['id', 'ko']) {
    it(`${lang} has every key of en with the same placeholders, and no empty strings`, () => {
      const missing: string[] = [];
      const extra: string[] = [];
      const badPlaceholders: string[] = [];
      for (const [ns, keys] of Object.entries(byLang.en)) {
        for (const [k, v] of Object.entries(keys)) {
          const other = byLang[lang][ns]?.[k];
          if (typeof other !== 'string' || !other.trim()) missing.push(`${ns}:${k}`);
          else if (placeholders(other).join() !== placeholders(v).join()) badPlaceholders.push(`${ns}:${k}`);
        }
      }
      for (const [ns, keys] of Object.entries(byLang[lang]))
        for (const k of Object.keys(keys)) if (!(k in (byLang.en[ns] ?? {}))) extra.push(`${ns}:${k}`);
      expect(missing, 'missing keys').toEqual([]);
      expect(extra, 'keys not in en').toEqual([]);
      expect(badPlaceholders, 'placeholders differ').toEqual([]);
    });
  }

  it('contain every literal key the renderer uses', () => {
    const missing: string[] = [];
    for (const file of files(join(ROOT, 'renderer/src'))) {
      const src = readFileSync(file, 'utf8');
      const defaultNs = /useTranslation\(\s*'([\w-]+)'/.exec(src)?.[1] ?? 'common';
      for (const m of src.matchAll(/\bt\(\s*'([^']+)'/g)) {
        const key = m[1];
        const [ns, k] = key.includes(':') ? key.split(':', 2) : [defaultNs, key];
        const has = (key: string) => key in (byLang.en[ns] ?? {});
        // A plural key is used without its suffix: i18next picks key_one / key_other from `count`.
        if (!has(k) && !has(`${k}_other`)) missing.push(`${file.replace(ROOT + '/', '')}: ${ns}:${k}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
