// Namespace URIs of XLIFF 2.x core and of the modules the validator knows about.
export const XLF = 'urn:oasis:names:tc:xliff:document:2.0';
export const MDA = 'urn:oasis:names:tc:xliff:metadata:2.0';
export const MTC = 'urn:oasis:names:tc:xliff:matches:2.0';
export const GLS = 'urn:oasis:names:tc:xliff:glossary:2.0';
export const FS = 'urn:oasis:names:tc:xliff:fs:2.0';
export const RES = 'urn:oasis:names:tc:xliff:resourcedata:2.0';
export const SLR = 'urn:oasis:names:tc:xliff:sizerestriction:2.0';
export const VAL = 'urn:oasis:names:tc:xliff:validation:2.0';
// 2.1 kept the 2.0 URI for change tracking; the 2.1 catalog also lists a 2.1 URI, so we accept both.
export const CTR = ['urn:oasis:names:tc:xliff:changetracking:2.0', 'urn:oasis:names:tc:xliff:changetracking:2.1'];
export const ITS = 'http://www.w3.org/2005/11/its';
export const ITSM = 'urn:oasis:names:tc:xliff:itsm:2.1';

/** Short module names, used in messages ("gls:glossEntry"). */
export function moduleName(ns: string): string | null {
  if (ns === MDA) return 'mda';
  if (ns === MTC) return 'mtc';
  if (ns === GLS) return 'gls';
  if (ns === FS) return 'fs';
  if (ns === RES) return 'res';
  if (ns === SLR) return 'slr';
  if (ns === VAL) return 'val';
  if (CTR.includes(ns)) return 'ctr';
  if (ns === ITS || ns === ITS + '/') return 'its';
  if (ns === ITSM) return 'itsm';
  return null;
}
