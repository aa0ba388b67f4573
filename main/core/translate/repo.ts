// Translation projects on disk: projects/<id>.json per project + projects/index.json (articleId → ids, rebuildable).
import { safeId } from '../store/ids';
import { promises as fsp } from 'node:fs';
import type { Low } from 'lowdb';
import { Id } from '../../../preload/contract/define';
import { TranslationProject } from '../../../preload/contract/models';
import type { DataStore } from '../store/data-store';
import { AppError } from '../errors';
import { createProject, type CreateProjectInput } from './create';

interface ProjectDoc {
  schema: number;
  project: TranslationProject | null;
}
interface IndexDoc {
  schema: number;
  byArticle: Record<string, string[]>;
}

const DIR = 'projects';
const INDEX = `${DIR}/index.json`;
export const projectFile = (id: string) => `${DIR}/${safeId(id)}.json`;

export class ProjectRepo {
  private indexDoc: Promise<Low<IndexDoc>> | null = null;
  /** Mutations run one at a time, so two creates cannot both pass the "one project per target" check. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: DataStore) {}

  /** Segments `input.text` and stores the project. One project per article and target language. */
  create(input: CreateProjectInput): Promise<TranslationProject> {
    return this.serial(async () => {
      const existing = await this.listForArticle(input.articleId);
      const clash = existing.find((p) => p.targetLang === input.targetLang);
      if (clash) {
        throw new AppError('translate.projectExists', `This article already has a ${input.targetLang} translation (${clash.id}).`, {
          articleId: input.articleId,
          lang: input.targetLang,
          id: clash.id,
        });
      }
      return this.write(createProject(input));
    });
  }

  async get(id: string): Promise<TranslationProject> {
    if (!Id.safeParse(id).success || id === 'index' || !(await this.store.exists(projectFile(id)))) throw notFound(id);
    const doc = await this.doc(id);
    if (!doc.data.project) throw notFound(id);
    return doc.data.project;
  }

  /** Validates and writes durably (resolves after fsync + rename). Returns the stored project. */
  save(project: TranslationProject): Promise<TranslationProject> {
    return this.serial(() => this.write(project));
  }

  /** Every project of an article, ordered by target language. */
  async listForArticle(articleId: string): Promise<TranslationProject[]> {
    const idx = await this.index();
    const out: TranslationProject[] = [];
    for (const id of idx.data.byArticle[articleId] ?? []) {
      out.push(await this.get(id).catch(() => null as unknown as TranslationProject));
    }
    return out.filter(Boolean).sort((a, b) => a.targetLang.localeCompare(b.targetLang));
  }

  /** Every project in the data folder, by article then target language. */
  async listAll(): Promise<TranslationProject[]> {
    const idx = await this.index();
    const out: TranslationProject[] = [];
    for (const articleId of Object.keys(idx.data.byArticle).sort()) out.push(...(await this.listForArticle(articleId)));
    return out;
  }

  delete(id: string): Promise<void> {
    return this.serial(async () => {
      const project = await this.get(id);
      await this.store.remove(projectFile(id));
      const idx = await this.index();
      const ids = (idx.data.byArticle[project.articleId] ?? []).filter((x) => x !== id);
      if (ids.length) idx.data.byArticle[project.articleId] = ids;
      else delete idx.data.byArticle[project.articleId];
      await idx.write();
    });
  }

  /** Rebuilds the index from the project files (the files are the truth). */
  async rebuildIndex(): Promise<void> {
    const idx = await this.index();
    const byArticle: Record<string, string[]> = {};
    for (const id of await this.idsOnDisk()) {
      const project = (await this.doc(id)).data.project;
      if (project) (byArticle[project.articleId] ??= []).push(id);
    }
    idx.data.byArticle = byArticle;
    await idx.write();
  }

  private async write(input: TranslationProject): Promise<TranslationProject> {
    const parsed = TranslationProject.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError('translate.invalidProject', `Not a valid translation project: ${issue?.path.join('.')} ${issue?.message}`, {
        reason: `${issue?.path.join('.')}: ${issue?.message}`,
      });
    }
    const project = parsed.data;
    const doc = await this.doc(project.id);
    const previous = doc.data.project;
    doc.data = { schema: 1, project };
    try {
      await doc.write();
    } catch (err) {
      doc.data = { schema: 1, project: previous }; // memory must not claim what the disk does not hold
      throw err;
    }
    const idx = await this.index();
    const ids = idx.data.byArticle[project.articleId] ?? [];
    if (!ids.includes(project.id)) {
      idx.data.byArticle[project.articleId] = [...ids, project.id];
      await idx.write();
    }
    return project;
  }

  private doc(id: string): Promise<Low<ProjectDoc>> {
    return this.store.doc<ProjectDoc>(projectFile(id), { defaults: () => ({ schema: 1, project: null }) });
  }

  private index(): Promise<Low<IndexDoc>> {
    this.indexDoc ??= this.loadIndex();
    return this.indexDoc;
  }

  /** Loads the index and reconciles it with the files, so a crash between the two writes loses nothing. */
  private async loadIndex(): Promise<Low<IndexDoc>> {
    const idx = await this.store.doc<IndexDoc>(INDEX, { defaults: () => ({ schema: 1, byArticle: {} }) });
    const onDisk = new Set(await this.idsOnDisk());
    const indexed = new Set(Object.values(idx.data.byArticle).flat());
    let changed = false;
    for (const [articleId, ids] of Object.entries(idx.data.byArticle)) {
      const kept = ids.filter((id) => onDisk.has(id));
      if (kept.length !== ids.length) {
        changed = true;
        if (kept.length) idx.data.byArticle[articleId] = kept;
        else delete idx.data.byArticle[articleId];
      }
    }
    for (const id of onDisk) {
      if (indexed.has(id)) continue;
      const project = (await this.doc(id)).data.project;
      if (!project) continue;
      (idx.data.byArticle[project.articleId] ??= []).push(id);
      changed = true;
    }
    if (changed) await idx.write();
    return idx;
  }

  private async idsOnDisk(): Promise<string[]> {
    const names = await fsp.readdir(this.store.path(DIR)).catch(() => [] as string[]);
    return names
      .map((n) => /^([A-Za-z0-9_-]{1,64})\.json$/.exec(n)?.[1])
      .filter((id): id is string => !!id && id !== 'index');
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn, fn);
    this.tail = run.catch(() => {});
    return run;
  }
}

function notFound(id: string): AppError {
  return new AppError('translate.projectNotFound', `No translation project with id ${id}.`, { id });
}
