// Handlers for the export channels: context, file name, preview, save, XLIFF import back, batch zip.
import type { HandlerMap } from '../core/context';
import * as ex from '../core/export/operations';

type ExportHandlers = Pick<
  HandlerMap,
  `export.${'context' | 'fileName' | 'preview' | 'save' | 'showInFolder' | 'importXliff' | 'batch'}`
>;

export const exportHandlers: ExportHandlers = {
  'export.context': async (req, ctx) => ex.exportContext(ctx, req),
  'export.fileName': async (req, ctx) => ex.exportFileName(ctx, req),
  'export.preview': async (req, ctx) => ex.exportPreview(ctx, req),
  'export.save': async (req, ctx) => ex.saveExport(ctx, req),
  'export.showInFolder': async (req, ctx) => ex.showInFolder(ctx, req),
  'export.importXliff': async (req, ctx) => ex.importXliff(ctx, req),
  'export.batch': async (req, ctx) => ex.exportBatchZip(ctx, req),
};
