// No "{{…}}" ever reaches a user: every error thrown in main fills each placeholder its text uses, in id/en/ko.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { toErrorPayload, AppError } from '../../../main/core/errors';

const ROOT = resolve(import.meta.dirname, '../../..');
const LANGS = ['id', 'en', 'ko'];

function errorTexts(lang: string): Record<string, string> {
  const dir = join(ROOT, 'resources/locales', lang);
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((n) => n.startsWith('errors-') && n.endsWith('.json'))) Object.assign(out, JSON.parse(readFileSync(join(dir, f), 'utf8')));
  return out;
}
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(n) ? [p] : [];
  });
}
const vars = (s: string) => new Set([...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]));

/** The text of the call's argument list after `new AppError(`, up to its closing parenthesis. */
function argsAt(src: string, from: number): string {
  let depth = 1;
  let i = from;
  let quote: string | null = null;
  for (; i < src.length && depth > 0; i++) {
    const c = src[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
  }
  return src.slice(from, i - 1);
}

/** Top-level keys of an object literal like `{ path: dir, id, n: x.length }`. */
function literalKeys(obj: string): Set<string> | null {
  if (!obj.startsWith('{')) return null;
  const keys = new Set<string>();
  let depth = 0;
  let token = '';
  for (const c of obj.slice(1, -1) + ',') {
    if ('([{'.includes(c)) depth++;
    if (')]}'.includes(c)) depth--;
    if (depth === 0 && c === ',') {
      const t = token.trim();
      if (t.startsWith('...')) return null; // a spread: keys unknown statically
      const k = /^['"]?([A-Za-z_$][\w$]*)['"]?\s*(:|$)/.exec(t)?.[1];
      if (k) keys.add(k);
      token = '';
    } else token += c;
  }
  return keys;
}

describe('error placeholders', () => {
  const texts = Object.fromEntries(LANGS.map((l) => [l, errorTexts(l)]));
  const sites: { where: string; code: string; keys: Set<string> }[] = [];
  for (const f of files(join(ROOT, 'main'))) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/new AppError\(\s*/g)) {
      const args = argsAt(src, m.index! + m[0].length);
      const code = /^'([\w.-]+)'/.exec(args)?.[1];
      if (!code) continue; // a computed code: checked at run time by errorText's fallback
      // Split off the third argument (params) at top level.
      const parts: string[] = [];
      let depth = 0;
      let cur = '';
      let quote: string | null = null;
      for (let i = 0; i < args.length; i++) {
        const c = args[i];
        if (quote) {
          cur += c;
          if (c === '\\') cur += args[++i];
          else if (c === quote) quote = null;
          continue;
        }
        if (c === "'" || c === '"' || c === '`') quote = c;
        if ('([{'.includes(c)) depth++;
        if (')]}'.includes(c)) depth--;
        if (depth === 0 && c === ',') {
          parts.push(cur.trim());
          cur = '';
        } else cur += c;
      }
      if (cur.trim()) parts.push(cur.trim());
      const keys = parts[2] === undefined ? new Set<string>() : literalKeys(parts[2]);
      if (keys) sites.push({ where: `${relative(ROOT, f)}:${src.slice(0, m.index).split('\n').length}`, code, keys });
    }
  }

  it('finds the error call sites it checks', () => {
    expect(sites.length).toBeGreaterThan(50);
  });

  it('every placeholder of every thrown error is filled, in every language', () => {
    const unfilled: string[] = [];
    for (const s of sites) {
      for (const lang of LANGS) {
        const text = texts[lang][s.code];
        if (text === undefined) continue; // a missing key falls back to the message (keys.test covers coverage)
        for (const v of vars(text)) if (!s.keys.has(v) && v !== 'message') unfilled.push(`${s.where} ${s.code} [${lang}] {{${v}}}`);
      }
    }
    expect(unfilled).toEqual([]);
  });

  it('an unexpected error carries its message as a parameter', () => {
    const p = toErrorPayload(new Error('boom'));
    expect(p).toMatchObject({ code: 'internal', params: { message: 'boom' } });
    expect(toErrorPayload(Object.assign(new Error('disk'), { code: 'ENOSPC', path: '/x' })).params).toMatchObject({ path: '/x' });
    expect(toErrorPayload(new AppError('store.locked', 'm', { path: 'p', pid: 1 })).params).toEqual({ path: 'p', pid: 1 });
  });
});
