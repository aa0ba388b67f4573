// exportXliff12: a translation project as XLIFF 1.2 — what OmegaT, translate-toolkit and most agencies exchange.
// One <trans-unit> per segment (the headline first, as its own unit when the project does not hold it), the
// target's state mapped from our status, quotes and speakers as <note>s so the translator sees who speaks.
import type { ArticleQuotes, Segment, SegmentStatus, TranslationProject } from '../../../preload/contract/models';
import { toXliffId } from './ids';
import { isXmlChar } from './xml';

export const XLF12 = 'urn:oasis:names:tc:xliff:document:1.2';
/** trans-unit id of the headline when it is not one of the project's segments. */
export const HEADLINE_UNIT = 'headline';

export interface Xliff12Options {
  /** The article headline (source language); becomes the first unit unless the project's first segment is it. */
  articleTitle?: string;
  /** The translated headline, if the user has one. */
  headlineTarget?: string;
  /** The article's quote annotations: each becomes a <note> on the segments that hold it. */
  quotes?: ArticleQuotes | null;
}

/** Our status → XLIFF 1.2 target state (1.2 has no "reviewed": signed-off is its nearest). */
export const STATE12_OF: Record<SegmentStatus, string> = {
  new: 'new',
  draft: 'needs-review-translation',
  translated: 'translated',
  reviewed: 'signed-off',
  approved: 'final',
};

/** XML text; characters XML 1.0 cannot carry (1.2 has no <cp>) become U+FFFD so the file stays well-formed. */
function esc(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (!isXmlChar(cp)) out += '\uFFFD';
    else if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === '\r') out += '&#13;';
    else out += ch;
  }
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * True when the project carries the headline as segment 0 (flagged `headline`, as projects are made now); then
 * no extra unit is written. Older projects hold only the body, and the headline travels as its own unit.
 */
export function projectHoldsHeadline(project: TranslationProject, title: string | undefined): boolean {
  const first = project.segments[0];
  return !!first && (first.headline === true || (!!title && squash(first.source) === squash(title)));
}

/** One note per quote (not rejected) whose text lies in, or spans, this segment's source. */
function quoteNotes(seg: Segment, quotes: ArticleQuotes | null | undefined, targetLang: string): string[] {
  if (!quotes) return [];
  const src = squash(seg.source);
  const notes: string[] = [];
  for (const q of quotes.quotes) {
    if (q.status === 'rejected') continue;
    const exact = squash(q.anchor.exact);
    if (!exact || !src || (!src.includes(exact) && !exact.includes(src))) continue;
    const sp = quotes.speakers.find((s) => s.id === q.speakerId);
    const spelt = sp?.spellings[targetLang];
    const who = sp ? `${sp.name}${sp.role ? `, ${sp.role}` : ''}${spelt && spelt !== sp.name ? ` (${targetLang}: ${spelt})` : ''}` : 'unattributed';
    notes.push(`${q.kind === 'direct' ? 'Direct quote' : 'Indirect quote'} — speaker: ${who}: “${q.anchor.exact}”`);
  }
  return notes;
}

function unit(id: string, source: string, target: string, status: SegmentStatus, extra: { locked?: boolean; notes: { from: string; text: string }[]; resname?: string }): string[] {
  const a = [`id="${esc(id)}"`];
  if (extra.resname) a.push(`resname="${esc(extra.resname)}"`);
  if (extra.locked) a.push('translate="no"');
  if (status === 'approved') a.push('approved="yes"');
  a.push('xml:space="preserve"');
  const L = [`      <trans-unit ${a.join(' ')}>`, `        <source>${esc(source)}</source>`];
  // A segment never translated has no target: tools then treat it as untranslated instead of an empty answer.
  if (target || status !== 'new') L.push(`        <target state="${STATE12_OF[status]}">${esc(target)}</target>`);
  for (const n of extra.notes) L.push(`        <note from="${esc(n.from)}">${esc(n.text)}</note>`);
  L.push('      </trans-unit>');
  return L;
}

export function exportXliff12(project: TranslationProject, opts: Xliff12Options = {}): string {
  const L: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', `<xliff version="1.2" xmlns="${XLF12}">`];
  const original = opts.articleTitle || project.articleId;
  L.push(
    `  <file original="${esc(original)}" source-language="${project.sourceLang}" target-language="${project.targetLang}"` +
      ` datatype="plaintext" tool-id="redaksi" product-name="Redaksi" category="${esc(`redaksi:${project.id}:${project.articleId}`)}">`,
  );
  L.push('    <header>', '      <tool tool-id="redaksi" tool-name="Redaksi"/>');
  if (project.pivotLang) L.push(`      <note from="redaksi">Pivot language: ${project.pivotLang}</note>`);
  L.push('    </header>', '    <body>');
  if (opts.articleTitle && !projectHoldsHeadline(project, opts.articleTitle)) {
    const t = opts.headlineTarget ?? '';
    L.push(...unit(HEADLINE_UNIT, opts.articleTitle, t, t ? 'draft' : 'new', { resname: 'headline', notes: [{ from: 'redaksi', text: 'Headline' }] }));
  }
  for (const seg of project.segments) {
    const notes = quoteNotes(seg, opts.quotes, project.targetLang).map((text) => ({ from: 'quotes', text }));
    if (seg.headline) notes.unshift({ from: 'redaksi', text: 'Headline' });
    if (seg.note) notes.push({ from: 'translator', text: seg.note });
    if (seg.pivot) notes.push({ from: `pivot:${project.pivotLang ?? ''}`, text: seg.pivot });
    L.push(...unit(toXliffId(seg.id), seg.source, seg.target, seg.status, { locked: seg.locked, notes, ...(seg.headline ? { resname: 'headline' } : {}) }));
  }
  L.push('    </body>', '  </file>', '</xliff>');
  return L.join('\n') + '\n';
}
