// QuoteSession: an article's quote annotations kept anchored to its saved text, and every edit the UI makes on them.
//
// The detector's anchors are offsets into htmlToPlainText(article.body). The text they were last anchored against is
// kept beside the annotations (quotes-anchor/<articleId>.json = {schema: 1, text}); whenever the article's text
// differs, reanchor() moves every annotation before anything is read or changed, so a save of the article (which
// knows nothing of quotes) never loses an annotation. Calls for one article run one at a time.
import { safeId } from '../store/ids';
import type { ArticleQuotes, Speaker } from '../../../preload/contract/models';
import type { QuoteOp, QuoteSheetRow, SpeakerPatch } from '../../../preload/contract/quotes';
import type { DataStore } from '../store/data-store';
import type { ArticleRepo } from '../articles/repo';
import { htmlToPlainText } from '../articles/text';
import { AppError } from '../errors';
import {
  annotate,
  reanchor,
  mergeDetections,
  redetectChanged,
  changedRange,
  setStatus,
  setSpeaker,
  setVerification,
  addComment,
  quoteSheet,
  QuoteRepo,
} from '../quotes';

interface AnchorDoc {
  schema: number;
  /** The plain text the stored anchors point into; null before the first save. */
  text: string | null;
}

export const anchorFile = (articleId: string) => `quotes-anchor/${safeId(articleId)}.json`;

/** True when every anchor's exact text is where the anchor says (annotations made elsewhere, e.g. by the CLI). */
function anchoredIn(q: ArticleQuotes, text: string): boolean {
  return q.quotes.every((a) => text.slice(a.anchor.start, a.anchor.end) === a.anchor.exact);
}

export class QuoteSession {
  readonly repo: QuoteRepo;
  private queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: DataStore,
    private readonly articles: Pick<ArticleRepo, 'get'>,
  ) {
    this.repo = new QuoteRepo(store);
  }

  /** One call per article at a time: read–modify–write of the two files never interleaves. */
  private serial<T>(articleId: string, run: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(articleId) ?? Promise.resolve();
    const next = prev.then(run, run);
    const tail = next.catch(() => undefined);
    this.queues.set(articleId, tail);
    void tail.then(() => this.queues.get(articleId) === tail && this.queues.delete(articleId));
    return next;
  }

  private anchorDoc(articleId: string) {
    return this.store.doc<AnchorDoc>(anchorFile(articleId), { defaults: () => ({ schema: 1, text: null }) });
  }

  /** Annotations first, then the text they now point into (a crash in between is caught by anchoredIn next time). */
  private async persist(q: ArticleQuotes, text: string): Promise<void> {
    await this.repo.save(q);
    const doc = await this.anchorDoc(q.articleId);
    if (doc.data.text !== text) {
      doc.data.text = text;
      await doc.write();
    }
  }

  /** Load (detecting on first use) and re-anchor to the article's current text. */
  private async current(
    articleId: string,
  ): Promise<{ q: ArticleQuotes; text: string; lang: ArticleQuotes['lang'] }> {
    const article = await this.articles.get(articleId);
    const text = htmlToPlainText(article.body);
    const stored = await this.repo.get(articleId);
    if (!stored) {
      const q = annotate(text, article.lang, articleId);
      await this.persist(q, text);
      return { q, text, lang: article.lang };
    }
    const old = (await this.anchorDoc(articleId)).data.text;
    if (old === text) return { q: stored, text, lang: article.lang };
    const anchored = anchoredIn(stored, text) ? stored : { ...stored, quotes: reanchor(stored.quotes, old ?? '', text) };
    // What the editor typed may hold a new quote: detect again on the changed paragraphs (decisions elsewhere kept).
    const changed = old === null ? null : changedRange(old, text);
    const q = changed ? redetectChanged(anchored, text, article.lang, changed) : anchored;
    await this.persist(q, text);
    return { q, text, lang: article.lang };
  }

  get(articleId: string): Promise<ArticleQuotes> {
    return this.serial(articleId, async () => (await this.current(articleId)).q);
  }

  /** Re-run detection on the current text; mergeDetections keeps every decision the editor made. */
  detect(articleId: string): Promise<ArticleQuotes> {
    return this.serial(articleId, async () => {
      const { q, text, lang } = await this.current(articleId);
      const merged = mergeDetections(q, annotate(text, lang, articleId));
      await this.persist(merged, text);
      return merged;
    });
  }

  update(articleId: string, quoteId: string, op: QuoteOp): Promise<ArticleQuotes> {
    return this.serial(articleId, async () => {
      const { q, text } = await this.current(articleId);
      const next = applyOp(q, quoteId, op);
      await this.persist(next, text);
      return next;
    });
  }

  editSpeaker(articleId: string, speakerId: string, patch: SpeakerPatch): Promise<ArticleQuotes> {
    return this.serial(articleId, async () => {
      const { q, text } = await this.current(articleId);
      const next = patchSpeaker(q, speakerId, patch);
      await this.persist(next, text);
      return next;
    });
  }

  sheet(articleId: string, includeRejected = false): Promise<QuoteSheetRow[]> {
    return this.serial(articleId, async () => sheetRows((await this.current(articleId)).q, includeRejected));
  }
}

