// Translation data: projects, segments (open, edit, confirm, split, join, status), TM, glossary, QA, analysis.
// The only module of the translate feature that talks to the api.
import { api, call, type ReqOf } from '../../lib/api';

export const translateCalls = {
  analyse: (req: ReqOf<typeof api.translate.analyse>) => call(api.translate.analyse(req)),
  confirm: (req: ReqOf<typeof api.translate.confirm>) => call(api.translate.confirm(req)),
  create: (req: ReqOf<typeof api.translate.create>) => call(api.translate.create(req)),
  ignoreQa: (req: ReqOf<typeof api.translate.ignoreQa>) => call(api.translate.ignoreQa(req)),
  join: (req: ReqOf<typeof api.translate.join>) => call(api.translate.join(req)),
  list: (req: ReqOf<typeof api.translate.list>) => call(api.translate.list(req)),
  matches: (req: ReqOf<typeof api.translate.matches>) => call(api.translate.matches(req)),
  open: (req: ReqOf<typeof api.translate.open>) => call(api.translate.open(req)),
  qa: (req: ReqOf<typeof api.translate.qa>) => call(api.translate.qa(req)),
  setPivot: (req: ReqOf<typeof api.translate.setPivot>) => call(api.translate.setPivot(req)),
  setStatus: (req: ReqOf<typeof api.translate.setStatus>) => call(api.translate.setStatus(req)),
  setTarget: (req: ReqOf<typeof api.translate.setTarget>) => call(api.translate.setTarget(req)),
  split: (req: ReqOf<typeof api.translate.split>) => call(api.translate.split(req)),
};

export const glossaryCalls = {
  add: (req: ReqOf<typeof api.glossary.add>) => call(api.glossary.add(req)),
  export: (req: ReqOf<typeof api.glossary.export>) => call(api.glossary.export(req)),
  import: (req: ReqOf<typeof api.glossary.import>) => call(api.glossary.import(req)),
  list: (req: ReqOf<typeof api.glossary.list>) => call(api.glossary.list(req)),
  remove: (req: ReqOf<typeof api.glossary.remove>) => call(api.glossary.remove(req)),
  update: (req: ReqOf<typeof api.glossary.update>) => call(api.glossary.update(req)),
};

export const tmCalls = {
  concordance: (req: ReqOf<typeof api.tm.concordance>) => call(api.tm.concordance(req)),
  exportTmx: (req: ReqOf<typeof api.tm.exportTmx>) => call(api.tm.exportTmx(req)),
  importTmx: (req: ReqOf<typeof api.tm.importTmx>) => call(api.tm.importTmx(req)),
};
