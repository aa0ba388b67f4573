// The `segment` CLI command: JSON shape, plain output, and usage errors for a wrong --lang.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../../main/cli/args';
import { segmentCommand } from '../../../main/cli/segment';
import { UsageError } from '../../../main/cli/types';

const file = join(mkdtempSync(join(tmpdir(), 'redaksi-seg-')), 'a.txt');
writeFileSync(file, 'Dr. Budi datang. Dia pergi.\nParagraf dua.');

async function runCli(argv: string[]) {
  const out: string[] = [];
  const code = await segmentCommand.run(parseArgs(argv), { out: (l) => out.push(l), err: () => {} });
  return { code, out };
}

describe('segment CLI', () => {
  it('prints {segments:[{text,start,end}]} with --json', async () => {
    const { code, out } = await runCli([file, '--lang', 'id', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual({
      segments: [
        { text: 'Dr. Budi datang.', start: 0, end: 16 },
        { text: 'Dia pergi.', start: 17, end: 27 },
        { text: 'Paragraf dua.', start: 28, end: 41 },
      ],
    });
  });

  it('prints one segment per line without --json', async () => {
    expect((await runCli([file, '--lang', 'id'])).out).toEqual(['Dr. Budi datang.', 'Dia pergi.', 'Paragraf dua.']);
  });

  it('rejects a wrong or empty --lang as a usage error (exit 2 in the CLI)', async () => {
    await expect(runCli([file, '--lang', 'fr'])).rejects.toBeInstanceOf(UsageError);
    await expect(runCli([file, '--lang'])).rejects.toBeInstanceOf(UsageError);
    await expect(runCli([])).rejects.toBeInstanceOf(UsageError);
  });
});
