// One read-modify-write of a project at a time, per project: the only way the workspace changes a stored project.
import type { TranslationProject } from '../../../preload/contract/models';
import type { DomainContext } from '../context';
import { projectRepo } from '../services';

/** Per project id: the tail of its queue of updates (a failed update does not block the next). */
type Queues = Map<string, Promise<unknown>>;

/**
 * Two quick edits of different segments must not both start from the same stored project and drop each other's
 * change: each update reads the project after the previous one saved. fn returning its input unchanged saves nothing.
 */
export function updateProject(
  ctx: Pick<DomainContext, 'store' | 'service'>,
  projectId: string,
  fn: (p: TranslationProject) => TranslationProject | Promise<TranslationProject>,
): Promise<TranslationProject> {
  const queues = ctx.service<Queues>('projects.lock', () => new Map());
  const run = (queues.get(projectId) ?? Promise.resolve()).then(async () => {
    const repo = projectRepo(ctx);
    const before = await repo.get(projectId);
    const after = await fn(before);
    if (after === before) return before;
    return repo.save({ ...after, updatedAt: new Date().toISOString() });
  });
  queues.set(projectId, run.catch(() => {}));
  return run;
}
