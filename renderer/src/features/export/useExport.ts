// Export data: the export context, preview, file name, save, batch, XLIFF import, reveal in folder. The only
// module of the export feature that talks to the api.
import { api, call, type ReqOf } from '../../lib/api';

export const exportCalls = {
  batch: (req: ReqOf<typeof api.export.batch>) => call(api.export.batch(req)),
  context: (req: ReqOf<typeof api.export.context>) => call(api.export.context(req)),
  fileName: (req: ReqOf<typeof api.export.fileName>) => call(api.export.fileName(req)),
  importXliff: (req: ReqOf<typeof api.export.importXliff>) => call(api.export.importXliff(req)),
  preview: (req: ReqOf<typeof api.export.preview>) => call(api.export.preview(req)),
  save: (req: ReqOf<typeof api.export.save>) => call(api.export.save(req)),
  showInFolder: (req: ReqOf<typeof api.export.showInFolder>) => call(api.export.showInFolder(req)),
};
