// QuoteRepo persistence (one JSON file per article) and the `quotes` CLI contract (JSON shape, exit codes).
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { DataStore } from '../../../main/core/store/data-store';
import { QuoteRepo, annotate, setStatus } from '../../../main/core/quotes';

const ROOT = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('QuoteRepo', () => {
  it('saves and reads back per article, surviving a reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redaksi-quotes-'));
    const text = '“Kami siap,” kata Gubernur Jawa Tengah Ganjar Pranowo.';
    let store = await DataStore.open(dir);
    const repo = new QuoteRepo(store);
    expect(await repo.get('art1')).toBeNull();
    const q = setStatus(annotate(text, 'id', 'art1'), annotate(text, 'id', 'art1').quotes[0].id, 'confirmed');
    await repo.save(q);
    await store.close();
    const onDisk = JSON.parse(readFileSync(join(dir, 'quotes', 'art1.json'), 'utf8'));
    expect(onDisk.schema).toBe(1);
    expect(onDisk.data.quotes[0].status).toBe('confirmed');
    store = await DataStore.open(dir);
    expect(await new QuoteRepo(store).get('art1')).toEqual(q);
    expect(await new QuoteRepo(store).get('other')).toBeNull();
    await store.close();
  });

  it('refuses invalid data and ids that could escape the folder', async () => {
    const store = await DataStore.open(mkdtempSync(join(tmpdir(), 'redaksi-quotes-')));
    const repo = new QuoteRepo(store);
    await expect(repo.get('../x')).rejects.toMatchObject({ code: 'quotes.badArticleId' });
    const bad = { ...annotate('x', 'id', 'art2'), lang: 'fr' } as unknown as Parameters<QuoteRepo['save']>[0];
    await expect(repo.save(bad)).rejects.toMatchObject({ code: 'quotes.invalid' });
    await store.close();
  });
});

describe('quotes CLI', () => {
  it('prints {lang, speakers, quotes} with offsets into the raw file text, a cue and a polarity for every quote', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'redaksi-q-')), 'id.txt');
    // CRLF line ends and curly quotes: offsets must still point into the raw file text.
    writeFileSync(
      file,
      'Bupati Sleman Kustini Wahyuni mengatakan, jalan desa akan diperbaiki tahun ini.\r\n\r\n' +
        '“Anggarannya sudah kami siapkan,” kata Kustini.\r\n\r\n' +
        'Kepala Dinas PU Sleman Bambang Riyadi membantah bahwa proyek itu tertunda karena dana.\r\n\r\n' +
        '“Tidak ada dana yang hilang,” bantahnya.\r\n',
    );
    const r = await cli(['quotes', file, '--lang', 'id', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const raw = readFileSync(file, 'utf8');
    expect(out.lang).toBe('id');
    expect(out.speakers.map((s: { name: string }) => s.name)).toEqual(['Kustini Wahyuni', 'Bambang Riyadi']);
    expect(out.quotes).toHaveLength(4);
    for (const q of out.quotes) {
      expect(raw.slice(q.start, q.end)).toBe(q.text);
      expect(['direct', 'indirect']).toContain(q.kind);
      expect(typeof q.confidence).toBe('number');
      expect(typeof q.cue).toBe('string');
      expect(['asserts', 'denies']).toContain(q.polarity);
    }
    expect(out.quotes.map((q: { cue: string; polarity: string }) => [q.cue, q.polarity])).toEqual([
      ['mengatakan', 'asserts'],
      ['kata', 'asserts'],
      ['membantah', 'denies'],
      ['bantahnya', 'denies'],
    ]);
  });

  it('detects the language when --lang is absent and prints a table without --json', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'redaksi-q-')), 'ko.txt');
    writeFileSync(file, '김창범 주인도네시아 한국대사는 “협력을 강화하겠다”고 말했다.\n');
    const json = JSON.parse((await cli(['quotes', file, '--json'])).stdout);
    expect(json.lang).toBe('ko');
    expect(json.quotes[0]).toMatchObject({ kind: 'direct', text: '협력을 강화하겠다', speaker: '김창범' });
    const table = await cli(['quotes', file]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('김창범');
    expect(table.stdout).toContain('direct');
  });

  it('exits 2 on a wrong --lang and 1 on an unreadable file', async () => {
    const bad = await cli(['quotes', join(ROOT, 'package.json'), '--lang', 'fr', '--json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--lang must be one of id, en, ko/);
    const missing = await cli(['quotes', '/nonexistent/file.txt', '--json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read/);
  });
});
