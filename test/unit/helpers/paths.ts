// Where tests find files: everything they need lives in the repository; ../shared only feeds optional extra checks.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { it } from 'vitest';

export const REPO = resolve(import.meta.dirname, '../../..');
/** Published standards (XLIFF 2.1, ninjs, TMX 1.4) copied with their licences; see its README. */
export const STANDARDS = resolve(REPO, 'test/fixtures/standards');
/** The sample article the app ships (resources/samples). */
export const SAMPLE_ARTICLE = resolve(REPO, 'resources/samples/semarang-ekraf-korsel.id.txt');
/** The team's shared folder beside a developer's worktree: third-party news, never copied, absent on a bare clone. */
export const SHARED = resolve(REPO, '../shared');
export const HAS_SHARED = existsSync(SHARED);
/**
 * Registers an extra check that reads ../shared only when that folder exists. On a bare clone the check is not
 * registered; test/run-all.mjs prints a line saying these extra checks did not run (nothing is skipped silently).
 */
export const itWithShared = (HAS_SHARED
  ? it
  : (name: string) => {
      console.info(`extra check not run (no ../shared): ${name}`);
    }) as typeof it;
