// File bytes across the boundary: a picked File → base64 for uploads, {fileName, mime, dataBase64} → a download.

/** Files above this size are refused before reading (TMX/CSV/TBX/XLIFF of a newsroom fit well below). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  const CHUNK = 0x8000; // String.fromCharCode takes its arguments on the stack: a chunk at a time
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

/** Hands the bytes to the browser as a download named `fileName` (Blob + <a download>). */
export function downloadFile(f: { fileName: string; mime: string; dataBase64: string }): void {
  const bin = atob(f.dataBase64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: f.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = f.fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started by now; keep the URL a little longer for slow hand-offs.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
