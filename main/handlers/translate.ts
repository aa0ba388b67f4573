// Handlers for the translation workspace: projects and segments, TM, glossary, QA and match-band analysis.
import type { HandlerMap } from '../core/context';
import * as ws from '../core/translate/workspace';
import * as tm from '../core/language-data/tm-files';
import * as glossary from '../core/language-data/glossary-files';
import { glossaryRepo } from '../core/services';

type TranslateHandlers = Pick<
  HandlerMap,
  | `translate.${'list' | 'create' | 'open' | 'delete' | 'setTarget' | 'setPivot' | 'confirm' | 'setStatus' | 'split' | 'join' | 'ignoreQa' | 'matches' | 'qa' | 'analyse'}`
  | `tm.${'concordance' | 'importTmx' | 'exportTmx'}`
  | `glossary.${'list' | 'add' | 'update' | 'remove' | 'import' | 'export'}`
>;

export const translateHandlers: TranslateHandlers = {
  'translate.list': async (req, ctx) => ws.listProjects(ctx, req),
  'translate.create': async (req, ctx) => ws.createProject(ctx, req),
  'translate.open': async (req, ctx) => ws.openProject(ctx, req),
  'translate.delete': async (req, ctx) => ws.deleteProject(ctx, req),
  'translate.setTarget': async (req, ctx) => ws.setSegmentTarget(ctx, req),
  'translate.setPivot': async (req, ctx) => ws.setSegmentPivot(ctx, req),
  'translate.confirm': async (req, ctx) => ws.confirmSegment(ctx, req),
  'translate.setStatus': async (req, ctx) => ws.setSegmentStatus(ctx, req),
  'translate.split': async (req, ctx) => ws.splitProjectSegment(ctx, req),
  'translate.join': async (req, ctx) => ws.joinProjectSegments(ctx, req),
  'translate.ignoreQa': async (req, ctx) => ws.ignoreSegmentQa(ctx, req),
  'translate.matches': async (req, ctx) => ws.segmentMatches(ctx, req),
  'translate.qa': async (req, ctx) => ws.projectQa(ctx, req),
  'translate.analyse': async (req, ctx) => ws.analyseProject(ctx, req),

  'tm.concordance': async (req, ctx) => tm.concordance(ctx, req),
  'tm.importTmx': async (req, ctx) => tm.importTmx(ctx, req),
  'tm.exportTmx': async (req, ctx) => tm.exportTmx(ctx, req),

  'glossary.list': async (_req, ctx) => glossaryRepo(ctx).list(),
  'glossary.add': async (req, ctx) => glossaryRepo(ctx).add(req),
  'glossary.update': async ({ id, patch }, ctx) => glossaryRepo(ctx).update(id, patch),
  'glossary.remove': async (req, ctx) => glossary.removeEntry(ctx, req),
  'glossary.import': async (req, ctx) => glossary.importGlossary(ctx, req),
  'glossary.export': async (req, ctx) => glossary.exportGlossary(ctx, req),
};
