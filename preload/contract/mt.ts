// Machine translation channels: engine settings (list/save/remove/check/test) and pre-translating a project.
import { z } from 'zod';
import { channel, CodedMessage, Empty, Id, Lang, TaskId } from './define';

const EngineId = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'not a valid engine id');
const Pair = z.object({ from: Lang, to: Lang });
const Url = z.string().min(1).max(2000);

const base = {
  id: EngineId,
  label: z.string().min(1).max(200),
  from: Lang.optional(),
  to: Lang.optional(),
  pairs: z.array(Pair).max(12).optional(),
  /** The user opted in to sending text to a host outside this machine. */
  allowRemote: z.boolean().optional(),
  timeoutMs: z.number().int().min(100).max(600_000).optional(),
};

/** An engine as the settings screen edits it (main validates it again with parseEngineConfig). */
export const MtEngineConfig = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('marian-local'), path: z.string().min(1).max(4000) }).strict(),
  z
    .object({ ...base, kind: z.literal('openai'), baseUrl: Url, model: z.string().min(1).max(300), apiKey: z.string().max(1000).optional() })
    .strict(),
  z.object({ ...base, kind: z.literal('libretranslate'), baseUrl: Url, apiKey: z.string().max(1000).optional() }).strict(),
]);
export type MtEngineConfig = z.infer<typeof MtEngineConfig>;

export const MtEndpoint = z.object({ host: z.string(), loopback: z.boolean(), sends: z.boolean() });
export type MtEndpoint = z.infer<typeof MtEndpoint>;

/** A configured engine plus what the UI shows about it: where text goes, which directions it serves. */
export const MtEngineView = z.object({ config: MtEngineConfig, endpoint: MtEndpoint, pairs: z.array(Pair) });
export type MtEngineView = z.infer<typeof MtEngineView>;

export const ModelFolderReport = z.object({
  ok: z.boolean(),
  path: z.string(),
  family: z.enum(['marian', 'nllb', 'm2m100']).nullable(),
  dtype: z.enum(['fp32', 'q8']).nullable(),
  problems: z.array(CodedMessage),
});
export type ModelFolderReport = z.infer<typeof ModelFolderReport>;

const GlossaryFlag = z.object({ segmentId: z.string(), term: z.string(), expected: z.string() });

export const PretranslateSummary = z.object({
  /** Segments filled in this run, from TM or MT (and kept after merging with edits made meanwhile). */
  done: z.number(),
  /** Of those eligible at the start: 101/100 % TM matches (inserted as translated), fuzzy TM drafts, MT drafts. */
  fromTm: z.number().optional(),
  fuzzy: z.number().optional(),
  fromMt: z.number().optional(),
  /** Segments that were eligible when the run started. */
  total: z.number(),
  cancelled: z.boolean(),
  /** An engine failure part-way; the finished batches are saved all the same. */
  error: CodedMessage.optional(),
  route: z.array(Lang),
  engines: z.array(z.string()),
  /** Engine labels, one per hop, for "via …". */
  engineLabels: z.array(z.string()),
  flags: z.array(GlossaryFlag),
});
export type PretranslateSummary = z.infer<typeof PretranslateSummary>;


export const mtContract = {
  'mt.list': channel(Empty, z.array(MtEngineView)),
  /** Adds or replaces (by id) an engine; refuses a non-loopback host without opt-in (mt.remoteNotAllowed). */
  'mt.save': channel(z.object({ engine: MtEngineConfig }).strict(), z.array(MtEngineView)),
  'mt.remove': channel(z.object({ id: EngineId }).strict(), z.array(MtEngineView)),
  /** Moves an engine up or down: the first engine serving a direction wins. */
  'mt.move': channel(z.object({ id: EngineId, delta: z.number().int().min(-50).max(50) }).strict(), z.array(MtEngineView)),
  /** Where an engine being edited would send text ("sends text to HOST"). */
  'mt.describe': channel(z.object({ baseUrl: Url }).strict(), MtEndpoint),
  'mt.checkFolder': channel(z.object({ path: z.string().min(1).max(4000) }).strict(), ModelFolderReport),
  /** Translates a sample through the saved engines (or one of them) and reports the route taken. */
  'mt.test': channel(
    z.object({ from: Lang, to: Lang, text: z.string().min(1).max(2000), engineId: EngineId.optional() }).strict(),
    z.object({ text: z.string(), route: z.array(Lang), engines: z.array(z.string()), engineLabels: z.array(z.string()), pivotText: z.string().optional() }),
  ),
  /** Fills a project's untranslated segments with MT drafts; progress arrives as 'task.progress' for taskId. */
  'mt.pretranslate': channel(z.object({ projectId: Id, taskId: TaskId, tmOnly: z.boolean().optional() }).strict(), PretranslateSummary),
};
