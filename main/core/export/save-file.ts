// Writes an export into a folder under a name that never overwrites an earlier file ("x.docx", "x (2).docx" …).
import { promises as fsp } from 'node:fs';
import { extname, join } from 'node:path';
import { atomicWriteFile } from '../store/atomic-write';

async function exists(p: string): Promise<boolean> {
  return fsp.access(p).then(
    () => true,
    () => false,
  );
}

/** The full path of the written file. */
export async function saveExportFile(dir: string, fileName: string, data: string | Uint8Array): Promise<string> {
  await fsp.mkdir(dir, { recursive: true });
  const ext = extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  let path = join(dir, fileName);
  for (let n = 2; await exists(path); n++) path = join(dir, `${stem} (${n})${ext}`);
  await atomicWriteFile(path, data);
  return path;
}
