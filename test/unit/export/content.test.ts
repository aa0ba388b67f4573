// Which text a translated export prints: approval rules, fallbacks, warnings, segment placement.
import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../../main/core/export/align';
import { resolveContent } from '../../../main/core/export/content';
import { blockText, parseBody } from '../../../main/core/export/model';
import { AppError } from '../../../main/core/errors';
import { projectFixture } from './fixtures';

const texts = (r: ReturnType<typeof resolveContent>) => r.model.blocks.map(blockText);

describe('resolveContent', () => {
  it('exports the source when no lang or the article lang is asked', () => {
    const { article, project } = projectFixture();
    const r = resolveContent({ article, project }, { format: 'txt', lang: 'id' });
    expect(r.side).toBe('source');
    expect(r.warnings).toEqual([]);
    expect(texts(r)[0]).toBe('Ganjar bertemu duta besar. Mereka membahas kerja sama.');
  });

  it('includeUnapproved=false leaves unapproved targets out and prints the source instead (default)', () => {
    const { article, project } = projectFixture();
    const r = resolveContent({ article, project }, { format: 'txt', lang: 'ko', includeUnapproved: false, title: '창조경제' });
    expect(r.model.lang).toBe('ko');
    expect(r.model.title).toBe('창조경제');
    expect(texts(r)).toEqual(['간자르가 대사를 만났다. Mereka membahas kerja sama.', '자동차', 'Desain dimulai dari otomotif.']);
    expect(r.model.blocks.map((b) => b.kind)).toEqual(['p', 'h2', 'p']);
    expect(r.warnings).toEqual([
      { code: 'segment.untranslated', segmentIds: ['s4'] },
      { code: 'segment.unapproved', segmentIds: ['s2'] },
    ]);
  });

  it("unapprovedFallback 'empty' drops them, includeUnapproved=true keeps unapproved targets", () => {
    const { article, project } = projectFixture();
    const empty = resolveContent({ article, project }, { format: 'txt', lang: 'ko', includeUnapproved: false, unapprovedFallback: 'empty' });
    expect(texts(empty)).toEqual(['간자르가 대사를 만났다.', '자동차']);
    const all = resolveContent({ article, project }, { format: 'txt', lang: 'ko', includeUnapproved: true });
    expect(texts(all)[0]).toBe('간자르가 대사를 만났다. 그들은 협력을 논의했다.');
    // No translated headline given: the source headline stays, and the caller is told.
    expect(all.model.title).toBe('Ekonomi Kreatif');
    expect(all.warnings.map((w) => w.code)).toContain('title.untranslated');
  });

  it('exports the pivot language from the pivot texts', () => {
    const { article, project } = projectFixture();
    const r = resolveContent({ article, project }, { format: 'txt', lang: 'en' });
    expect(r.side).toBe('pivot');
    expect(texts(r)[0]).toBe('Ganjar met the ambassador. They discussed cooperation.');
  });

  it('refuses a language the article has no translation into, and a foreign project', () => {
    const { article, project } = projectFixture();
    expect(() => resolveContent({ article }, { format: 'txt', lang: 'ko' })).toThrow(AppError);
    try {
      resolveContent({ article, project: { ...project, articleId: 'other' } }, { format: 'txt', lang: 'ko' });
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).code).toBe('export.projectMismatch');
    }
  });
});

describe('alignSegments', () => {
  const seg = (id: string, source: string, paragraph?: number) => ({
    id, source, pivot: '', target: id, status: 'approved' as const, origin: 'human' as const, locked: false,
    confirmedSource: null, ignoredQa: [], note: '', ...(paragraph === undefined ? {} : { paragraph }),
  });

  it('finds blocks by text when segments carry no paragraph index', () => {
    const blocks = parseBody('<p>A satu. A dua.</p><p>B satu.</p><p>C satu.</p>');
    const r = alignSegments('T', blocks, [seg('1', 'A satu.'), seg('2', 'A dua.'), seg('3', 'C satu.')]);
    expect(r.perBlock).toEqual([[0, 1], [], [2]]);
  });

  it('follows Segment.paragraph (counted over plain-text lines, so <br> counts)', () => {
    const blocks = parseBody('<p>Baris satu<br>Baris dua</p><p>Sama.</p><p>Sama.</p>');
    const r = alignSegments('T', blocks, [seg('1', 'Baris satu', 0), seg('2', 'Baris dua', 1), seg('3', 'Sama.', 3)]);
    expect(r.perBlock).toEqual([[0, 1], [], [2]]);
  });

  it('keeps a segment whose source was edited away, and spots a headline segment', () => {
    const blocks = parseBody('<p>Satu.</p><p>Dua.</p>');
    const r = alignSegments('Judul', blocks, [seg('t', 'Judul'), seg('1', 'Satu.'), seg('x', 'Hilang.'), seg('2', 'Dua.')]);
    expect(r.titleSegment).toBe(0);
    expect(r.perBlock).toEqual([[1, 2], [3]]);
  });
});
