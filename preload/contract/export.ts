// Export channels: what can be exported, live file name, preview, save (download), XLIFF import back, batch zip.
import { z } from 'zod';
import { channel, CodedMessage, Id, Lang, TaskId } from './define';
import { ArticleStatus } from './common';
import { EXPORT_FORMAT_LIST, FORMAT_NEEDS, PUBLISHING_FORMATS } from './values';

export { EXPORT_FORMAT_LIST, FORMAT_NEEDS, PUBLISHING_FORMATS };

export const ExportFormatName = z.enum(EXPORT_FORMAT_LIST);
export type ExportFormatName = z.infer<typeof ExportFormatName>;

export const BatchFormat = z.enum(PUBLISHING_FORMATS);
export type BatchFormat = z.infer<typeof BatchFormat>;

export const ExportOptionsReq = z
  .object({
    format: ExportFormatName,
    /** Copy to export: the article's own language (source) or a translation project's target/pivot. */
    lang: Lang.optional(),
    withAnnotations: z.boolean().optional(),
    includeUnapproved: z.boolean().optional(),
    unapprovedFallback: z.enum(['source', 'empty']).optional(),
    withPivot: z.boolean().optional(),
    /** Headline printed instead of the article's (the translated headline). */
    title: z.string().max(1000).optional(),
    fileNameTemplate: z.string().max(300).optional(),
  })
  .strict();
export type ExportOptionsReq = z.infer<typeof ExportOptionsReq>;

const ExportReq = z.object({ id: Id, options: ExportOptionsReq }).strict();
/** Saving never changes the draft unless the user ticked "mark as exported". */
const ExportSaveReq = ExportReq.extend({ markExported: z.boolean().optional() }).strict();

export const ExportWarningInfo = z.object({
  code: z.enum(['segment.untranslated', 'segment.unapproved', 'quote.unanchored', 'title.untranslated']),
  count: z.number().int().nonnegative(),
  ids: z.array(z.string()),
  /** 1-based segment numbers in the project (segment warnings only). */
  numbers: z.array(z.number().int().positive()),
});
export type ExportWarningInfo = z.infer<typeof ExportWarningInfo>;

export const ExportProjectInfo = z.object({
  id: Id,
  sourceLang: Lang,
  targetLang: Lang,
  pivotLang: Lang.nullable(),
  segments: z.number().int().nonnegative(),
  approved: z.number().int().nonnegative(),
  untranslated: z.number().int().nonnegative(),
});
export type ExportProjectInfo = z.infer<typeof ExportProjectInfo>;

const FilePayload = z.object({ fileName: z.string(), mime: z.string(), dataBase64: z.string() });

/**
 * Why an XLIFF unit was not taken over: not in the project, its source changed, the segment is locked, the target
 * was changed in the project after the export ('newer-here') or on both sides ('conflict'), or the file's target is
 * empty where the project has a translation ('empty-target').
 */
export const XliffRejectReason = z.enum(['unknown-id', 'source-changed', 'locked', 'newer-here', 'conflict', 'empty-target']);
export type XliffRejectReason = z.infer<typeof XliffRejectReason>;

export const exportContract = {
  'export.context': channel(
    z.object({ id: Id }).strict(),
    z.object({
      article: z.object({ id: Id, title: z.string(), lang: Lang, status: ArticleStatus }),
      projects: z.array(ExportProjectInfo),
      /** null: this build has no quote store; else how many annotations the article has. */
      quotes: z.number().int().nonnegative().nullable(),
      defaultTemplate: z.string(),
    }),
  ),
  'export.fileName': channel(ExportReq, z.object({ fileName: z.string() })),
  'export.preview': channel(ExportReq, z.object({ html: z.string(), fileName: z.string(), warnings: z.array(ExportWarningInfo) })),
  'export.save': channel(
    ExportSaveReq,
    FilePayload.extend({
      /** Full path of the file written (the Downloads folder in Electron, the harness's export folder). */
      path: z.string(),
      warnings: z.array(ExportWarningInfo),
      status: ArticleStatus,
      /** The export revision recorded when "mark as exported" was ticked, else null. */
      revision: z.number().int().nullable(),
    }),
  ),
  /** Opens the file manager on a file this session exported (any other path is refused). */
  'export.showInFolder': channel(z.object({ path: z.string().min(1).max(4096) }).strict(), z.object({ ok: z.literal(true) })),
  'export.importXliff': channel(
    z.object({ projectId: Id, name: z.string().max(260), dataBase64: z.string().max(40_000_000), taskId: TaskId.optional() }).strict(),
    z.object({
      segments: z.number().int().nonnegative(),
      targets: z.number().int().nonnegative(),
      states: z.number().int().nonnegative(),
      changed: z.array(z.object({ segmentId: z.string(), number: z.number().int().nullable(), fields: z.array(z.enum(['target', 'status'])) })),
      rejected: z.array(
        z.object({
          segmentId: z.string(),
          number: z.number().int().nullable(),
          reason: XliffRejectReason,
          detail: z.string(),
        }),
      ),
    }),
  ),
  'export.batch': channel(
    z
      .object({
        ids: z.array(Id).min(1).max(1000),
        format: BatchFormat,
        taskId: z.string().min(1).max(100),
        fileNameTemplate: z.string().max(300).optional(),
        markExported: z.boolean().optional(),
      })
      .strict(),
    FilePayload.extend({
      /** Full path of the zip written; empty when cancelled or nothing was exported. */
      path: z.string(),
      cancelled: z.boolean(),
      files: z.array(z.object({ id: Id, fileName: z.string() })),
      failed: z.array(CodedMessage.extend({ id: Id, title: z.string() })),
    }),
  ),
};
