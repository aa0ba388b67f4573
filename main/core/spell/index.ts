// Offline spellcheck for id, en and ko: public API of main/core/spell (for IPC handlers, the CLI, QA).
//
//   getSpellchecker(lang) → Promise<Spellchecker>          one shared instance per language, loaded on first use
//   createSpellchecker({ lang, files? }) → Promise<Spellchecker>   a fresh instance (tests, other dictionaries)
//   Spellchecker: check(word) → boolean; suggest(word, limit = 5) → string[]; add(word); remove(word)
//   checkText(text, lang, { suggest? = true, maxSuggestions? = 5 }) → Promise<MisspellingWithSuggestions[]>
//       = the contract's Misspelling { start, end, word } (UTF-16 offsets, end exclusive) + suggestions?
//   checkTextWith(speller, text, opts) → the same, synchronous, with a speller in hand
//   tokenize(text, lang) → WordToken[]                      what would be checked
//   new UserDictionary(store, lang): list(), has(w), add(w) → bool, remove(w) → bool, attach(speller), detach(speller)
//       persisted in <data>/spell/user-<lang>.json
//
// What is skipped: URLs, e-mail addresses, words with digits, ALL-CAPS acronyms, one-letter words; in Korean,
// Latin runs and counters after numbers (2024년). Indonesian words with clitics (-nya, -lah, -kah, -pun, -tah,
// -ku, -mu, ku-, kau-) are accepted when their base is; Korean user words are accepted with particles.
// Newsroom lookup (default; createSpellchecker({ news: false }) turns it off): resources/spell/news-<lang>.txt word
// lists, Indonesian affixes (affixes-id.ts) and English words in Indonesian copy, Korean stems, compounds, names and
// transliterations (korean-words.ts), British spellings; checkText reads names in context (context.ts) and takes
// `names` (quote speakers, glossary). False flags per 1,000 words: `npm run bench -- spell-flags`.
// Dictionaries and licences: resources/dictionaries/README.md.
// Errors (AppError codes): spell.unsupportedLang, spell.dictionaryMissing, spell.loadFailed, spell.badWord,
// spell.langMismatch.
export { SPELL_LANGS, type Misspelling, type MisspellingWithSuggestions, type SpellLang, type Spellchecker, type WordToken } from './types';
export { createSpellchecker, getSpellchecker, assertSpellLang, type SpellcheckerOptions } from './spellchecker';
export { checkText, checkTextWith, speakerNameWords, type CheckTextOptions } from './check-text';
export { tokenize } from './tokenize';
export { UserDictionary } from './user-dictionary';
export { dictionaryFiles, type DictionaryFiles } from './dictionaries';
