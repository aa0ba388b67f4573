// QA checks on facts: numbers and dates kept, glossary terms used, forbidden terms avoided, names spelt right.
import { compileTerms } from '../glossary/term-regex';
import { entryOccursIn, findForbidden, findTerms } from '../glossary/match';
import type { Speaker } from '../../../preload/contract/models';
import type { Lang } from '../../../preload/contract/define';
import type { Check, RawFinding } from './types';
import { extractNumbers, spelledOutIn } from './numbers';
import { dateIsPresent, extractDates } from './dates';

export const numberMissing: Check = ({ source, target, input }) => {
  const have = new Set(extractNumbers(target, input.targetLang).map((n) => n.key));
  const out: RawFinding[] = [];
  const reported = new Set<string>();
  for (const n of extractNumbers(source, input.sourceLang)) {
    if (have.has(n.key) || reported.has(n.key)) continue;
    if (!Number.isNaN(n.value) && spelledOutIn(n.value, target, input.targetLang)) continue;
    reported.add(n.key);
    out.push({ code: 'numberMissing', params: { number: n.text } });
  }
  return out;
};

export const dateMissing: Check = ({ source, target, input }) => {
  const targetDates = extractDates(target, input.targetLang);
  return extractDates(source, input.sourceLang)
    .filter((d) => !dateIsPresent(d, targetDates, target, input.targetLang))
    .map((d) => ({ code: 'dateMissing' as const, params: { date: d.text } }));
};

/** Each glossary term in the source needs one of the entry's target terms in the target. */
export const glossaryTermMissing: Check = ({ source, target, input }) => {
  const glossary = input.glossary ?? [];
  if (!glossary.length) return [];
  const byId = new Map(glossary.map((e) => [e.id, e]));
  const seen = new Set<string>();
  const out: RawFinding[] = [];
  for (const hit of findTerms(source, input.sourceLang, glossary)) {
    if (seen.has(hit.entryId)) continue;
    seen.add(hit.entryId);
    const entry = byId.get(hit.entryId)!;
    const expected = entry.terms[input.targetLang];
    if (!expected.length || entryOccursIn(target, input.targetLang, entry)) continue;
    out.push({ code: 'glossaryTermMissing', params: { term: hit.term, expected: expected.join(' / ') } });
  }
  return out;
};

export const forbiddenTerm: Check = ({ target, input }) =>
  findForbidden(target, input.targetLang, input.glossary ?? []).map((f) => ({
    code: 'forbiddenTerm',
    params: { term: f.term, suggestion: f.translations[input.targetLang] || '—' },
    range: { start: f.start, end: f.end },
  }));

function expectedSpelling(s: Speaker, lang: Lang): string {
  return (s.spellings?.[lang] ?? '').trim() || s.name;
}

/**
 * A speaker named in the source (by name or alias) must appear in the target as the registry spells the name
 * in the target language. When the source used a short alias ("Ganjar"), one word of the spelling is enough
 * ("간자르"), since the target will shorten the same way.
 */
export const speakerSpelling: Check = ({ source, target, input }) => {
  const speakers = input.speakers ?? [];
  if (!speakers.length) return [];
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const names = compileTerms(
    speakers.flatMap((s) => [s.name, ...(s.aliases ?? [])].map((text) => ({ key: s.id, text }))),
    input.sourceLang,
  );
  const out: RawFinding[] = [];
  const seen = new Set<string>();
  for (const hit of names.find(source)) {
    if (seen.has(hit.key)) continue;
    seen.add(hit.key);
    const sp = byId.get(hit.key)!;
    const expected = expectedSpelling(sp, input.targetLang);
    const viaAlias = hit.spec.toLowerCase() !== sp.name.trim().replace(/\s+/g, ' ').toLowerCase();
    const accepted = [expected, ...(viaAlias ? expected.split(/\s+/).filter((w) => w.length >= 2) : [])];
    const present = compileTerms(accepted.map((text) => ({ key: sp.id, text })), input.targetLang).find(target).length > 0;
    if (!present) out.push({ code: 'speakerSpelling', params: { name: hit.surface, expected } });
  }
  return out;
};
