// A round trip never undoes a translation typed after the export: only the side that changed since the export wins
// (XLIFF 2.1 carries the exported target's digest), both sides changed keeps ours and reports it, and without a
// digest (XLIFF 1.2, other tools' files) an empty target never clears ours.
import { describe, expect, it } from 'vitest';
import type { Segment, TranslationProject } from '../../../preload/contract/models';
import { exportXliff, exportXliff12, importXliff } from '../../../main/core/xliff/index';
import { targetVerdict } from '../../../main/core/xliff/target-merge';

function seg(id: string, over: Partial<Segment> = {}): Segment {
  return { id, source: `Sumber ${id}.`, pivot: '', target: '', status: 'new', origin: 'none', locked: false, confirmedSource: null, ignoredQa: [], note: '', ...over };
}
function project(segments: Segment[]): TranslationProject {
  return { id: 'p1', articleId: 'a1', sourceLang: 'id', targetLang: 'ko', pivotLang: null, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', segments };
}
/** The project after the export, with segment `id`'s target typed anew. */
function typed(p: TranslationProject, id: string, target: string): TranslationProject {
  return { ...p, segments: p.segments.map((s) => (s.id === id ? { ...s, target, status: 'translated', origin: 'human' } : s)) };
}
/** What another CAT tool writes: the target of one segment replaced in the XML (segment ids are s1, s2 …). */
function toolSets(xml: string, id: string, from: string, to: string): string {
  const at = xml.indexOf(`<segment id="${id}"`);
  const i = xml.indexOf(from, at);
  return xml.slice(0, i) + to + xml.slice(i + from.length);
}

const base = project([seg('s1', { target: '번역 하나', status: 'translated' }), seg('s2'), seg('s3', { target: '셋', status: 'draft' })]);

describe('XLIFF 2.1 import against the exported target', () => {
  const xml = exportXliff(base);

  it('keeps a target typed in the project after the export when the file left it alone (old code reverted it)', () => {
    const now = typed(typed(base, 's2', '새로 쓴 번역'), 's1', '고친 번역');
    const r = importXliff(xml, now);
    expect(r.project.segments.map((s) => s.target)).toEqual(['고친 번역', '새로 쓴 번역', '셋']);
    expect(r.changed).toEqual([]);
    expect(r.rejected.map((x) => [x.segmentId, x.reason])).toEqual([['s1', 'newer-here'], ['s2', 'newer-here']]);
  });

  it("takes the file's change where only the file changed, keeps ours and reports where both changed", () => {
    let file = toolSets(xml, 's1', '번역 하나', '도구의 번역');
    file = toolSets(file, 's3', '셋', '도구의 셋');
    const now = typed(base, 's3', '여기서 고친 셋');
    const r = importXliff(file, now);
    expect(r.project.segments.map((s) => s.target)).toEqual(['도구의 번역', '', '여기서 고친 셋']);
    expect(r.changed.map((c) => c.segmentId)).toEqual(['s1']);
    expect(r.rejected.map((x) => [x.segmentId, x.reason])).toEqual([['s3', 'conflict']]);
  });

  it('an emptied target is taken when the project still had the exported text (a deletion in the other tool)', () => {
    const r = importXliff(toolSets(xml, 's3', '<target>셋</target>', '<target></target>'), base);
    expect(r.project.segments[2].target).toBe('');
    expect(r.changed).toEqual([{ segmentId: 's3', fields: ['target'] }]);
  });

  it('without the digest (a file from elsewhere), an empty target never clears ours; others are taken', () => {
    const bare = xml.replace(/\s*<mda:meta type="exportedTarget">[^<]*<\/mda:meta>/g, '');
    expect(bare).not.toContain('exportedTarget');
    const file = toolSets(toolSets(bare, 's3', '<target>셋</target>', '<target></target>'), 's1', '번역 하나', '도구의 번역');
    const r = importXliff(file, typed(base, 's2', '새로 쓴 번역'));
    expect(r.project.segments.map((s) => s.target)).toEqual(['도구의 번역', '새로 쓴 번역', '셋']);
    expect(r.rejected.map((x) => [x.segmentId, x.reason]).sort()).toEqual([['s2', 'empty-target'], ['s3', 'empty-target']]);
  });
});

describe('XLIFF 1.2 import (no digest)', () => {
  it('an untranslated unit coming back never clears a target typed since the export', () => {
    const xml = exportXliff12(base, { articleTitle: 'Judul' });
    const r = importXliff(xml, typed(base, 's2', '새로 쓴 번역'));
    expect(r.project.segments[1].target).toBe('새로 쓴 번역');
    expect(r.rejected).toEqual([expect.objectContaining({ segmentId: 's2', reason: 'empty-target' })]);
  });
});

describe('targetVerdict', () => {
  it("takes the file's text where ours is empty (a fresh project or an untranslated segment): nothing is lost", () => {
    const r = importXliff(exportXliff(base), project(base.segments.map((s) => ({ ...s, target: '', status: 'new' }))));
    expect(r.project.segments.map((s) => s.target)).toEqual(['번역 하나', '', '셋']);
    expect(r.rejected).toEqual([]);
  });

  it('is "take" whenever the texts are equal, whatever the digest says', () => {
    expect(targetVerdict('같음', '같음', 'whatever')).toBe('take');
    expect(targetVerdict('', '', null)).toBe('take');
  });
});
