// One rule for ids that name files, whoever passes them (IPC, CLI, tests): the contract's Id pattern.
import { AppError } from '../errors';

export const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** `id` as a file-name part, or an AppError: "../.snapshots/x" must never reach a path. */
export function safeId(id: string): string {
  if (!ID.test(id)) throw new AppError('articles.notFound', `No article with id ${String(id).slice(0, 80)}.`, { id: String(id).slice(0, 80) });
  return id;
}
