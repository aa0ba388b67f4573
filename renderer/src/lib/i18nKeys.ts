// Declares i18n keys chosen at run time (a status, a format, a language…): the missing-key test
// (test/unit/i18n/keys.test.ts) reads every value of every i18nKeys({...}) map and fails on one missing in id, en
// or ko, and on a key built from a template (`status.${s}`) that it could not read. Each value names its namespace.
export type NsKey = `${string}:${string}`;

/** The map itself, typed with its literal keys (so `t(MAP[value])` is a typed key union). */
export function i18nKeys<const M extends Record<string, NsKey>>(map: M): M {
  return map;
}
