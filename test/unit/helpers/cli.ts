// Runs the headless CLI from source the way a user does (npm run cli → tsx main/cli.ts), or in-process through the
// same dispatcher (no 1–3 s start-up per call); neither throws: exit code, stdout and stderr come back to assert on.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../../main/cli/main';

export const ROOT = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** The dispatcher main/cli.ts runs, called in-process: the same parsing, command, exit code and output lines. */
export async function runCliInProcess(args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (l) => (stdout += l + '\n'), err: (l) => (stderr += l + '\n') });
  return { code, stdout, stderr };
}
