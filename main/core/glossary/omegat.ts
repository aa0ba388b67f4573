// OmegaT glossary files: tab-separated "source<TAB>target<TAB>comment", one file per language pair, "#" comments.
// OmegaT reads a .utf8 file as UTF-8 (a .txt one in the system encoding), so we write UTF-8 and suggest .utf8.
import type { Lang } from '../../../preload/contract/define';
import type { GlossaryEntry } from '../../../preload/contract/models';
import { AppError } from '../errors';
import { cleanEntry, deriveId, rejectionOf, uniqueId, type GlossaryRejection } from './entry';

/** A tab or line break inside a term would split OmegaT's line or cell: it becomes a space. */
const cell = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

/**
 * One line per source term (preferred and admitted) and target term, preferred target first; the comment
 * carries the entry note and the forbidden target variants, so OmegaT shows the translator what not to write.
 * Entries without a term on either side are left out (a glossary for another pair).
 */
export function toOmegaT(entries: readonly GlossaryEntry[], from: Lang, to: Lang): string {
  const lines = [`# Redaksi glossary ${from} → ${to} (OmegaT: source, target, comment)`];
  for (const e of entries) {
    if (!e.terms[from].length || !e.terms[to].length) continue;
    const comment = [e.note, e.forbidden[to].length ? `not: ${e.forbidden[to].join(', ')}` : ''].filter(Boolean).map(cell).join(' — ');
    for (const s of e.terms[from]) for (const t of e.terms[to]) lines.push([cell(s), cell(t), comment].join('\t'));
  }
  return lines.join('\n') + '\n';
}

export interface OmegaTImport {
  entries: GlossaryEntry[];
  /** Source terms left out because a term or note is over the limit (by the line the term first appears on). */
  rejected: GlossaryRejection[];
}

/** Entries from an OmegaT glossary for `from` → `to`: lines with one source term become one entry. All or nothing. */
export function fromOmegaT(text: string, from: Lang, to: Lang): OmegaTImport {
  const bySource = new Map<string, { line: number; targets: string[]; notes: string[] }>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      const [source = '', target = '', comment = ''] = line.split('\t').map((c) => c.trim());
      if (!source || !target) {
        throw new AppError(
          'glossary.omegatMalformed',
          `The OmegaT glossary is malformed at line ${i + 1}: a line needs a source and a target term separated by a tab. Nothing was imported.`,
          { line: i + 1 },
        );
      }
      const key = source.toLowerCase();
      const rec = bySource.get(key) ?? { line: i + 1, targets: [], notes: [] };
      if (!rec.targets.length) rec.targets.push(source); // first spelling of the source term, kept at index 0
      rec.targets.push(target);
      if (comment && !rec.notes.includes(comment)) rec.notes.push(comment);
      bySource.set(key, rec);
    });
  const taken = new Set<string>();
  const entries: GlossaryEntry[] = [];
  const rejected: GlossaryRejection[] = [];
  for (const { line, targets, notes } of bySource.values()) {
    const [source, ...tgts] = targets;
    // Our own export writes forbidden target variants as a trailing "not: a, b": read them back as forbidden.
    const forbidden: string[] = [];
    const kept = notes.map((n) => n.replace(/(?:^| — )not: (.+)$/, (_, list: string) => (forbidden.push(...list.split(', ')), ''))).filter(Boolean);
    const input = {
      terms: { id: [] as string[], en: [] as string[], ko: [] as string[], [from]: [source], [to]: [...new Set(tgts)] },
      forbidden: { id: [] as string[], en: [] as string[], ko: [] as string[], [to]: [...new Set(forbidden)] },
      note: kept.join('\n'),
    };
    const id = uniqueId(deriveId(input), taken);
    let entry: GlossaryEntry;
    try {
      entry = cleanEntry(input, id);
    } catch (err) {
      const r = rejectionOf(err, { line });
      if (!r) throw err;
      rejected.push(r);
      continue;
    }
    taken.add(id);
    entries.push(entry);
  }
  return { entries, rejected };
}
