// TBX 2008 and TMX with translate-toolkit: tbx2po reads every entry of our TBX 2008; a TMX that po2tmx writes
// (header srclang="en" over id/ko units, as real files do) imports into ours unit for unit through the CLI.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { starterGlossary } from '../../../main/core/glossary';
import { runCli } from '../helpers/cli';
import { readText, run, tempDir, toolIt } from './tools';

const msgids = (po: string) => [...po.matchAll(/^msgid "(.+)"$/gm)].map((m) => m[1]);

describe('glossary and TM with translate-toolkit', () => {
  toolIt(['tbx2po'], 'tbx2po reads our TBX 2008 with every entry', async () => {
    const dir = tempDir('tbx2po');
    const exp = await runCli(['glossary', 'export', join(dir, 'g.tbx'), '--data', join(dir, 'data')]);
    expect(exp.code, exp.stderr).toBe(0);
    run('tbx2po', [join(dir, 'g.tbx'), join(dir, 'g.po')]);
    const entries = starterGlossary();
    // tbx2po makes one PO unit per <termEntry>, its msgid the first term of the first language (id here).
    expect(msgids(readText(join(dir, 'g.po')))).toEqual(entries.map((e) => e.terms.id[0] ?? e.terms.en[0] ?? e.terms.ko[0]));
  }, 120_000);

  toolIt(['po2tmx'], 'a TMX written by po2tmx (srclang="en", id/ko units) imports every unit with `tm import`', async () => {
    const dir = tempDir('po2tmx');
    const pairs = [
      ['Gubernur Jawa Tengah Ganjar Pranowo memperkuat kerja sama.', '중부 자바 주지사 간자르 프라노워가 협력을 강화했다.'],
      ['Ini momentum buat saya.', '이것은 나에게 기회다.'],
      ['Kerja sama "K-Wave" akan kita bawa ke Jawa Tengah.', '"K-웨이브" 협력을 중부 자바로 가져오겠다.'],
    ];
    writeFileSync(
      join(dir, 'a.po'),
      'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n' +
        pairs.map(([s, t]) => `msgid ${JSON.stringify(s)}\nmsgstr ${JSON.stringify(t)}\n`).join('\n'),
    );
    run('po2tmx', ['-l', 'ko', '--source-language=id', join(dir, 'a.po'), join(dir, 'a.tmx')]);
    const tmx = readText(join(dir, 'a.tmx'));
    expect(tmx).toContain('srclang="en"'); // what the tool writes whatever --source-language says
    const imp = await runCli(['tm', 'import', join(dir, 'a.tmx'), '--json', '--data', join(dir, 'data')]);
    expect(imp.code, imp.stderr).toBe(0);
    expect(JSON.parse(imp.stdout)).toEqual({ imported: 3, skipped: 0, pairs: [{ from: 'id', to: 'ko', count: 3 }] });
    const look = await runCli(['tm', 'lookup', pairs[2][0], '--from', 'id', '--to', 'ko', '--json', '--data', join(dir, 'data')]);
    expect(JSON.parse(look.stdout).matches[0]).toMatchObject({ target: pairs[2][1], score: 100 });
  }, 120_000);
});
