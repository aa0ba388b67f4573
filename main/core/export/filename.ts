// File names from templates like "{date}-{slug}-{lang}.{ext}", safe on Windows, macOS and Linux.
import { AppError } from '../errors';

export const DEFAULT_FILE_NAME_TEMPLATE = '{date}-{slug}-{lang}.{ext}';

export interface FileNameVars {
  date: string;
  slug: string;
  lang: string;
  ext: string;
  id: string;
  format: string;
}

/** Lowercase, accents dropped, letters of any script kept (Hangul titles stay readable), dashes between. */
export function slugify(title: string, max = 60): string {
  const s = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return [...s].slice(0, max).join('').replace(/-+$/, '');
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

export function renderFileName(template: string, vars: FileNameVars): string {
  const name = template.replace(/\{([a-z]*)\}/gi, (whole, key: string) => {
    if (!(key in vars)) {
      throw new AppError('export.badTemplate', `Unknown placeholder ${whole} in the file name template "${template}".`, {
        template,
        placeholder: whole,
      });
    }
    return vars[key as keyof FileNameVars];
  });
  // No folders, no characters some file system refuses, no trailing dots or spaces (Windows).
  let safe = name
    .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-. ]+|[. ]+$/g, '');
  if (WINDOWS_RESERVED.test(safe)) safe = `_${safe}`;
  if (!safe || safe === vars.ext || safe === `.${vars.ext}`) safe = `${vars.id}.${vars.ext}`;
  if (safe.length > 200) {
    const ext = safe.endsWith(`.${vars.ext}`) ? `.${vars.ext}` : '';
    safe = [...safe.slice(0, safe.length - ext.length)].slice(0, 200 - ext.length).join('') + ext;
  }
  return safe;
}
