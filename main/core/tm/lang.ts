// Language codes: our three languages, and how TMX tags (id-ID, en-US, ko-KR, legacy "in") map onto them.
import type { Lang } from '../../../preload/contract/define';
import { AppError } from '../errors';
import type { TmPair } from './types';

export const LANGS: readonly Lang[] = ['id', 'en', 'ko'];

const PRIMARY: Record<string, Lang> = { id: 'id', in: 'id', ind: 'id', en: 'en', eng: 'en', ko: 'ko', kor: 'ko' };

/** A syntactically plausible BCP 47 tag (we do not check the registry). */
export function isLanguageTag(tag: string): boolean {
  return /^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*$/.test(tag);
}

/** id-ID → id, en-US → en, ko-KR → ko; any other language → null. */
export function toLang(tag: string | undefined): Lang | null {
  if (!tag) return null;
  const primary = tag.trim().split(/[-_]/)[0].toLowerCase();
  return PRIMARY[primary] ?? null;
}

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/** Throws tm.badPair unless from and to are two different languages of ours. */
export function checkPair(pair: { from: unknown; to: unknown }): TmPair {
  if (!isLang(pair.from) || !isLang(pair.to) || pair.from === pair.to) {
    throw new AppError('tm.badPair', `Not a supported language pair: ${String(pair.from)} → ${String(pair.to)}`, {
      from: String(pair.from),
      to: String(pair.to),
    });
  }
  return { from: pair.from, to: pair.to };
}

export const pairKey = (p: TmPair) => `${p.from}-${p.to}`;
