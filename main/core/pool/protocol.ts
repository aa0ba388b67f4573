// Messages between the import pool and its worker threads (structured-clone plain data only).
import type { ErrorPayload } from '../errors';

export type PoolRequest =
  | { type: 'run'; id: number; job: string; args: unknown[] }
  /** Send the next slice of a streamed result: the pool asks for one at a time, so it never receives a backlog. */
  | { type: 'next'; id: number };

export type JobResponse =
  /** `more`: the array property `key` (jobs.ts `stream`) follows in slices, each sent when asked for. */
  | { type: 'result'; id: number; value: unknown; more?: { key: string } }
  | { type: 'part'; id: number; items: unknown[]; last: boolean }
  | { type: 'error'; id: number; error: ErrorPayload };
