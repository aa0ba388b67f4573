// Translation workspace channels: projects and segments, TM (lookup, concordance, TMX), glossary, QA, analysis.
import { z } from 'zod';
import { channel, CodedMessage, Id, Lang, Ok, TaskId } from './define';
import { GlossaryEntry, Segment, SegmentStatus, TranslationProject } from './models';
import { BANDS_OUT } from './values';
import { DiffPart } from './common';

export { BANDS_OUT, DiffPart };

const SegId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a valid segment id');
const Text = z.string().max(100_000);
const SourceHash = z.string().min(1).max(32);
/** A file crossing the boundary: its name and its bytes as base64 (≤ 50 MB of data). */
const FileIn = z.object({ name: z.string().min(1).max(500), dataBase64: z.string().max(70_000_000), taskId: TaskId.optional() }).strict();
const FileOut = z.object({ fileName: z.string(), mime: z.string(), dataBase64: z.string() });

const StatusCounts = z.object({ new: z.number(), draft: z.number(), translated: z.number(), reviewed: z.number(), approved: z.number() });
/** How far a project is: source volume per segment status (main/core/translate/progress.ts computes it). */
export const Progress = z.object({
  /** 'words' for id/en sources; 'characters' for ko (see sourceVolume). */
  unit: z.enum(['words', 'characters']),
  total: z.number(),
  /** Source volume per status. */
  byStatus: StatusCounts,
  /** Number of segments per status. */
  segments: StatusCounts,
  /** Volume of translated + reviewed + approved segments. */
  done: z.number(),
  /** done / total in 0..100, rounded down; 100 for an empty project. */
  percent: z.number(),
});
export type Progress = z.infer<typeof Progress>;

export const ProjectSummary = z.object({
  id: Id,
  articleId: Id,
  sourceLang: Lang,
  targetLang: Lang,
  pivotLang: Lang.nullable(),
  updatedAt: z.string(),
  progress: Progress,
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;

export const TermHit = z.object({
  entryId: z.string(),
  start: z.number(),
  end: z.number(),
  term: z.string(),
  translations: z.object({ id: z.string(), en: z.string(), ko: z.string() }),
});
export type TermHit = z.infer<typeof TermHit>;

/** A quotation held by a segment, with its speaker as the registry spells the name in the target language. */
export const SegmentQuote = z.object({
  kind: z.enum(['direct', 'indirect']),
  exact: z.string(),
  speaker: z.string().nullable(),
  /** The speaker's spelling in the target language ('' when the registry has none). */
  targetSpelling: z.string(),
});
export type SegmentQuote = z.infer<typeof SegmentQuote>;

/** Everything the workspace needs to draw a project: segments plus per-segment highlights and badges. */
export const ProjectView = z.object({
  project: TranslationProject,
  articleTitle: z.string(),
  progress: Progress,
  /** Glossary hits in each segment's source. */
  terms: z.record(z.string(), z.array(TermHit)),
  /** Word diff of the changed source, for segments whose source changed since confirmation. */
  diffs: z.record(z.string(), z.array(DiffPart)),
  quotes: z.record(z.string(), z.array(SegmentQuote)),
  /** What re-reading the article did on open (null when nothing changed). */
  resync: z.object({ kept: z.number(), changed: z.number(), added: z.number(), removed: z.number() }).nullable(),
});
export type ProjectView = z.infer<typeof ProjectView>;

export const SegmentUpdate = z.object({ segment: Segment, progress: Progress, diff: z.array(DiffPart) });
export type SegmentUpdate = z.infer<typeof SegmentUpdate>;

/** One confirmed segment pair of the translation memory. Timestamps are ISO 8601 to the second, as TMX keeps them. */
export const TmUnit = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  sourceLang: Lang,
  targetLang: Lang,
  /** Previous source segment ('' = first segment of its document); enables in-context (101 %) matches. */
  prev: z.string().optional(),
  next: z.string().optional(),
  createdAt: z.string(),
  changedAt: z.string(),
  /** Where the unit came from: project or article id, e.g. "tmx:FILE", or a target's provenance ("mt:ENGINE"). */
  origin: z.string().optional(),
  /** The tool that made the target when it was not a human in Redaksi (e.g. the MT engine): TMX <tu creationtool>. */
  creationTool: z.string().optional(),
});
export type TmUnit = z.infer<typeof TmUnit>;
export const TmMatch = z.object({
  unit: TmUnit,
  /** Integer percent: 101 in-context, 100 exact, otherwise ≤ 99 (never rounded up to look exact). */
  score: z.number(),
  kind: z.enum(['context', 'exact', 'fuzzy']),
  /** Word diff of the match's source (delete) against the text looked up (insert). */
  diff: z.array(DiffPart),
});
export type TmMatch = z.infer<typeof TmMatch>;
/** TM matches bound to the segment (id + source hash) they were looked up for. */
export const SegmentMatches = z.object({ segId: z.string(), sourceHash: z.string(), matches: z.array(TmMatch) });
export type SegmentMatches = z.infer<typeof SegmentMatches>;
export const ConcordanceHit = z.object({
  unit: TmUnit,
  /** Where the phrase sits in unit.source or unit.target (the searched side), as [start, end) offsets. */
  ranges: z.array(z.tuple([z.number(), z.number()])),
});
export type ConcordanceHit = z.infer<typeof ConcordanceHit>;

