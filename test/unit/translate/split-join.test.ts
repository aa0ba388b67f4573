// Splitting and joining segments.
import { describe, expect, it } from 'vitest';
import { confirm, createProject, joinSegments, setStatus, setTarget, splitSegment, toggleLock } from '../../../main/core/translate';
import { errorCode } from '../helpers/errors';

const make = () =>
  createProject({
    articleId: 'art1',
    text: 'Banjir melanda Jakarta dan Bekasi. Warga mengungsi.\nBantuan tiba sore.',
    sourceLang: 'id',
    targetLang: 'en',
    pivotLang: null,
  });
const code = errorCode;

describe('splitSegment', () => {
  it('splits the source at an offset; the first half keeps id and target as a draft, the second is new', () => {
    let p = make();
    const id = p.segments[0].id;
    p = confirm(setTarget(p, id, 'Floods hit Jakarta and Bekasi.'), id);
    const q = splitSegment(p, id, 'Banjir melanda Jakarta'.length);
    expect(q.segments).toHaveLength(4);
    expect(q.segments[0]).toMatchObject({ id, source: 'Banjir melanda Jakarta', target: 'Floods hit Jakarta and Bekasi.', status: 'draft', confirmedSource: null });
    expect(q.segments[1]).toMatchObject({ source: 'dan Bekasi.', target: '', status: 'new', paragraph: 0 });
    expect(q.segments[1].id).not.toBe(id);
    expect(q.segments[2]).toBe(p.segments[1]);
    expect(p.segments).toHaveLength(3);
  });

  it('refuses offsets that leave an empty half, and locked segments', () => {
    const p = make();
    const id = p.segments[0].id;
    expect(code(() => splitSegment(p, id, 0))).toBe('translate.badSplitOffset');
    expect(code(() => splitSegment(p, id, p.segments[0].source.length))).toBe('translate.badSplitOffset');
    expect(code(() => splitSegment(p, id, 1.5))).toBe('translate.badSplitOffset');
    expect(code(() => splitSegment(toggleLock(p, id), id, 6))).toBe('translate.segmentLocked');
  });

  it('never cuts a surrogate pair', () => {
    const p = createProject({ articleId: 'a', text: 'Ya 🙂 betul.', sourceLang: 'id', targetLang: 'en', pivotLang: null });
    const id = p.segments[0].id;
    expect(code(() => splitSegment(p, id, 4))).toBe('translate.badSplitOffset');
    expect(splitSegment(p, id, 5).segments.map((s) => s.source)).toEqual(['Ya 🙂', 'betul.']);
  });
});

describe('joinSegments', () => {
  it('joins with the next segment: sources and targets with a space, status draft', () => {
    let p = make();
    const [a, b] = p.segments.map((s) => s.id);
    p = setTarget(p, a, 'Floods hit Jakarta and Bekasi.', 'mt');
    p = setTarget(p, b, 'Residents fled.', 'tm');
    const q = joinSegments(p, a);
    expect(q.segments).toHaveLength(2);
    expect(q.segments[0]).toMatchObject({
      id: a,
      source: 'Banjir melanda Jakarta dan Bekasi. Warga mengungsi.',
      target: 'Floods hit Jakarta and Bekasi. Residents fled.',
      status: 'draft',
      origin: 'human',
      confirmedSource: null,
    });
  });

  it('keeps a confirmed status when both halves were confirmed (the lower one wins)', () => {
    let p = make();
    const [a, b] = p.segments.map((s) => s.id);
    p = setStatus(confirm(setTarget(p, a, 'One.'), a), a, 'reviewed');
    p = confirm(setTarget(p, b, 'Two.'), b);
    const j = joinSegments(p, a).segments[0];
    expect(j).toMatchObject({ status: 'translated', confirmedSource: j.source, target: 'One. Two.' });
  });

  it('an empty pair stays new; a lone target keeps its origin', () => {
    const p = make();
    const [a, b] = p.segments.map((s) => s.id);
    expect(joinSegments(p, a).segments[0]).toMatchObject({ status: 'new', target: '', origin: 'none' });
    expect(joinSegments(setTarget(p, b, 'Residents fled.', 'mt'), a).segments[0]).toMatchObject({
      status: 'draft',
      target: 'Residents fled.',
      origin: 'mt',
    });
  });

  it('refuses the last segment, a paragraph boundary and locked segments', () => {
    const p = make();
    const [a, b, c] = p.segments.map((s) => s.id);
    expect(code(() => joinSegments(p, c))).toBe('translate.noNextSegment');
    expect(code(() => joinSegments(p, b))).toBe('translate.joinAcrossParagraphs');
    expect(code(() => joinSegments(toggleLock(p, b), a))).toBe('translate.segmentLocked');
  });

  it('split then join gives the original source back', () => {
    const p = make();
    const id = p.segments[0].id;
    const back = joinSegments(splitSegment(p, id, 22), id);
    expect(back.segments.map((s) => s.source)).toEqual(p.segments.map((s) => s.source));
  });
});
