// GlossaryRepo over a real data folder: seeding, edits, imports (all or nothing), exports, persistence.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataStore } from '../../../main/core/store/data-store';
import { GlossaryRepo, starterGlossary } from '../../../main/core/glossary';
import { AppError } from '../../../main/core/errors';

let dir: string;
let store: DataStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'redaksi-glossary-'));
  store = await DataStore.open(dir, { snapshotIntervalMs: 0 });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function reopen(): Promise<GlossaryRepo> {
  await store.close();
  store = await DataStore.open(dir, { snapshotIntervalMs: 0 });
  return new GlossaryRepo(store);
}

describe('GlossaryRepo', () => {
  it('starts from the starter glossary and finds terms with it', async () => {
    const repo = new GlossaryRepo(store);
    expect((await repo.list()).length).toBe(starterGlossary().length);
    const [hit] = await repo.find('Pemprov Jateng menyiapkan anggaran.', 'id');
    expect(hit.entryId).toBe('pemprov');
    expect(hit.translations.ko).toBe('주정부');
  });

  it('adds, updates and removes entries durably', async () => {
    let repo = new GlossaryRepo(store, () => []);
    const e = await repo.add({ terms: { id: [' Ganjar  Pranowo '], ko: ['간자르 프라노워'] }, note: 'mantan gubernur' });
    expect(e).toEqual({ id: 'ganjar-pranowo', terms: { id: ['Ganjar Pranowo'], en: [], ko: ['간자르 프라노워'] }, forbidden: { id: [], en: [], ko: [] }, note: 'mantan gubernur' });
    const again = await repo.add({ terms: { id: ['Ganjar Pranowo'], en: ['Ganjar Pranowo'] } });
    expect(again.id).toBe('ganjar-pranowo-2');
    await repo.update('ganjar-pranowo', { terms: { en: ['Ganjar Pranowo'] }, forbidden: { ko: ['간자르 프라노오'] } });
    await repo.remove('ganjar-pranowo-2');

    repo = await reopen();
    const list = await repo.list();
    expect(list.map((x) => x.id)).toEqual(['ganjar-pranowo']);
    expect(list[0].terms).toEqual({ id: ['Ganjar Pranowo'], en: ['Ganjar Pranowo'], ko: ['간자르 프라노워'] });
    expect(list[0].forbidden.ko).toEqual(['간자르 프라노오']);
    const json = JSON.parse(await readFile(join(dir, 'glossary.json'), 'utf8'));
    expect(json.schema).toBe(1);
    expect(json.entries).toHaveLength(1);
  });

  it('refuses empty entries, unknown ids and duplicate ids', async () => {
    const repo = new GlossaryRepo(store, () => []);
    await expect(repo.add({ terms: { id: ['  '] } })).rejects.toMatchObject({ code: 'glossary.entryEmpty' });
    await expect(repo.update('nope', { note: 'x' })).rejects.toMatchObject({ code: 'glossary.notFound' });
    await expect(repo.remove('nope')).rejects.toBeInstanceOf(AppError);
    await repo.add({ id: 'x', terms: { en: ['X'] } });
    await expect(repo.add({ id: 'x', terms: { en: ['Y'] } })).rejects.toMatchObject({ code: 'glossary.duplicateId' });
  });

  it('merges a CSV import (same first term updates) and can replace everything', async () => {
    const repo = new GlossaryRepo(store);
    const before = (await repo.list()).length;
    const r = await repo.importCsv('id,en,ko,note\nJateng | Jawa Tengah,Central Java,중부 자바,edited\nGanjar Pranowo,Ganjar Pranowo,간자르 프라노워,\n');
    expect(r).toEqual({ added: 1, updated: 1, skipped: 0, total: before + 1, rejected: [] });
    expect((await repo.get('jateng')).note).toBe('edited');
    const rep = await repo.importCsv('id,en,ko\nDPR,House of Representatives,국회\n', 'replace');
    expect(rep.total).toBe(1);
    expect((await repo.list()).map((e) => e.id)).toEqual(['dpr']);
  });

  it('imports nothing from a malformed CSV or TBX', async () => {
    const repo = new GlossaryRepo(store);
    const before = await repo.exportCsv();
    await expect(repo.importCsv('id,en,ko\nJateng,Central Java,중부 자바\nKorsel,"South Korea\n', 'replace')).rejects.toMatchObject({
      code: 'glossary.csvMalformed',
      params: { line: 3 },
    });
    await expect(repo.importTbx('<tbx><text><body><conceptEntry></body></text></tbx>', 'replace')).rejects.toMatchObject({
      code: 'glossary.tbxMalformed',
    });
    expect(await repo.exportCsv()).toBe(before);
  });

  it('exports CSV and TBX that import back to the same glossary', async () => {
    const repo = new GlossaryRepo(store);
    const list = await repo.list();
    const other = new GlossaryRepo(store, () => []);
    expect(await other.importTbx(await repo.exportTbx(), 'replace')).toMatchObject({ total: list.length });
    expect(await other.list()).toEqual(list);
    await other.importCsv(await repo.exportCsv(), 'replace');
    expect(await other.list()).toEqual(list);
  });
});