/** One QA finding on a segment's target (main/core/qa narrows `code` to its checks). */
export const QaFindingOut = z.object({
  segmentId: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  /** Interpolation values for the message key qa:<code> (resources/locales/<lng>/qa.json). */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Where in the target the problem sits, when it is one spot (forbidden term, double space). */
  range: z.object({ start: z.number(), end: z.number() }).optional(),
});
export type QaFindingOut = z.infer<typeof QaFindingOut>;

const BandCount = z.object({ segments: z.number(), words: z.number(), characters: z.number() });
export const AnalysisOut = z.object({
  sourceLang: Lang,
  bands: z.record(z.enum(BANDS_OUT), BandCount),
  total: BandCount,
});
export type AnalysisOut = z.infer<typeof AnalysisOut>;

const Terms = z.object({
  id: z.array(z.string().max(500)).max(50),
  en: z.array(z.string().max(500)).max(50),
  ko: z.array(z.string().max(500)).max(50),
});
const GlossaryInput = z
  .object({ terms: Terms.partial(), forbidden: Terms.partial().optional(), note: z.string().max(5000).optional() })
  .strict();
/** `rejected`: the rows or concepts of an imported glossary left out, and why (an error key under "errors."). */
const ImportCounts = z.object({ added: z.number(), updated: z.number(), skipped: z.number(), total: z.number(), rejected: z.array(CodedMessage) });

const P = { projectId: Id };
const PS = { projectId: Id, segId: SegId };

export const translateContract = {
  'translate.list': channel(z.object({ articleId: Id }).strict(), z.array(ProjectSummary)),
  'translate.create': channel(
    z.object({ articleId: Id, targetLang: Lang, pivotLang: Lang.nullable() }).strict(),
    ProjectSummary,
  ),
  /** Opens a project: re-reads the article and resyncs the source first. */
  'translate.open': channel(z.object(P).strict(), ProjectView),
  'translate.delete': channel(z.object(P).strict(), Ok),
  /** `sourceHash`: for an inserted suggestion, the source it was suggested for (refused when the segment changed). */
  'translate.setTarget': channel(
    z.object({ ...PS, text: Text, origin: z.enum(['human', 'tm', 'mt']).optional(), sourceHash: SourceHash.optional() }).strict(),
    SegmentUpdate,
  ),
  'translate.setPivot': channel(z.object({ ...PS, text: Text }).strict(), SegmentUpdate),
  /** Confirms (after setting `target` when given) and stores the pair in the TM with its neighbours. */
  /** `origin`: where `target` came from when it is new to the segment (a TM insert confirmed at once); default human. */
  'translate.confirm': channel(
    z.object({ ...PS, target: Text.optional(), origin: z.enum(['human', 'tm', 'mt']).optional(), sourceHash: SourceHash.optional() }).strict(),
    SegmentUpdate,
  ),
  'translate.setStatus': channel(z.object({ ...PS, status: SegmentStatus }).strict(), SegmentUpdate),
  'translate.split': channel(z.object({ ...PS, offset: z.number().int().nonnegative() }).strict(), ProjectView),
  'translate.join': channel(z.object(PS).strict(), ProjectView),
  'translate.ignoreQa': channel(
    z.object({ ...PS, code: z.string().min(1).max(64), ignore: z.boolean() }).strict(),
    SegmentUpdate,
  ),
  /** TM matches for a segment of a project (its previous segment gives the context for 101 %). */
  /** The list is bound to the segment and the source it was looked up for: a UI inserts from it only while both hold. */
  'translate.matches': channel(z.object(PS).strict(), SegmentMatches),
  'translate.qa': channel(
    z.object(P).strict(),
    z.object({ findings: z.array(QaFindingOut), errors: z.number(), warnings: z.number() }),
  ),
  'translate.analyse': channel(z.object(P).strict(), AnalysisOut),

  'tm.concordance': channel(
    z.object({ phrase: z.string().min(1).max(500), from: Lang, to: Lang, side: z.enum(['source', 'target']).optional() }).strict(),
    z.array(ConcordanceHit),
  ),
  'tm.importTmx': channel(FileIn, z.object({ imported: z.number(), skipped: z.number() })),
  'tm.exportTmx': channel(z.object({ from: Lang, to: Lang }).strict(), FileOut),

  'glossary.list': channel(z.object({}).strict(), z.array(GlossaryEntry)),
  'glossary.add': channel(GlossaryInput, GlossaryEntry),
  'glossary.update': channel(z.object({ id: z.string().min(1).max(200), patch: GlossaryInput }).strict(), GlossaryEntry),
  'glossary.remove': channel(z.object({ id: z.string().min(1).max(200) }).strict(), Ok),
  // OmegaT glossaries (.utf8/.txt, tab-separated) hold one language pair: `pair` says which.
  'glossary.import': channel(FileIn.extend({ mode: z.enum(['merge', 'replace']).optional(), pair: z.object({ from: Lang, to: Lang }).strict().optional() }).strict(), ImportCounts),
  /** tbx = TBX-Basic 2008 <martif> (OmegaT, translate-toolkit); tbx2019 = <tbx>; omegat needs `pair`. */
  'glossary.export': channel(
    z.object({ format: z.enum(['csv', 'tbx', 'tbx2019', 'omegat']), pair: z.object({ from: Lang, to: Lang }).strict().optional() }).strict(),
    FileOut,
  ),
};
