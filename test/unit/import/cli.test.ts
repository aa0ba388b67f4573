// The draft CLI end to end (npm run cli): import, search, count, revisions, diff, restore, errors.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';

describe('draft CLI', () => {
  const data = mkdtempSync(join(tmpdir(), 'redaksi-draft-cli-'));
  const src = mkdtempSync(join(tmpdir(), 'redaksi-draft-src-'));

  it('imports, searches, counts, lists revisions, restores and diffs', async () => {
    const html = join(src, 'berita.html');
    writeFileSync(html, '<h1>Kafé Semarang</h1><p>JAKARTA (ANTARA) - Harga kopi <b>naik</b> lagi.<script>x()</script></p>');
    const imp = await runCli(['draft', 'import', html, '--data', data]);
    expect(imp.code).toBe(0);
    const id = imp.stdout.trim();
    expect(id).toMatch(/^[a-f0-9]{16}$/);

    const found = await runCli(['draft', 'search', 'kafe', '--json', '--data', data]);
    expect(found.code).toBe(0);
    const r = JSON.parse(found.stdout);
    expect(r.total).toBe(1);
    expect(r.hits[0]).toMatchObject({ id, title: 'Kafé Semarang' });

    const count = await runCli(['draft', 'count', '--id', id, '--json', '--data', data]);
    expect(JSON.parse(count.stdout)).toMatchObject({ words: 4, characters: 21 });

    const restored = await runCli(['draft', 'restore', id, '1', '--data', data]);
    expect(restored.stdout.trim()).toBe('Restored revision 1 as revision 2.');
    const revs = JSON.parse((await runCli(['draft', 'revisions', id, '--json', '--data', data])).stdout);
    expect(revs.map((x: { reason: string }) => x.reason)).toEqual(['restore', 'import']);
    const diff = await runCli(['draft', 'diff', id, '1', '2', '--data', data]);
    expect(diff.stdout.trim()).toBe('Kafé Semarang\nHarga kopi naik lagi.');
  });

  it('reports import errors with exit code 1 and usage errors with 2', async () => {
    const empty = join(src, 'kosong.txt');
    writeFileSync(empty, '');
    const e = await runCli(['draft', 'import', empty, '--data', data]);
    expect(e.code).toBe(1);
    expect(e.stderr).toContain('The file is empty');
    const fake = join(src, 'palsu.docx');
    writeFileSync(fake, 'not a zip');
    expect((await runCli(['draft', 'import', fake, '--data', data])).stderr).toContain('not a zip archive');
    expect((await runCli(['draft', 'diff', 'abc', 'x', '2', '--data', data])).code).toBe(2);
  });

  it('dry-runs the bundled sample without touching the data folder', async () => {
    const s = await runCli(['draft', 'sample', '--dry-run']);
    expect(s.code).toBe(0);
    expect(JSON.parse(s.stdout).dateline).toMatchObject({ outlet: 'MONITOR', place: 'Semarang' });
  });
});
