// i18n keys are checked: every namespace has the same keys and placeholders in id, en and ko, and every key the
// renderer uses exists — literal ones and those listed in i18nKeys maps; a key built from a template fails.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scanKeys } from './key-scan';

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

/** A key exists, or its plural forms do (i18next picks key_one / key_other from `count`). */
function hasKey(en: Record<string, Record<string, string>>, ns: string, key: string): boolean {
  return key in (en[ns] ?? {}) || `${key}_other` in (en[ns] ?? {});
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

  it('contain every key the renderer uses, literal or listed in an i18nKeys map; no key is built from a template', () => {
    const missing: string[] = [];
    const dynamic: string[] = [];
    let seen = 0;
    for (const file of files(join(ROOT, 'renderer/src'))) {
      const rel = file.replace(ROOT + '/', '');
      const scan = scanKeys(readFileSync(file, 'utf8'), file);
      seen += scan.keys.length;
      for (const { ns, key, line } of scan.keys) if (!hasKey(byLang.en, ns, key)) missing.push(`${rel}:${line}: ${ns}:${key}`);
      for (const line of scan.unqualified) missing.push(`${rel}:${line}: i18nKeys value without a namespace`);
      // errorText turns an error code from main into errors:<code>: those keys are checked against main's throw
      // sites by error-params.test.ts, and a missing one falls back to main's message.
      if (rel !== 'renderer/src/lib/i18n.ts') for (const line of scan.dynamic) dynamic.push(`${rel}:${line}`);
    }
    expect(seen).toBeGreaterThan(500);
    expect(missing).toEqual([]);
    expect(dynamic, 'keys built at run time: list them in an i18nKeys map').toEqual([]);
  });

  it('the scan sees keys chosen through a map, and catches a template key and a missing one', () => {
    const src = `import { i18nKeys } from '../../lib/i18nKeys';
      const STATUS_KEY = i18nKeys({ draft: 'translate:status.draft', gone: 'translate:status.nope' });
      const BARE = i18nKeys({ draft: 'status.draft' });
      export function Row({ s }: { s: string }) {
        const { t } = useTranslation('translate');
        const k = \`status.\${s}\`;
        return [t(STATUS_KEY.draft), t(\`status.\${s}\`), t('status.' + s), t(k), t(s === 'x' ? 'status.new' : 'status.missing'), BARE];
      }`;
    const scan = scanKeys(src, 'renderer/src/features/translate/Row.tsx');
    expect(scan.dynamic).toEqual([7, 7, 7]);
    expect(scan.unqualified).toEqual([3]);
    const missing = scan.keys.filter(({ ns, key }) => !hasKey(byLang.en, ns, key)).map(({ ns, key }) => `${ns}:${key}`);
    expect(missing).toEqual(['translate:status.nope', 'translate:status.missing']);
    expect(scan.keys.map((k) => k.key)).toContain('status.draft');
  });
});
