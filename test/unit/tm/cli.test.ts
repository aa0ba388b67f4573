// The tm CLI on a fresh --data folder: import (counts, index file saved), lookup --json, export (valid TMX), bad languages exit 2.
import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTmx } from '../../../main/core/tm';
import { runCli } from '../helpers/cli';

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="id-ID" datatype="plaintext"/>
<body>
<tu tuid="a1"><tuv xml:lang="id-ID"><seg>Presiden Joko Widodo meresmikan jalan tol baru di Semarang.</seg></tuv><tuv xml:lang="ko-KR"><seg>조코 위도도 대통령이 스마랑에서 새 고속도로를 개통했다.</seg></tuv></tu>
<tu tuid="a2"><tuv xml:lang="id-ID"><seg>Harga beras naik 5 persen.</seg></tuv><tuv xml:lang="en-US"><seg>Rice prices rose 5 percent.</seg></tuv><tuv xml:lang="de-DE"><seg>Reis.</seg></tuv></tu>
</body></tmx>`;

describe('tm cli', () => {
  const data = mkdtempSync(join(tmpdir(), 'redaksi-tm-cli-'));
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-tm-cli-files-'));
  const file = join(dir, 'in.tmx');
  writeFileSync(file, TMX);

  it('imports, looks up, exports and rejects bad input', async () => {
    const imp = await runCli(['tm', 'import', file, '--data', data]);
    expect(imp.code).toBe(0);
    expect(imp.stdout).toContain('Imported 2 units, skipped 1.');
    expect(imp.stdout).toContain('id → ko: 1');
    // The import saved each pair's lookup index, for the next command to load (index-file.test.ts checks its use).
    expect(existsSync(join(data, 'tm', 'id-ko', 'lookup-index.bin'))).toBe(true);

    const look = await runCli(['tm', 'lookup', 'Presiden Joko Widodo meresmikan jalan tol di Semarang.', '--from', 'id', '--to', 'ko', '--json', '--data', data]);
    expect(look.code).toBe(0);
    const { matches } = JSON.parse(look.stdout) as { matches: { source: string; target: string; score: number }[] };
    expect(matches).toHaveLength(1);
    expect(matches[0].target).toBe('조코 위도도 대통령이 스마랑에서 새 고속도로를 개통했다.');
    expect(matches[0].score).toBeGreaterThanOrEqual(70);
    expect(matches[0].score).toBeLessThan(100);

    const out = join(dir, 'out.tmx');
    const exp = await runCli(['tm', 'export', out, '--from', 'id', '--to', 'en', '--data', data]);
    expect(exp.code).toBe(0);
    expect(parseTmx(readFileSync(out, 'utf8'))).toMatchObject([{ source: 'Harga beras naik 5 persen.', target: 'Rice prices rose 5 percent.' }]);

    expect((await runCli(['tm', 'lookup', 'x', '--from', 'fr', '--to', 'ko', '--data', data])).code).toBe(2);
    expect((await runCli(['tm', 'export', out, '--from', 'id', '--data', data])).code).toBe(2);
    expect((await runCli(['tm', 'lookup', 'x', '--from', 'id', '--to', 'id', '--json', '--data', data])).code).toBe(2);

    const badFile = join(dir, 'bad.tmx');
    writeFileSync(badFile, TMX.replace('</tu>\n<tu tuid="a2">', '</tu>\n<tu tuid="a2"><tuv xml:lang="id"><seg>x &nbsp;</seg></tuv></tu><tu>'));
    const bad = await runCli(['tm', 'import', badFile, '--data', data]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/cannot be imported/);
  }, 120_000);
});