export function applyOp(q: ArticleQuotes, quoteId: string, op: QuoteOp): ArticleQuotes {
  switch (op.op) {
    case 'status':
      return setStatus(q, quoteId, op.status);
    case 'speaker':
      return 'name' in op
        ? setSpeaker(q, quoteId, { name: op.name, role: op.role?.trim() })
        : setSpeaker(q, quoteId, { speakerId: op.speakerId });
    case 'verification':
      return setVerification(q, quoteId, op.verification, op.sourceNote?.trim());
    case 'comment':
      return addComment(q, quoteId, op.text);
  }
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Rename, role, aliases and spellings of one speaker; the old name stays findable as an alias. */
export function patchSpeaker(q: ArticleQuotes, speakerId: string, patch: SpeakerPatch): ArticleQuotes {
  const i = q.speakers.findIndex((s) => s.id === speakerId);
  if (i < 0)
    throw new AppError('quotes.speakerNotFound', `No speaker with id ${speakerId}.`, { id: speakerId });
  const old = q.speakers[i];
  const s: Speaker = { ...old, aliases: [...old.aliases], spellings: { ...old.spellings } };
  if (patch.name !== undefined) {
    const name = clean(patch.name);
    if (!name) throw new AppError('quotes.emptySpeaker', 'A speaker needs a name.');
    if (name !== old.name) {
      if (!s.aliases.some((a) => a.toLowerCase() === old.name.toLowerCase())) s.aliases.push(old.name);
      s.name = name;
      if (!patch.spellings?.[q.lang]) s.spellings[q.lang] = name;
    }
  }
  if (patch.role !== undefined) s.role = clean(patch.role);
  if (patch.aliases !== undefined) {
    const seen = new Set<string>();
    s.aliases = patch.aliases.map(clean).filter((a) => {
      const k = a.toLowerCase();
      if (!a || k === s.name.toLowerCase() || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
  for (const [lang, v] of Object.entries(patch.spellings ?? {})) {
    const spelling = clean(v);
    if (spelling) s.spellings[lang] = spelling;
    else delete s.spellings[lang];
  }
  const speakers = [...q.speakers];
  speakers[i] = s;
  return { ...q, speakers };
}

/** quoteSheet's rows, each with the id of its quote (same filter, same reading order). */
export function sheetRows(q: ArticleQuotes, includeRejected: boolean): QuoteSheetRow[] {
  const ids = [...q.quotes]
    .filter((a) => includeRejected || a.status !== 'rejected')
    .sort((a, b) => a.anchor.start - b.anchor.start)
    .map((a) => a.id);
  return quoteSheet(q, { includeRejected }).map((r, i) => ({ id: ids[i], ...r }));
}
