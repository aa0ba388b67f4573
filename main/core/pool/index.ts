// Worker threads for CPU-heavy work, so the thread answering requests never waits on it.
//
//   importPool().run(job, args, { signal?, transfer? }) → Promise<result>   (jobs: see jobs.ts)
//   cancelling `signal` rejects with AppError 'import.cancelled' and ends the thread running the job.
//   spellPool().run('spell.check' | 'spell.suggest' | 'spell.load', args)   (one thread keeping the dictionaries loaded:
//   spell-jobs.ts)
export { WorkerPool, importPool, spellPool, cancelledError, type RunOptions, type PoolOptions } from './pool';
export type { JobName, JobArgs, JobResult } from './jobs';
