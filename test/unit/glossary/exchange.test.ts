// Glossary exchange with CAT tools: TBX 2008 <martif> export (re-imports losslessly), OmegaT tab-separated
// glossary export/import for one language pair, and the CLI's --tbx / --from --to choices.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromOmegaT, fromTbx, starterGlossary, toOmegaT, toTbx2008 } from '../../../main/core/glossary';
import type { GlossaryEntry } from '../../../preload/contract/models';
import { AppError } from '../../../main/core/errors';
import { runCli } from '../helpers/cli';

const ENTRIES: GlossaryEntry[] = [
  {
    id: 'jateng',
    terms: { id: ['Jateng', 'Jawa Tengah'], en: ['Central Java'], ko: ['중부 자바'] },
    forbidden: { id: [], en: [], ko: ['자바 중부'] },
    note: 'Province <capital Semarang> & more',
  },
  { id: 'dpr', terms: { id: ['DPR'], en: ['House of Representatives'], ko: [] }, forbidden: { id: [], en: [], ko: [] }, note: '' },
  { id: 'tab', terms: { id: ['kata\tber-tab'], en: [], ko: ['탭\n단어'] }, forbidden: { id: [], en: [], ko: [] }, note: '' },
];

describe('TBX 2008 (martif) export', () => {
  const xml = toTbx2008(ENTRIES);
  it('writes TBX-Basic martif with termEntry/langSet/tig; forbidden variants as a note, never as a term', () => {
    expect(xml).toContain('<martif type="TBX-Basic" xml:lang="id">');
    expect(xml.match(/<termEntry /g)).toHaveLength(3);
    expect(xml).toContain('<langSet xml:lang="ko">');
    // OmegaT's TBX reader ignores administrativeStatus: a deprecated <tig> would be offered as a translation.
    expect(xml).not.toContain('<term>자바 중부</term>');
    expect(xml).toMatch(/<langSet xml:lang="ko">\s*<note>Do not use: 자바 중부<\/note>\s*<tig>\s*<term>중부 자바<\/term>\s*<termNote type="administrativeStatus">preferredTerm-admn-sts/);
    expect(xml).toContain('<note>Province &lt;capital Semarang&gt; &amp; more</note>');
  });
  it('reads back into the same entries (our TBX reader takes martif)', () => {
    // Terms are whitespace-normalised on import, so the tab/newline entry comes back with single spaces.
    const norm = ENTRIES.map((e) => (e.id === 'tab' ? { ...e, terms: { id: ['kata ber-tab'], en: [], ko: ['탭 단어'] } } : e));
    expect(fromTbx(xml)).toEqual({ entries: norm, skipped: 0, rejected: [] });
  });
});

describe('OmegaT glossary', () => {
  it('writes source<TAB>target<TAB>comment lines for one pair; entries missing a side are left out', () => {
    const text = toOmegaT(ENTRIES, 'id', 'ko');
    const lines = text.split('\n').slice(0, -1);
    expect(lines[0]).toMatch(/^# /);
    expect(lines.slice(1)).toEqual([
      'Jateng\t중부 자바\tProvince <capital Semarang> & more — not: 자바 중부',
      'Jawa Tengah\t중부 자바\tProvince <capital Semarang> & more — not: 자바 중부',
      'kata ber-tab\t탭 단어\t',
    ]);
  });
  it('reads its own export back (terms, note, forbidden) and groups lines by source term', () => {
    const { entries } = fromOmegaT(toOmegaT(ENTRIES.slice(0, 1), 'id', 'en'), 'id', 'en');
    expect(entries).toHaveLength(2); // Jateng and Jawa Tengah are two source terms → two entries
    expect(entries[0]).toMatchObject({ terms: { id: ['Jateng'], en: ['Central Java'], ko: [] }, note: 'Province <capital Semarang> & more' });
    const ko = fromOmegaT('\uFEFF# comment\r\nJateng\t중부 자바\tcatatan — not: 자바 중부\r\nJateng\t중부자바\r\n\r\n', 'id', 'ko').entries;
    expect(ko).toEqual([
      { id: expect.any(String), terms: { id: ['Jateng'], en: [], ko: ['중부 자바', '중부자바'] }, forbidden: { id: [], en: [], ko: ['자바 중부'] }, note: 'catatan' },
    ]);
  });
  it('refuses a line without a target, naming the line, and imports nothing', () => {
    let err: unknown;
    try {
      fromOmegaT('Jateng\t중부 자바\nDPR\n', 'id', 'ko');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('glossary.omegatMalformed');
    expect((err as AppError).params).toEqual({ line: 2 });
  });
});

describe('glossary CLI formats', () => {
  it('exports TBX 2008 by default, 2019 on request, OmegaT with a pair; imports OmegaT for a pair', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redaksi-gloss-x-'));
    const data = join(dir, 'data');
    expect((await runCli(['glossary', 'export', join(dir, 'a.tbx'), '--data', data])).code).toBe(0);
    expect(readFileSync(join(dir, 'a.tbx'), 'utf8')).toContain('<martif type="TBX-Basic"');
    expect((await runCli(['glossary', 'export', join(dir, 'b.tbx'), '--tbx', '2019', '--data', data])).code).toBe(0);
    expect(readFileSync(join(dir, 'b.tbx'), 'utf8')).toContain('<tbx style="dca" type="TBX-Basic"');
    expect((await runCli(['glossary', 'export', join(dir, 'c.tbx'), '--tbx', '2010', '--data', data])).code).toBe(2);
    expect((await runCli(['glossary', 'export', join(dir, 'g.utf8'), '--data', data])).code).toBe(2); // no pair
    const ok = await runCli(['glossary', 'export', join(dir, 'g.utf8'), '--from', 'id', '--to', 'ko', '--data', data]);
    expect(ok.code).toBe(0);
    const starter = starterGlossary().filter((e) => e.terms.id.length && e.terms.ko.length);
    const lines = readFileSync(join(dir, 'g.utf8'), 'utf8').trimEnd().split('\n').slice(1);
    expect(lines.length).toBe(starter.reduce((n, e) => n + e.terms.id.length * e.terms.ko.length, 0));

    writeFileSync(join(dir, 'new.utf8'), 'Gubernur Jateng\t중부 자바 주지사\tjabatan\n');
    const imp = await runCli(['glossary', 'import', join(dir, 'new.utf8'), '--from', 'id', '--to', 'ko', '--data', data]);
    expect(imp.code, imp.stderr).toBe(0);
    expect(imp.stdout).toMatch(/1 added/);
    const find = await runCli(['glossary', 'find', 'Kata Gubernur Jateng.', '--lang', 'id', '--data', data]);
    expect(find.stdout).toContain('중부 자바 주지사');
  }, 120_000);
});
