// Worker-thread entry of the import pool: runs the jobs of jobs.ts (see serve.ts for the message loop).
// Built as its own entry (out/main/pool-worker.js, out/cli/pool-worker.js); see start.ts for how it is found.
import { JOBS } from './jobs';
import { serveJobs } from './serve';

serveJobs(JOBS, 'main/core/pool/worker.ts');
