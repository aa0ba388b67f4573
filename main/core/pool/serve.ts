// The message loop of a pool worker thread: runs one job of its job map at a time and posts the result back,
// sending a streamed array result in slices on request. Shared by the import pool and the spellcheck thread.
import { parentPort } from 'node:worker_threads';
import { toErrorPayload } from '../errors';
import type { JobDef } from './jobs';
import type { JobResponse, PoolRequest } from './protocol';

/**
 * Items per slice of a streamed result. Receiving a structured clone blocks the receiving thread, and a thread
 * takes every message already queued in one go: hence small slices, sent one at a time on request.
 */
const SLICE = 500;

export function serveJobs(jobs: Record<string, JobDef>, file: string): void {
  const port = parentPort;
  if (!port) throw new Error(`${file} must run inside a worker thread`);
  const post = (m: JobResponse) => port.postMessage(m);
  const streams = new Map<number, { list: unknown[]; pos: number }>();

  async function run(id: number, job: string, args: unknown[]): Promise<void> {
    const def = jobs[job];
    if (!def) throw new Error(`unknown pool job ${job}`);
    const value = await (def.run as (...a: unknown[]) => unknown)(...args);
    const list = def.stream ? (value as Record<string, unknown>)[def.stream] : undefined;
    if (!def.stream || !Array.isArray(list) || list.length <= SLICE) return post({ type: 'result', id, value });
    streams.set(id, { list, pos: 0 });
    post({ type: 'result', id, value: { ...(value as object), [def.stream]: [] }, more: { key: def.stream } });
  }

  port.on('message', (req: PoolRequest) => {
    if (req.type === 'next') {
      const s = streams.get(req.id);
      if (!s) return;
      const items = s.list.slice(s.pos, (s.pos += SLICE));
      const last = s.pos >= s.list.length;
      if (last) streams.delete(req.id);
      post({ type: 'part', id: req.id, items, last });
      return;
    }
    run(req.id, req.job, req.args).catch((err) => post({ type: 'error', id: req.id, error: toErrorPayload(err) }));
  });
}
