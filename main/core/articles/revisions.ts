// Revision history per article in revisions/<id>.json: autosaves coalesce per minute, milestones always kept.
import { safeId } from '../store/ids';
import type { Article } from '../../../preload/contract/common';
import type { Revision, RevisionReason, RevisionSummary } from '../../../preload/contract/articles';
import type { DataStore } from '../store/data-store';
import { AppError } from '../errors';
import { bodyStats } from './body-stats';

export type { Revision, RevisionReason, RevisionSummary };

export interface RevisionsDoc {
  schema: number;
  revisions: Revision[];
}

export const revisionsFile = (id: string) => `revisions/${safeId(id)}.json`;
/** Autosaves within this window of the revision that opened it update that revision instead of adding one. */
export const AUTOSAVE_WINDOW_MS = 60_000;
/** Beyond this many revisions the oldest autosaves are dropped (milestones never are); keeps the file small. */
export const MAX_REVISIONS = 100;

type State = Pick<Article, 'title' | 'body' | 'status'>;

/**
 * Pure coalescing rule. Returns the new list, or null when nothing needs writing.
 * - import / status / restore / export: always a new revision.
 * - autosave: nothing when the content equals the newest revision; the newest revision is updated in place
 *   when it is an autosave whose window opened less than a minute ago; otherwise a new revision.
 *   So there is at most one autosave revision per minute and it holds the last state of that minute.
 */
export function applyRevision(
  list: readonly Revision[],
  state: State,
  reason: RevisionReason,
  now: Date,
  extra: Partial<Pick<Revision, 'restoredFrom'>> = {},
): Revision[] | null {
  const last = list[list.length - 1];
  const at = now.toISOString();
  const snap = { title: state.title, body: state.body, status: state.status };
  if (reason === 'autosave' && last) {
    if (last.title === snap.title && last.body === snap.body && last.status === snap.status) return null;
    const since = last.since ?? last.at;
    if (last.reason === 'autosave' && now.getTime() - Date.parse(since) < AUTOSAVE_WINDOW_MS) {
      return [...list.slice(0, -1), { ...last, ...snap, at, since }];
    }
  }
  const rev = (last?.rev ?? 0) + 1;
  const next: Revision = { rev, at, reason, ...snap, ...(reason === 'autosave' ? { since: at } : {}), ...extra };
  return prune([...list, next]);
}

function prune(list: Revision[]): Revision[] {
  let out = list;
  while (out.length > MAX_REVISIONS) {
    // Keep revision 1 and the newest; drop the oldest autosave in between.
    const i = out.findIndex((r, k) => k > 0 && k < out.length - 1 && r.reason === 'autosave');
    if (i < 0) break;
    out = out.filter((_, k) => k !== i);
  }
  return out;
}

export function summariseRevision(r: Revision): RevisionSummary {
  const { body, ...rest } = r;
  return { ...rest, words: bodyStats(body).words };
}

/** Storage for the rule above; one small JSON file per article. */
export class RevisionLog {
  constructor(private readonly store: DataStore) {}

  private doc(id: string) {
    return this.store.doc<RevisionsDoc>(revisionsFile(id), { defaults: () => ({ schema: 1, revisions: [] }) });
  }

  async record(
    article: State & { id: string },
    reason: RevisionReason,
    now = new Date(),
    extra: Partial<Pick<Revision, 'restoredFrom'>> = {},
  ): Promise<Revision | null> {
    const db = await this.doc(article.id);
    const before = db.data.revisions;
    const next = applyRevision(before, article, reason, now, extra);
    if (!next) return null;
    db.data.revisions = next;
    try {
      await db.write();
    } catch (err) {
      db.data.revisions = before;
      throw err;
    }
    return next[next.length - 1];
  }

  /** Newest first, without bodies. */
  async list(id: string): Promise<RevisionSummary[]> {
    const db = await this.doc(id);
    return db.data.revisions.map(summariseRevision).reverse();
  }

  async get(id: string, rev: number): Promise<Revision> {
    const db = await this.doc(id);
    const r = db.data.revisions.find((x) => x.rev === rev);
    if (!r) throw new AppError('articles.revisionNotFound', `Article ${id} has no revision ${rev}.`, { id, rev });
    return r;
  }

  async latest(id: string): Promise<Revision | null> {
    const db = await this.doc(id);
    return db.data.revisions[db.data.revisions.length - 1] ?? null;
  }
}
