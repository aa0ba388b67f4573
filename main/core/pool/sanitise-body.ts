// Sanitising an article body without holding up the domain thread: small bodies here, big ones in the import pool,
// cut into parts (import/split.ts) that run in parallel and are remembered, so an autosave re-cleans only the part
// that changed.
import { sanitiseArticleHtml } from '../import/sanitize';
import { rememberBodyStats } from '../articles/body-stats';
import { importPool, type WorkerPool } from './pool';

/** Below this a body is cleaned in place (~10 ms); above it, the pool (a 4.75 MB body took 1–3 s here). */
export const INLINE_MAX = 64 * 1024;
/** Characters of part text remembered (parts and their clean form), oldest dropped first. */
const MEMO_CHARS = 24 * 1024 * 1024;

const memo = new Map<string, string>();
let memoChars = 0;

function remember(part: string, clean: string): void {
  if (memo.has(part)) return;
  memo.set(part, clean);
  memoChars += part.length + clean.length;
  for (const [k, v] of memo) {
    if (memoChars <= MEMO_CHARS) break;
    memo.delete(k);
    memoChars -= k.length + v.length;
  }
}

export async function sanitiseBody(html: string, pool: WorkerPool = importPool()): Promise<string> {
  if (html.length <= INLINE_MAX) return sanitiseArticleHtml(html);
  const whole = memo.get(html);
  if (whole !== undefined) return whole;
  const parts = await pool.run('html.split', [html]);
  const clean = await Promise.all(
    parts.map(async (p) => {
      const hit = memo.get(p);
      if (hit !== undefined) return hit;
      const c = await pool.run('html.sanitise', [p]);
      remember(p, c);
      return c;
    }),
  );
  return clean.join('');
}

/**
 * Computes a big body's plain text and word count in the pool and remembers them (articles/body-stats.ts), so the
 * save that follows (library summary, search index, revision) does not count 4.75 MB on the domain thread.
 */
export async function primeBodyStats(html: string, pool: WorkerPool = importPool()): Promise<void> {
  if (html.length <= INLINE_MAX) return;
  rememberBodyStats(html, await pool.run('body.stats', [html]));
}
