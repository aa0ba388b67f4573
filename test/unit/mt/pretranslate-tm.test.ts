// Pre-translate TM first, then a loopback MT server: provenance per segment, the pivot column, and origin in TMX/XLIFF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Segment, TranslationProject } from '../../../preload/contract/models';
import { blankSegment } from '../../../main/core/translate/segments';
import { confirm, setTarget, provenanceOf } from '../../../main/core/translate';
import { createEngine, pretranslate } from '../../../main/core/mt';
import { mergePretranslation } from '../../../main/core/mt/pretranslate-merge';
import { TranslationMemory, parseTmx } from '../../../main/core/tm';
import { renderProjectTmx } from '../../../main/core/export/tmx-render';
import { exportXliff, importXliff } from '../../../main/core/xliff';
import type { DataStore } from '../../../main/core/store/data-store';
import { freshStore } from '../tm/helpers';
import { startMtServer, type MtServer } from './mt-server';

const SOURCES = ['Gubernur bertemu duta besar.', 'Kerja sama ekonomi kreatif diperkuat.', 'Program dimulai tahun depan.'];

function project(segments: Segment[]): TranslationProject {
  return {
    id: 'p1',
    articleId: 'a1',
    sourceLang: 'id',
    targetLang: 'ko',
    pivotLang: 'en',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    segments,
  };
}

