// Translation memory: public API of main/core/tm (what IPC handlers, the CLI and other features call).
//
//   const tm = new TranslationMemory(store, { shardSize?: 5000 });
//   tm.add(unit | units)                      → Promise<{ added, updated }>   upsert on source + prev + pair
//   tm.lookup(text, { from, to, prev?, limit? = 5, minScore? = 70 })
//                                              → Promise<TmMatch[]>  {unit, score (101/100/≤99), kind, diff}
//   tm.concordance(phrase, { from, to, side? = 'source' | 'target', limit? = 50 })
//                                              → Promise<ConcordanceHit[]>  {unit, ranges: [start, end)[]}
//   tm.count({ from, to }) → Promise<number>;  tm.pairs() → Promise<{from, to, count}[]>
//   tm.units({ from, to }) → Promise<TmUnit[]>;  tm.warm({ from, to }) loads or builds the index ahead of use
//   tm.flush()                                 saves lookup indexes behind their file (index-file.ts); call at exit
//   tm.indexInfo({ from, to })                 → Promise<{ units, fromFile }>  how much of the index came from file
//   tm.importTmx(xml, { origin? })            → Promise<{ imported, skipped, pairs: {from, to, count}[] }>
//   tm.exportTmx({ from, to })                → Promise<string>  (TMX 1.4)
//   buildTmx(units, { sourceLang, creationTool? }) → string;  parseTmx(xml) → TmUnit[]  (pure, no store)
//   decodeTmxBytes(bytes) → string  (UTF-8 / UTF-16 with BOM; for file imports)
//
// Errors (AppError codes): tm.badPair, tm.emptySegment, tmx.malformed. Scoring is documented in score.ts,
// the index and its exactness argument in ngram-index.ts, the on-disk layout in shards.ts, the saved index in index-file.ts.
export { TranslationMemory, type IndexInfo, type TmOptions } from './memory';
export { buildTmx, decodeTmxBytes, parseTmx, parseTmxDetailed, type BuildTmxOptions, type ParsedTmx } from './tmx';
export { naiveLookup } from './naive';
export type { LookupStats } from './lookup';
export { LANGS, toLang } from './lang';
export type {
  AddResult,
  ConcordanceHit,
  ConcordanceOptions,
  DiffPart,
  ImportResult,
  LookupOptions,
  MatchKind,
  TmMatch,
  TmPair,
  TmUnit,
  TmUnitInput,
} from './types';
