// exportXliff: a translation project as one XLIFF 2.1 document (one <file>, one <unit> per segment).
// Our exact status, pivot text and lock flag ride along in Metadata-module (mda) entries so a round trip
// through another CAT tool loses nothing; the core state attribute carries the portable approximation.
import type { TranslationProject } from '../../../preload/contract/models';
import { MDA, XLF } from './ns';
import { STATE_OF, toXliffId } from './ids';
import { isXmlChar } from './xml';
import { provenanceOf } from '../translate/provenance';
import { targetDigest } from './target-merge';

export interface ExportOptions {
  articleTitle?: string;
}

/** Category of our metaGroups; import reads only these. */
export const META_CATEGORY = 'redaksi';

function escapeAttr(s: string): string {
  return plainText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** Text content: XML-escaped; characters XML cannot carry become <cp hex="…"/>, as XLIFF prescribes. */
function escapeText(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '\r') out += '&#13;';
    else if (!isXmlChar(cp)) out += `<cp hex="${cp.toString(16).toUpperCase().padStart(4, '0')}"/>`;
    else out += ch;
  }
  return out;
}

/** For text-only elements (note, mda:meta) that cannot hold <cp>: forbidden characters become U+FFFD. */
function plainText(s: string): string {
  let out = '';
  for (const ch of s) out += isXmlChar(ch.codePointAt(0)!) ? escapeText(ch) : '\uFFFD';
  return out;
}

function meta(type: string, value: string, indent: string): string {
  return `${indent}<mda:meta type="${escapeAttr(type)}">${plainText(value)}</mda:meta>`;
}

export function exportXliff(project: TranslationProject, opts: ExportOptions = {}): string {
  const L: string[] = [];
  L.push('<?xml version="1.0" encoding="UTF-8"?>');
  L.push(`<xliff xmlns="${XLF}" xmlns:mda="${MDA}" version="2.1" srcLang="${project.sourceLang}" trgLang="${project.targetLang}">`);
  const original = opts.articleTitle ? ` original="${escapeAttr(opts.articleTitle)}"` : '';
  // xml:space="preserve" on <file>: segment text keeps its exact spacing, and source/target agree on it.
  L.push(`  <file id="${toXliffId(project.id)}"${original} xml:space="preserve">`);
  L.push('    <mda:metadata>');
  L.push(`      <mda:metaGroup category="${META_CATEGORY}">`);
  L.push(meta('projectId', project.id, '        '));
  L.push(meta('articleId', project.articleId, '        '));
  if (project.pivotLang) L.push(meta('pivotLang', project.pivotLang, '        '));
  L.push('      </mda:metaGroup>');
  L.push('    </mda:metadata>');
  if (!project.segments.length) {
    // XLIFF needs at least one unit or group in a file; an empty group keeps an empty project valid.
    L.push('    <group id="empty"/>');
  }
  for (const seg of project.segments) {
    const id = toXliffId(seg.id);
    L.push(`    <unit id="${id}"${seg.locked ? ' translate="no"' : ''}>`);
    L.push('      <mda:metadata>');
    L.push(`        <mda:metaGroup category="${META_CATEGORY}">`);
    L.push(meta('status', seg.status, '          '));
    const origin = provenanceOf(seg);
    if (origin) L.push(meta('origin', origin, '          '));
    if (seg.pivot) L.push(meta('pivot', seg.pivot, '          '));
    if (seg.locked) L.push(meta('locked', 'yes', '          '));
    // The target as written here: on import, a target changed only in the project since then is not undone.
    L.push(meta('exportedTarget', targetDigest(seg.target), '          '));
    L.push('        </mda:metaGroup>');
    L.push('      </mda:metadata>');
    if (seg.note) {
      L.push('      <notes>');
      L.push(`        <note id="n1">${plainText(seg.note)}</note>`);
      L.push('      </notes>');
    }
    L.push(`      <segment id="${id}" state="${STATE_OF[seg.status]}">`);
    L.push(`        <source>${escapeText(seg.source)}</source>`);
    if (seg.target) L.push(`        <target>${escapeText(seg.target)}</target>`);
    L.push('      </segment>');
    L.push('    </unit>');
  }
  L.push('  </file>');
  L.push('</xliff>');
  return L.join('\n') + '\n';
}
