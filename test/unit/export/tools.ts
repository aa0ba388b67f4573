// Helpers for tests that check exports with real tools: unzip a DOCX, pdftotext, pdffonts, LibreOffice.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

export async function docxPart(buf: Buffer, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const f = zip.file(part);
  if (!f) throw new Error(`no ${part} in docx (has ${Object.keys(zip.files).join(', ')})`);
  return f.async('string');
}

export function withTemp<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-export-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Buffer): string {
  return withTemp((dir) => {
    writeFileSync(join(dir, 'a.pdf'), pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
  });
}

export function pdfFonts(pdf: Buffer): string {
  return withTemp((dir) => {
    writeFileSync(join(dir, 'a.pdf'), pdf);
    return execFileSync('pdffonts', [join(dir, 'a.pdf')], { encoding: 'utf8' });
  });
}

/** DOCX → PDF with LibreOffice in a throwaway profile and HOME, so it never touches a real user's setup. */
export function docxToPdf(docx: Buffer): Buffer {
  return withTemp((dir) => {
    const input = join(dir, 'doc.docx');
    writeFileSync(input, docx);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input],
      { env: { ...process.env, HOME: dir }, stdio: 'pipe', timeout: 120_000 },
    );
    return readFileSync(join(dir, 'doc.pdf'));
  });
}

/** DOCX → plain text with LibreOffice (same throwaway profile): proves LibreOffice opens the file and what it reads. */
export function docxToText(docx: Buffer): string {
  return withTemp((dir) => {
    const input = join(dir, 'doc.docx');
    writeFileSync(input, docx);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'txt:Text', '--outdir', dir, input],
      { env: { ...process.env, HOME: dir }, stdio: 'pipe', timeout: 120_000 },
    );
    return readFileSync(join(dir, 'doc.txt'), 'utf8');
  });
}
