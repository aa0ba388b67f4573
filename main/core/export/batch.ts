// Batch export: several drafts in one publishing format, packed into one zip; progress per draft, cancellable.
import JSZip from 'jszip';
import { toErrorPayload } from '../errors';
import { exportDocument } from './index';
import { loadExportInput, markExported, PUBLISHING, type LoadDeps } from './load';
import type { ExportFormat } from './types';

export interface BatchOptions {
  format: ExportFormat;
  fileNameTemplate?: string;
  /** Set only when the user ticked "mark as exported": otherwise exporting leaves every draft as it was. */
  markExported?: boolean;
  now?: Date;
}

export interface BatchResult {
  cancelled: boolean;
  fileName: string;
  zip: Buffer;
  files: { id: string; fileName: string }[];
  failed: { id: string; title: string; code: string; message: string; params: Record<string, string | number> }[];
}

/** "a.html", "a.html" → "a.html", "a-2.html": two drafts with the same headline must not overwrite each other. */
export function uniqueName(name: string, taken: Set<string>): string {
  let out = name;
  const dot = name.lastIndexOf('.');
  const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let i = 2; taken.has(out.toLowerCase()); i++) out = `${base}-${i}${ext}`;
  taken.add(out.toLowerCase());
  return out;
}

/**
 * Exports each draft in its own language; a draft that fails is listed in `failed` and the rest go on.
 * With markExported, each exported draft is marked "exported". On abort, stops before the next draft and returns
 * { cancelled: true } with no zip.
 */
export async function exportBatch(
  deps: LoadDeps,
  ids: string[],
  options: BatchOptions,
  signal: AbortSignal,
  progress: (done: number, total: number, label?: string) => void,
): Promise<BatchResult> {
  const now = options.now ?? new Date();
  const zip = new JSZip();
  const taken = new Set<string>();
  const files: BatchResult['files'] = [];
  const failed: BatchResult['failed'] = [];
  const stamp = now.toISOString().slice(0, 10);
  const fileName = `redaksi-${stamp}-${options.format}.zip`;
  progress(0, ids.length);
  for (let i = 0; i < ids.length; i++) {
    // Let a cancel request (another IPC call) run between drafts.
    await new Promise((r) => setImmediate(r));
    if (signal.aborted) return { cancelled: true, fileName, zip: Buffer.alloc(0), files, failed };
    const id = ids[i];
    let title = id;
    try {
      const input = await loadExportInput(deps, id, { format: options.format });
      title = input.article.title;
      const r = await exportDocument(input, { format: options.format, fileNameTemplate: options.fileNameTemplate, now });
      const name = uniqueName(r.fileName, taken);
      zip.file(name, typeof r.data === 'string' ? r.data : r.data);
      files.push({ id, fileName: name });
      if (options.markExported && PUBLISHING.includes(options.format)) await markExported(deps.articles, id, now);
    } catch (err) {
      const e = toErrorPayload(err);
      failed.push({ id, title, code: e.code, message: e.message, params: e.params });
    }
    progress(i + 1, ids.length, title);
  }
  if (signal.aborted) return { cancelled: true, fileName, zip: Buffer.alloc(0), files, failed };
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { cancelled: false, fileName, zip: data, files, failed };
}
