// File bytes across the boundary: base64 → Blob download (Electron and browser alike), File → base64 for uploads.

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Hands the bytes to the browser as a download named `fileName` (Blob + <a download>). */
export function downloadBase64(fileName: string, mime: string, b64: string): void {
  const blob = new Blob([base64ToBytes(b64) as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started by now; keep the URL a little longer for slow hand-offs.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

let inBrowser: Promise<boolean> | null = null;
/**
 * Main has already written the export to disk. In Electron that is the whole job; in the browser harness the
 * page also hands the bytes to the browser as a download, so a browser user gets the file too.
 */
export async function deliverExport(r: { fileName: string; mime: string; dataBase64: string }, harness: () => Promise<boolean>): Promise<void> {
  inBrowser ??= harness();
  if (await inBrowser) downloadBase64(r.fileName, r.mime, r.dataBase64);
}
