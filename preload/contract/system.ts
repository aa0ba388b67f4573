// App-level channels: settings, store recovery reports, task cancellation, opening external links.
import { z } from 'zod';
import { channel, Empty, Ok } from './define';
import { MtEngineConfig } from './mt';

export const UiLang = z.enum(['id', 'en', 'ko']);
export const Settings = z.object({
  schema: z.number().optional(),
  uiLang: UiLang,
  /** Endpoints the user has allowed the app to reach (origins like http://127.0.0.1:11434). */
  allowedEndpoints: z.array(z.string()),
  /** Machine translation engines in order of preference (edited through the mt.* channels only). */
  mtEngines: z.array(MtEngineConfig),
  /** Confirming an MT draft nobody edited also stores it in the TM (off unless the user turns it on). */
  tmAcceptUneditedMt: z.boolean().optional(),
});
export type Settings = z.infer<typeof Settings>;

export const RecoveryReport = z.object({
  file: z.string(),
  corruptCopy: z.string(),
  snapshot: z.string().nullable(),
  at: z.string(),
  /**
   * The repair could not be written (e.g. the disk is full): the damaged file is still in place, the snapshot's
   * content is served from memory, and writes are refused until the repair completes (next open, or next save).
   * The draft is shown read-only until then.
   */
  pending: z.boolean().optional(),
  /** What the notice is about (absent = a recovered/lost file) — history: a revision could not be written (the
   *  article was); readOnly: the data folder opened read-only. */
  kind: z.enum(['history', 'readOnly']).optional(),
  /** A short cause (an errno code) for the notice. */
  reason: z.string().optional(),
});
export type RecoveryReport = z.infer<typeof RecoveryReport>;

export const systemContract = {
  'system.info': channel(
    Empty,
    z.object({ version: z.string(), dataDir: z.string(), platform: z.string(), harness: z.boolean() }),
  ),
  'settings.get': channel(Empty, Settings),
  // Remote endpoints are added only through the per-host MT opt-in (mt.save), never written directly.
  'settings.set': channel(Settings.omit({ schema: true, mtEngines: true, allowedEndpoints: true }).partial().strict(), Settings),
  'system.recoveries': channel(Empty, z.array(RecoveryReport)),
  'tasks.cancel': channel(z.object({ taskId: z.string().min(1).max(100) }).strict(), Ok),
  'system.openExternal': channel(z.object({ url: z.string().url().max(2000) }).strict(), Ok),
};

/** Main → renderer events and their payloads. */
export const events = {
  'task.progress': z.object({
    taskId: z.string(),
    done: z.number(),
    total: z.number(),
    label: z.string().optional(),
  }),
  'store.recovered': RecoveryReport,
  'articles.changed': z.object({ id: z.string() }),
};
export type EventName = keyof typeof events;
