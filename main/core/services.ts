// The data folder's shared instances (repos with caches, the MT engines, the export log), made on first use and kept
// for the life of the context: every feature reaches the same instance through these, never a copy of its own.
import type { DomainContext } from './context';
import { ProjectRepo } from './translate/repo';
import { TranslationMemory } from './tm';
import { GlossaryRepo } from './glossary/repo';
import { QuoteRepo } from './quotes/repo';
import { QuoteSession } from './quotes-ui/session';
import { UserDictionary } from './spell/user-dictionary';
import type { SpellLang } from './spell/types';
import { EnginePool } from './mt/engine-pool';

type Ctx = Pick<DomainContext, 'store' | 'service'>;

export const projectRepo = (ctx: Ctx) => ctx.service('projects', () => new ProjectRepo(ctx.store));
export const translationMemory = (ctx: Ctx) => ctx.service('tm', () => new TranslationMemory(ctx.store));
export const glossaryRepo = (ctx: Ctx) => ctx.service('glossary', () => new GlossaryRepo(ctx.store));
export const quoteRepo = (ctx: Ctx) => ctx.service('quotes', () => new QuoteRepo(ctx.store));

export const quoteSession = (ctx: Pick<DomainContext, 'store' | 'service' | 'articles'>) =>
  ctx.service('quotes.session', () => new QuoteSession(ctx.store, ctx.articles));

export const userDictionary = (ctx: Ctx, lang: SpellLang) =>
  ctx.service(`spell.user.${lang}`, () => new UserDictionary(ctx.store, lang));

/** The harness's test seam (mtDelayMs) applies only in the harness. */
export const mtEngines = (ctx: Pick<DomainContext, 'service' | 'harness' | 'mtDelayMs'>) =>
  ctx.service('mt.pool', () => new EnginePool(ctx.harness ? ctx.mtDelayMs : 0));

/** Paths this session exported: "Show in folder" opens only these. */
export const exportedPaths = (ctx: Pick<DomainContext, 'service'>) => ctx.service('export.written', () => new Set<string>());
