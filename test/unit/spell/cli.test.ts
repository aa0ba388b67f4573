// CLI: `translit NAME...` and `spell FILE --lang L [--json]`, through the command objects and the real entry.
import { describe, it, expect, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from '../../../main/cli/args';
import { spellCommand, translitCommand } from '../../../main/cli/lang';
import type { CliCommand } from '../../../main/cli/types';
import { DataStore } from '../../../main/core/store/data-store';
import { UserDictionary } from '../../../main/core/spell';

const ROOT = resolve(__dirname, '../../..');
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function run(cmd: CliCommand, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cmd.run(parseArgs(argv), { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function tempFile(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'redaksi-spell-cli-'));
  dirs.push(dir);
  const file = join(dir, name);
  await writeFile(file, text);
  return file;
}

describe('translit', () => {
  it('prints one line per name with its Korean spelling', async () => {
    const r = await run(translitCommand, ['Joko Widodo', 'Semarang', 'Indonesia']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual(['Joko Widodo\t조코 위도도', 'Semarang\t스마랑', 'Indonesia\t인도네시아\t(established spelling)']);
  });
  it('--json gives value and source; --variety ms reads ch as c', async () => {
    const r = await run(translitCommand, ['Kuching', '--variety', 'ms', '--json']);
    expect(JSON.parse(r.out)).toEqual([{ name: 'Kuching', value: '쿠칭', source: 'rule' }]);
  });
  it('rejects a missing name and a bad variety', async () => {
    await expect(run(translitCommand, [])).rejects.toThrow(/NAME/);
    await expect(run(translitCommand, ['Bali', '--variety', 'xx'])).rejects.toThrow(/variety/);
  });
});

describe('spell', () => {
  it('lists misspellings with line, column and suggestions', async () => {
    const file = await tempFile('en.txt', 'Fine line.\nThe goverment reported it.\n');
    const r = await run(spellCommand, [file, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${file}:2:5  goverment → government`);
    expect(r.out).toContain('1 misspelling (en).');
  });
  it('--json reports offsets; the language is detected without --lang', async () => {
    const file = await tempFile('id.txt', 'Menurut pemerintahhan, kebijakan pemerintahannya sudah baik dan yang lain juga.');
    const r = await run(spellCommand, [file, '--json']);
    const j = JSON.parse(r.out);
    expect(j.lang).toBe('id');
    expect(j.misspellings.map((m: { word: string }) => m.word)).toEqual(['pemerintahhan']);
    expect(j.misspellings[0]).toMatchObject({ start: 8, end: 21, line: 1, column: 9 });
  });
  it('uses the user dictionary of --data', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'redaksi-spell-data-'));
    dirs.push(dataDir);
    const store = await DataStore.open(dataDir);
    await new UserDictionary(store, 'ko').add('위도도');
    await store.close();
    const file = await tempFile('ko.txt', '위도도는 발표했따.');
    const r = await run(spellCommand, [file, '--lang', 'ko', '--json', '--data', dataDir]);
    expect(JSON.parse(r.out).misspellings.map((m: { word: string }) => m.word)).toEqual(['발표했따']);
  });
  it('fails clearly on a missing file and rejects an unknown --lang', async () => {
    const r = await run(spellCommand, [join(tmpdir(), 'redaksi-no-such-file.txt'), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no such file/);
    await expect(run(spellCommand, ['x.txt', '--lang', 'fr'])).rejects.toThrow(/--lang/);
  });
  it('runs through the real CLI entry', async () => {
    const file = await tempFile('ko.txt', '정부는 새 정책을 발표했따.');
    const out = execFileSync('npm', ['run', '--silent', 'cli', '--', 'spell', file, '--lang', 'ko'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, REDAKSI_DATA_DIR: '' } });
    expect(out).toContain('발표했따 → 발표했다');
    const names = execFileSync('npm', ['run', '--silent', 'cli', '--', 'translit', 'Yogyakarta'], { cwd: ROOT, encoding: 'utf8' });
    expect(names.trim()).toBe('Yogyakarta\t욕야카르타');
  });
});
