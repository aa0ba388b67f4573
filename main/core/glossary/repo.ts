// The user's glossary on disk: DATA/glossary.json {schema:1, entries}, seeded from the starter glossary.
import type { Low } from 'lowdb';
import type { GlossaryEntry } from '../../../preload/contract/models';
import type { Lang } from '../../../preload/contract/define';
import type { DataStore } from '../store/data-store';
import { AppError } from '../errors';
import { cleanEntry, deriveId, mergeEntries, uniqueId, type GlossaryEntryInput, type GlossaryRejection } from './entry';
import type { ParsedGlossary } from './parse-file';
import { fromCsv, toCsv } from './csv';
import { fromTbx, toTbx } from './tbx';
import { toTbx2008 } from './tbx2008';
import { fromOmegaT, toOmegaT } from './omegat';
import { findTerms, type TermHit } from './match';
import { starterGlossary } from './starter';

export const GLOSSARY_FILE = 'glossary.json';

interface GlossaryDoc {
  schema: number;
  entries: GlossaryEntry[];
}

export type ImportMode = 'merge' | 'replace';

export interface ImportResult {
  added: number;
  updated: number;
  /** TBX concepts without an id/en/ko term. */
  skipped: number;
  total: number;
  /** Rows/concepts left out with a reason (e.g. a term over 500 characters); everything else was imported. */
  rejected: GlossaryRejection[];
}

export class GlossaryRepo {
  constructor(
    private readonly store: DataStore,
    /** What a brand-new data folder starts with (tests pass [] or a small list). */
    private readonly seed: () => GlossaryEntry[] = starterGlossary,
  ) {}

  // The seed is only the default: nothing is written until the first change, and an emptied glossary stays empty.
  private doc(): Promise<Low<GlossaryDoc>> {
    return this.store.doc<GlossaryDoc>(GLOSSARY_FILE, { defaults: () => ({ schema: 1, entries: this.seed() }) });
  }

  async list(): Promise<GlossaryEntry[]> {
    return (await this.doc()).data.entries;
  }

  async get(id: string): Promise<GlossaryEntry> {
    const e = (await this.list()).find((x) => x.id === id);
    if (!e) throw new AppError('glossary.notFound', `No glossary entry with id ${id}.`, { id });
    return e;
  }

  async add(input: GlossaryEntryInput): Promise<GlossaryEntry> {
    const db = await this.doc();
    const taken = new Set(db.data.entries.map((e) => e.id));
    if (input.id && taken.has(input.id)) {
      throw new AppError('glossary.duplicateId', `A glossary entry with id ${input.id} already exists.`, { id: input.id });
    }
    const entry = cleanEntry(input, input.id ?? uniqueId(deriveId(input), taken));
    await this.save(db, [...db.data.entries, entry]);
    return entry;
  }

  /** Replaces the given fields; terms/forbidden replace per language, languages left out are kept. */
  async update(id: string, patch: Omit<GlossaryEntryInput, 'id'>): Promise<GlossaryEntry> {
    const db = await this.doc();
    const i = db.data.entries.findIndex((e) => e.id === id);
    if (i < 0) throw new AppError('glossary.notFound', `No glossary entry with id ${id}.`, { id });
    const cur = db.data.entries[i];
    const entry = cleanEntry(
      {
        terms: { ...cur.terms, ...patch.terms },
        forbidden: { ...cur.forbidden, ...patch.forbidden },
        note: patch.note ?? cur.note,
      },
      id,
    );
    const next = [...db.data.entries];
    next[i] = entry;
    await this.save(db, next);
    return entry;
  }

  async remove(id: string): Promise<void> {
    const db = await this.doc();
    const next = db.data.entries.filter((e) => e.id !== id);
    if (next.length === db.data.entries.length) throw new AppError('glossary.notFound', `No glossary entry with id ${id}.`, { id });
    await this.save(db, next);
  }

  /** A malformed file throws before anything is changed; rows over a limit are left out and listed in `rejected`. */
  async importCsv(text: string, mode: ImportMode = 'merge'): Promise<ImportResult> {
    const rejected: GlossaryRejection[] = [];
    return this.importEntries(fromCsv(text, rejected), 0, mode, rejected);
  }

  async importTbx(xml: string, mode: ImportMode = 'merge'): Promise<ImportResult> {
    const { entries, skipped, rejected } = fromTbx(xml);
    return this.importEntries(entries, skipped, mode, rejected);
  }

  /** A file parsed off the domain thread (parseGlossaryFile in the import pool). */
  async importParsed(parsed: ParsedGlossary, mode: ImportMode = 'merge'): Promise<ImportResult> {
    return this.importEntries(parsed.entries, parsed.skipped, mode, parsed.rejected);
  }

  async exportCsv(): Promise<string> {
    return toCsv(await this.list());
  }

  /** OmegaT tab-separated glossary for one language pair. All or nothing, like the other imports. */
  async importOmegaT(text: string, from: Lang, to: Lang, mode: ImportMode = 'merge'): Promise<ImportResult> {
    const { entries, rejected } = fromOmegaT(text, from, to);
    return this.importEntries(entries, 0, mode, rejected);
  }

  /** TBX 2008 (martif, what OmegaT and translate-toolkit read; the default) or TBX-Basic 2019 (<tbx>). */
  async exportTbx(version: '2008' | '2019' = '2008'): Promise<string> {
    return version === '2019' ? toTbx(await this.list()) : toTbx2008(await this.list());
  }

  async exportOmegaT(from: Lang, to: Lang): Promise<string> {
    return toOmegaT(await this.list(), from, to);
  }

  /** Glossary hits in a text, for highlighting in the editor. */
  async find(text: string, lang: Lang): Promise<TermHit[]> {
    return findTerms(text, lang, await this.list());
  }

  /** Back to the shipped starter glossary (the user's entries are dropped). */
  async resetToStarter(): Promise<GlossaryEntry[]> {
    const db = await this.doc();
    await this.save(db, this.seed());
    return db.data.entries;
  }

  private async importEntries(incoming: GlossaryEntry[], skipped: number, mode: ImportMode, rejected: GlossaryRejection[]): Promise<ImportResult> {
    const db = await this.doc();
    const { entries, added, updated } = mergeEntries(db.data.entries, incoming, mode);
    await this.save(db, entries);
    return { added, updated, skipped, total: entries.length, rejected };
  }

  /** A new array each save: callers holding the old list (and the match caches keyed on it) see a stable value. */
  private async save(db: Low<GlossaryDoc>, entries: GlossaryEntry[]): Promise<void> {
    const before = db.data.entries;
    db.data.entries = entries;
    try {
      await db.write();
    } catch (err) {
      db.data.entries = before; // the disk still holds the old list: keep memory in step with it
      throw err;
    }
  }
}
