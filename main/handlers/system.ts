// Handlers for app-level channels: info, settings, recoveries, task cancel, external links.
import type { HandlerMap } from '../core/context';
import { openExternalLink } from '../core/links';

type SystemHandlers = Pick<
  HandlerMap,
  'system.info' | 'settings.get' | 'settings.set' | 'system.recoveries' | 'tasks.cancel' | 'system.openExternal'
>;

export const systemHandlers: SystemHandlers = {
  'system.info': async (_req, ctx) => ({
    version: ctx.version,
    dataDir: ctx.store.dataDir,
    platform: process.platform,
    harness: ctx.harness,
  }),
  'settings.get': async (_req, ctx) => ctx.settings.get(),
  'settings.set': async (req, ctx) => ctx.settings.set(req),
  'system.recoveries': async (_req, ctx) => ctx.store.recoveries,
  'tasks.cancel': async ({ taskId }, ctx) => {
    ctx.tasks.cancel(taskId);
    return { ok: true as const };
  },
  'system.openExternal': async ({ url }, ctx) => openExternalLink(ctx, url),
};
