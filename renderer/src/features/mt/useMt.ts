// Machine translation data: engines (list, save, move, remove, describe, check a folder), tests, pre-translate.
// The only module of the MT feature that talks to the api.
import { useEffect, useState } from 'react';
import { api, call, type ReqOf } from '../../lib/api';

export const mtCalls = {
  checkFolder: (req: ReqOf<typeof api.mt.checkFolder>) => call(api.mt.checkFolder(req)),
  describe: (req: ReqOf<typeof api.mt.describe>) => call(api.mt.describe(req)),
  list: (req: ReqOf<typeof api.mt.list>) => call(api.mt.list(req)),
  move: (req: ReqOf<typeof api.mt.move>) => call(api.mt.move(req)),
  pretranslate: (req: ReqOf<typeof api.mt.pretranslate>) => call(api.mt.pretranslate(req)),
  remove: (req: ReqOf<typeof api.mt.remove>) => call(api.mt.remove(req)),
  save: (req: ReqOf<typeof api.mt.save>) => call(api.mt.save(req)),
  test: (req: ReqOf<typeof api.mt.test>) => call(api.mt.test(req)),
};

/** Whether any MT engine is configured (false until main answers, and when it cannot say). */
export function useHasMtEngine(): boolean {
  const [hasMt, setHasMt] = useState(false);
  useEffect(() => {
    void api.mt?.list({}).then((r) => r.ok && setHasMt(r.data.length > 0));
  }, []);
  return hasMt;
}

/** An MT suggestion, or null when there is none (no route, a stopped engine): never an error. */
export function tryMt(req: ReqOf<typeof api.mt.test>) {
  return api.mt.test(req).then((r) => (r.ok ? r.data : null));
}
