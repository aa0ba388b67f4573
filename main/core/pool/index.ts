// The import pool: CPU-heavy parsing (docx, HTML, TMX, XLIFF, glossary files, big bodies) in worker threads.
//
//   importPool().run(job, args, { signal?, transfer? }) → Promise<result>   (jobs: see jobs.ts)
//   cancelling `signal` rejects with AppError 'import.cancelled' and ends the thread running the job.
export { WorkerPool, importPool, cancelledError, type RunOptions, type PoolOptions } from './pool';
export type { JobName, JobArgs, JobResult } from './jobs';
