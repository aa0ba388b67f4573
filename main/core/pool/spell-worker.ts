// Worker-thread entry of the spellcheck thread: serves spell-jobs.ts (dictionaries load and check off the domain
// thread). Built as its own entry (out/main/spell-worker.js, out/cli/spell-worker.js); see start.ts.
import { SPELL_JOBS } from './spell-jobs';
import { serveJobs } from './serve';

serveJobs(SPELL_JOBS, 'main/core/pool/spell-worker.ts');
