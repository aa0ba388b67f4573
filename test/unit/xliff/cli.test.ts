// `npm run cli -- xliff validate FILE`: exit 0 "valid", 1 with the reason, 2 when the file is unreadable.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STANDARDS } from '../helpers/paths';

const ROOT = path.resolve(__dirname, '../../..');
const SUITE = path.join(STANDARDS, 'xliff-2.1/test-suite');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'main/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('xliff validate CLI', () => {
  it('exits 0 and prints "valid" for a valid file', () => {
    const r = cli('xliff', 'validate', path.join(SUITE, 'valid/withNotes.xlf'));
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe('valid');
  });
  it('exits 1 with the rule and place for an invalid file', () => {
    const r = cli('xliff', 'validate', path.join(SUITE, 'invalid/bad_EcBeforeSc.xlf'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('[startRef]');
    expect(r.out).toContain('line 6');
  });
  it('exits 2 for a missing file, a folder, or a binary file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xlf-cli-'));
    const bin = path.join(dir, 'b.xlf');
    writeFileSync(bin, Buffer.from([0x3c, 0x00, 0xff, 0xfe, 0x00, 0x01]));
    for (const f of [path.join(dir, 'missing.xlf'), dir, bin]) {
      const r = cli('xliff', 'validate', f);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/cannot read/);
    }
  });
});
