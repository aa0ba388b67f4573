// Worker-thread entry of the import pool: runs one job (jobs.ts) at a time and posts its result back.
// Built as its own entry (out/main/pool-worker.js, out/cli/pool-worker.js); see start.ts for how it is found.
import { parentPort } from 'node:worker_threads';
import { toErrorPayload } from '../errors';
import { JOBS, type JobDef } from './jobs';
import type { JobResponse, PoolRequest } from './protocol';

const port = parentPort;
if (!port) throw new Error('main/core/pool/worker.ts must run inside a worker thread');

/**
 * Items per slice of a streamed result. Receiving a structured clone blocks the receiving thread, and a thread
 * takes every message already queued in one go: hence small slices, sent one at a time on request.
 */
const SLICE = 500;
const post = (m: JobResponse) => port.postMessage(m);
const streams = new Map<number, { list: unknown[]; pos: number }>();

async function run(id: number, job: string, args: unknown[]): Promise<void> {
  const def = (JOBS as Record<string, JobDef>)[job];
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
