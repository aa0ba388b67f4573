// Delivering an export the main side has already written: in the browser harness also as a download.
import { downloadFile } from '../../lib/files';

let inBrowser: Promise<boolean> | null = null;
/**
 * Main has already written the export to disk. In Electron that is the whole job; in the browser harness the
 * page also hands the bytes to the browser as a download, so a browser user gets the file too.
 */
export async function deliverExport(r: { fileName: string; mime: string; dataBase64: string }, harness: () => Promise<boolean>): Promise<void> {
  inBrowser ??= harness();
  if (await inBrowser) downloadFile(r);
}
