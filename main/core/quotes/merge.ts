// mergeDetections: re-running detection keeps every decision the editor made (status, speaker, verification, comments).
import type { ArticleQuotes, QuoteAnnotation, Speaker } from '../../../preload/contract/models';

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The editor touched it: anything but an untouched suggestion. */
export function isEdited(q: QuoteAnnotation): boolean {
  return q.status !== 'suggested' || q.verification !== 'unverified' || q.sourceNote !== '' || q.comments.length > 0;
}

function overlap(a: QuoteAnnotation, b: QuoteAnnotation): number {
  const lo = Math.max(a.anchor.start, b.anchor.start);
  const hi = Math.min(a.anchor.end, b.anchor.end);
  const shorter = Math.max(1, Math.min(a.anchor.end - a.anchor.start, b.anchor.end - b.anchor.start));
  return Math.max(0, hi - lo) / shorter;
}

function nextSpeakerId(taken: Set<string>): string {
  let i = taken.size + 1;
  while (taken.has(`s${i}`)) i++;
  taken.add(`s${i}`);
  return `s${i}`;
}

export function mergeDetections(existing: ArticleQuotes, fresh: ArticleQuotes): ArticleQuotes {
  // Speakers: keep the editor's registry; fresh speakers join it by name or alias, else get a new id.
  const speakers: Speaker[] = existing.speakers.map((s) => ({ ...s, aliases: [...s.aliases], spellings: { ...s.spellings } }));
  const taken = new Set(speakers.map((s) => s.id));
  const speakerMap = new Map<string, string>();
  for (const f of fresh.speakers) {
    const names = [f.name, ...f.aliases].map(norm);
    const hit = speakers.find((s) => [s.name, ...s.aliases].map(norm).some((n) => names.includes(n)));
    if (hit) {
      speakerMap.set(f.id, hit.id);
      if (!hit.role && f.role) hit.role = f.role;
      for (const a of f.aliases) if (!hit.aliases.includes(a) && norm(a) !== norm(hit.name)) hit.aliases.push(a);
    } else {
      const id = taken.has(f.id) ? nextSpeakerId(taken) : (taken.add(f.id), f.id);
      speakers.push({ ...f, id });
      speakerMap.set(f.id, id);
    }
  }
  const mapSpeaker = (id: string | null) => (id ? speakerMap.get(id) ?? null : null);

  const used = new Set<QuoteAnnotation>();
  const quotes: QuoteAnnotation[] = [];
  const ids = new Set(existing.quotes.map((q) => q.id));
  for (const f of fresh.quotes) {
    const match =
      existing.quotes.find((e) => !used.has(e) && e.kind === f.kind && norm(e.anchor.exact) === norm(f.anchor.exact)) ??
      existing.quotes
        .filter((e) => !used.has(e) && overlap(e, f) >= 0.5)
        .sort((a, b) => overlap(b, f) - overlap(a, f) || Number(b.kind === f.kind) - Number(a.kind === f.kind))[0];
    if (!match) {
      let id = f.id;
      for (let n = 1; ids.has(id); n++) id = `${f.id}-${n}`;
      ids.add(id);
      quotes.push({ ...f, speakerId: mapSpeaker(f.speakerId) });
      continue;
    }
    used.add(match);
    if (isEdited(match)) {
      // The editor's word stands; only a suggestion's anchor may be refreshed by the detector.
      quotes.push({ ...match, anchor: match.status === 'suggested' ? f.anchor : match.anchor, confidence: f.confidence });
    } else {
      quotes.push({ ...f, id: match.id, speakerId: mapSpeaker(f.speakerId), needsReview: match.needsReview && norm(match.anchor.exact) !== norm(f.anchor.exact) });
    }
  }
  // Work the editor did on quotes the detector no longer finds is never thrown away.
  for (const e of existing.quotes) if (!used.has(e) && isEdited(e)) quotes.push(e);
  quotes.sort((a, b) => a.anchor.start - b.anchor.start);
  const usedSpeakers = new Set(quotes.map((q) => q.speakerId));
  const keep = speakers.filter((s) => usedSpeakers.has(s.id) || existing.speakers.some((x) => x.id === s.id));
  return { articleId: existing.articleId, lang: fresh.lang, speakers: keep, quotes };
}
