// Pre-translating a project (TM first, then the engines) as a cancellable task, merged into the project as it is now.
import type { DomainContext, RequestOf } from '../context';
import { glossaryRepo, mtEngines, projectRepo, translationMemory } from '../services';
import { configs, labelsOf } from './engine-settings';
import { isPretranslatable, pretranslate } from './pretranslate';
import { mergePretranslation } from './pretranslate-merge';
import { updateProject } from '../translate/project-lock';

export function pretranslateProject(ctx: DomainContext, { projectId, taskId, tmOnly }: RequestOf<'mt.pretranslate'>) {
  return ctx.tasks.run(taskId, async (signal, progress) => {
    const repo = projectRepo(ctx);
    const project = await repo.get(projectId);
    const engines = mtEngines(ctx).engines(await configs(ctx));
    const terms = await glossaryRepo(ctx)
      .list()
      .catch(() => []);
    const total = project.segments.filter(isPretranslatable).length;
    const res = await pretranslate(project, {
      engines,
      signal,
      glossary: terms,
      // Small batches on short documents so the bar moves and Cancel takes effect quickly.
      batchSize: Math.max(1, Math.min(8, Math.ceil(total / 20))),
      onProgress: ({ done, total }) => progress(done, total),
      tm: translationMemory(ctx),
      tmOnly: tmOnly ?? false,
    });
    // The translator may have typed meanwhile: apply by segment id, only where the segment is still open — merged
    // into the stored project inside the project lock, so an edit saved during the merge is not overwritten.
    let merged!: ReturnType<typeof mergePretranslation>;
    await updateProject(ctx, projectId, (current) => {
      merged = mergePretranslation(project, res.project, current);
      return merged.project;
    });
    const applied = merged.applied;
    const kept = merged.appliedIds;
    return {
      done: applied,
      total: res.total,
      fromTm: res.fromTm,
      fuzzy: res.fuzzy,
      fromMt: res.fromMt,
      cancelled: res.cancelled,
      ...(res.error ? { error: res.error } : {}),
      route: res.route,
      engines: res.engines,
      engineLabels: labelsOf(engines, res.engines),
      flags: res.flags.filter((f) => kept.has(f.segmentId)),
    };
  });
}
