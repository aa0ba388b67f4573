// Picks the engines for a direction (direct, else through a pivot language) and runs texts along that route.
import type { Lang } from '../../../preload/contract/define';
import { AppError } from '../errors';
import { servesPair, type MtEngine } from './engine';

export interface RouteOptions {
  /** Language to go through when no engine translates directly; English by default (most models exist via en). */
  pivot?: Lang;
}

/** First matching engine in list order wins, so the caller's order is the user's preference. */
export function route(pair: { from: Lang; to: Lang }, engines: MtEngine[], opts: RouteOptions = {}): MtEngine[] {
  const { from, to } = pair;
  if (from === to) throw new AppError('mt.sameLanguage', `Source and target are both ${from}.`, { lang: from });
  const direct = engines.find((e) => servesPair(e, from, to));
  if (direct) return [direct];
  const pivot = opts.pivot ?? 'en';
  if (pivot !== from && pivot !== to) {
    const a = engines.find((e) => servesPair(e, from, pivot));
    const b = engines.find((e) => servesPair(e, pivot, to));
    if (a && b) return [a, b];
  }
  throw new AppError('mt.noRoute', `No translation engine covers ${from} → ${to}, directly or through ${pivot}.`, {
    from,
    to,
    pivot,
  });
}

export interface RoutedTranslation {
  texts: string[];
  /** Languages along the way, e.g. ['id', 'en', 'ko']: the UI shows it as "id → en → ko". */
  route: Lang[];
  /** Engine ids used, one per hop. */
  engines: string[];
  /** The intermediate text when the route went through a pivot (one per input); absent for a direct route. */
  pivotTexts?: string[];
}

export async function translateWithRoute(
  texts: string[],
  pair: { from: Lang; to: Lang },
  engines: MtEngine[],
  opts: RouteOptions & { signal?: AbortSignal } = {},
): Promise<RoutedTranslation> {
  const hops = route(pair, engines, opts);
  const langs: Lang[] = hops.length === 1 ? [pair.from, pair.to] : [pair.from, opts.pivot ?? 'en', pair.to];
  let current = texts;
  const stages: string[][] = [];
  for (let i = 0; i < hops.length; i++) {
    current = await hops[i].translate(current, { from: langs[i], to: langs[i + 1], signal: opts.signal });
    stages.push(current);
  }
  const result: RoutedTranslation = { texts: current, route: langs, engines: hops.map((e) => e.id) };
  if (hops.length === 2) result.pivotTexts = stages[0];
  return result;
}
