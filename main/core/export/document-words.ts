// Words printed inside exported documents (table headers, comment fields, status names) in the document's language.
// The text lives in the locale files (resources/locales/<lng>/export-document.json, translated with the rest of the
// UI); the bundler inlines those same files into main, so the packaged app and the CLI carry them too.
import type { Lang } from '../../../preload/contract/define';
import en from '../../../resources/locales/en/export-document.json';
import id from '../../../resources/locales/id/export-document.json';
import ko from '../../../resources/locales/ko/export-document.json';

type Words = typeof en;
type Single = { [K in keyof Words]: K extends `${string}.${string}` ? never : K }[keyof Words];

/** Status names are looked up by the stored value (an unknown one prints as it is): every known value has a name
 * in every language (test/unit/export/document-words.test.ts checks them against the contract's enums). */
export type DocumentWords = Record<Single, string> & {
  segmentStatus: Record<string, string>;
  quoteStatus: Record<string, string>;
  verificationStatus: Record<string, string>;
};

const FILES: Record<Lang, Words> = { en, id, ko };

/** The entries under one prefix ("quoteStatus.confirmed" → confirmed): the status names a document prints. */
function group(file: Words, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(file)) if (k.startsWith(`${prefix}.`)) out[k.slice(prefix.length + 1)] = v;
  return out;
}

function build(file: Words): DocumentWords {
  const single = Object.fromEntries(Object.entries(file).filter(([k]) => !k.includes('.'))) as Record<Single, string>;
  return {
    ...single,
    segmentStatus: group(file, 'segmentStatus'),
    quoteStatus: group(file, 'quoteStatus'),
    verificationStatus: group(file, 'verificationStatus'),
  };
}

const BUILT = new Map<Lang, DocumentWords>();

/** The document words for a language (English for a language the app has no locale for). */
export function documentWords(lang: Lang): DocumentWords {
  const l: Lang = Object.hasOwn(FILES, lang) ? lang : 'en';
  let w = BUILT.get(l);
  if (!w) BUILT.set(l, (w = build(FILES[l])));
  return w;
}
