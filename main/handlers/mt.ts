// Handlers for machine translation: engine settings (kept in settings.json) and pre-translating a project.
import type { HandlerMap } from '../core/context';
import { checkModelFolder } from '../core/mt';
import * as engines from '../core/mt/engine-settings';
import { pretranslateProject } from '../core/mt/pretranslate-project';

type MtHandlers = Pick<
  HandlerMap,
  'mt.list' | 'mt.save' | 'mt.remove' | 'mt.move' | 'mt.describe' | 'mt.checkFolder' | 'mt.test' | 'mt.pretranslate'
>;

export const mtHandlers: MtHandlers = {
  'mt.list': async (_req, ctx) => engines.listEngines(ctx),
  'mt.save': async (req, ctx) => engines.saveEngine(ctx, req),
  'mt.remove': async (req, ctx) => engines.removeEngine(ctx, req),
  'mt.move': async (req, ctx) => engines.moveEngine(ctx, req),
  'mt.describe': async (req) => engines.describeBaseUrl(req),
  'mt.checkFolder': async ({ path }) => checkModelFolder(path),
  'mt.test': async (req, ctx) => engines.testEngine(ctx, req),
  'mt.pretranslate': async (req, ctx) => pretranslateProject(ctx, req),
};