describe('pretranslate: TM first, then MT', () => {
  let server: MtServer;
  let store: DataStore;
  let tm: TranslationMemory;
  beforeAll(async () => {
    server = await startMtServer();
    store = (await freshStore()).store;
    tm = new TranslationMemory(store);
    // A 100 % match for the second sentence (stored after a different sentence, so not in context) and a fuzzy one.
    await tm.add({ source: SOURCES[1], target: '창조경제 협력이 강화된다.', sourceLang: 'id', targetLang: 'ko', prev: 'Kalimat lain.' });
    await tm.add({ source: 'Program dimulai tahun ini.', target: '프로그램은 올해 시작된다.', sourceLang: 'id', targetLang: 'ko', prev: '' });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  const engine = () => createEngine({ id: 'lt-local', kind: 'libretranslate', label: 'LT', baseUrl: server.baseUrl });

  it('inserts the 100 % match as tm:100, MT drafts elsewhere as mt:<engine>, and fills the pivot column', async () => {
    const p = project(SOURCES.map((s, i) => blankSegment(`s${i}`, s)));
    const res = await pretranslate(p, { engines: [engine()], tm, fuzzyMin: 101 });
    const [a, b, c] = res.project.segments;
    expect(b).toMatchObject({ target: '창조경제 협력이 강화된다.', origin: 'tm', provenance: 'tm:100', status: 'translated', confirmedSource: SOURCES[1] });
    expect(a).toMatchObject({ target: `[ko] ${SOURCES[0].toUpperCase()}`, origin: 'mt', provenance: 'mt:lt-local', status: 'draft' });
    expect(c).toMatchObject({ origin: 'mt', provenance: 'mt:lt-local', status: 'draft' });
    // One LibreTranslate entry serves id→ko and id→en: the pivot column gets the English of every filled segment.
    expect(res.project.segments.map((s) => s.pivot)).toEqual(SOURCES.map((s) => `[en] ${s.toUpperCase()}`));
    expect(res).toMatchObject({ done: 3, total: 3, fromTm: 1, fuzzy: 0, fromMt: 2, pivots: 3, route: ['id', 'ko'], engines: ['lt-local'] });
    // MT was asked only for the two segments the TM did not cover.
    const koCalls = server.requests.filter((r) => r.body.target === 'ko');
    expect(koCalls.flatMap((r) => r.body.q)).toEqual([SOURCES[0], SOURCES[2]]);
  });

  it('a fuzzy match at or above the threshold lands as a tm draft with its score; --tm-only calls no engine', async () => {
    const before = server.requests.length;
    const p = project(SOURCES.map((s, i) => blankSegment(`s${i}`, s)));
    const res = await pretranslate(p, { engines: [], tm, tmOnly: true, fuzzyMin: 75 });
    const c = res.project.segments[2];
    expect(c.origin).toBe('tm');
    expect(c.status).toBe('draft');
    expect(c.provenance).toMatch(/^tm:(7[5-9]|[89]\d)$/);
    expect(res.project.segments[0]).toMatchObject({ target: '', status: 'new' });
    expect(res).toMatchObject({ fromTm: 1, fuzzy: 1, fromMt: 0, route: [], engines: [] });
    expect(server.requests.length).toBe(before);
  });

  it('origin survives confirmation, goes into TMX (x-origin, creationtool) and XLIFF, and comes back on import', async () => {
    const p = project(SOURCES.map((s, i) => blankSegment(`s${i}`, s)));
    let q = (await pretranslate(p, { engines: [engine()], tm, fuzzyMin: 101 })).project;
    q = confirm(q, 's0'); // confirmed, unedited MT
    q = setTarget(q, 's2', '프로그램은 내년에 시작된다.'); // a human edit of an MT draft
    expect(provenanceOf(q.segments[0])).toBe('mt:lt-local');
    expect(provenanceOf(q.segments[2])).toBe('mt-edited:lt-local');

    // A draft never goes into a TMX; confirmed, the edited one does (marked as edited MT).
    expect(parseTmx(renderProjectTmx(q, { includeUnapproved: true })).map((u) => u.origin)).toEqual(['mt:lt-local', 'tm:100']);
    q = confirm(q, 's2');
    const tmx = renderProjectTmx(q, { includeUnapproved: true });
    expect(tmx).toMatch(/<tu tuid="p1-s0" srclang="id" creationtool="Redaksi MT \(lt-local\)"[^>]*>\s*(<prop[^>]*>[^<]*<\/prop>\s*)*<prop type="x-origin">mt:lt-local<\/prop>/);
    const units = parseTmx(tmx);
    expect(units.map((u) => u.origin)).toEqual(['mt:lt-local', 'tm:100', 'mt-edited:lt-local']);

    const xml = exportXliff(q);
    expect(xml).toContain('<mda:meta type="origin">mt:lt-local</mda:meta>');
    // Into a fresh copy of the project (no targets yet): targets come back with their origin.
    const empty = project(SOURCES.map((s, i) => blankSegment(`s${i}`, s)));
    const back = importXliff(xml, empty).project.segments;
    expect(back.map((s) => [s.origin, s.provenance])).toEqual([
      ['mt', 'mt:lt-local'],
      ['tm', 'tm:100'],
      ['human', 'mt-edited:lt-local'],
    ]);
    // Edited in another tool: MT text changed there is 'mt-edited', unchanged text keeps its origin.
    const edited = importXliff(xml.replace(`[ko] ${SOURCES[0].toUpperCase()}`, '주지사가 대사를 만났다.'), q).project.segments;
    expect(edited[0]).toMatchObject({ origin: 'human', provenance: 'mt-edited:lt-local' });
    expect(edited[1]).toMatchObject({ origin: 'tm', provenance: 'tm:100' });
  });

  it('merging into a project the translator changed meanwhile keeps their work', async () => {
    const p = project(SOURCES.map((s, i) => blankSegment(`s${i}`, s)));
    const res = await pretranslate(p, { engines: [engine()], tm, fuzzyMin: 101 });
    const typed = setTarget(p, 's0', 'ketikan penerjemah');
    const merged = mergePretranslation(p, res.project, typed);
    expect(merged.project.segments[0]).toMatchObject({ target: 'ketikan penerjemah', origin: 'human' });
    expect(merged.project.segments[0].pivot).toBe(`[en] ${SOURCES[0].toUpperCase()}`);
    expect(merged.project.segments[1].provenance).toBe('tm:100');
    expect(merged.applied).toBe(2);
  });
});
