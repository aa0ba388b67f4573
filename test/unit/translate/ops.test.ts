// Project operations: create, target, confirm, status transitions, pivot, lock, QA ignores, notes, progress.
import { describe, expect, it } from 'vitest';
import { TranslationProject } from '../../../preload/contract/models';
import {
  confirm,
  createProject,
  getSegment,
  ignoreQa,
  progress,
  setNote,
  setPivot,
  setStatus,
  setTarget,
  toggleLock,
  unignoreQa,
} from '../../../main/core/translate';
import { errorCode } from '../helpers/errors';

const TEXT = 'Dr. Budi datang ke Jakarta. Dia bertemu menteri.\nRapat dimulai pukul 10.';
const make = (pivot: 'en' | null = null) =>
  createProject({ articleId: 'art1', text: TEXT, sourceLang: 'id', targetLang: 'ko', pivotLang: pivot });
const code = errorCode;

describe('createProject', () => {
  it('makes one new segment per sentence, with paragraph numbers and unique ids', () => {
    const p = make();
    expect(TranslationProject.parse(p)).toEqual(p);
    expect(p.segments.map((s) => [s.source, s.status, s.paragraph])).toEqual([
      ['Dr. Budi datang ke Jakarta.', 'new', 0],
      ['Dia bertemu menteri.', 'new', 0],
      ['Rapat dimulai pukul 10.', 'new', 1],
    ]);
    expect(new Set(p.segments.map((s) => s.id)).size).toBe(3);
    expect(p.segments.every((s) => s.target === '' && s.origin === 'none' && s.confirmedSource === null)).toBe(true);
    expect(p.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('refuses the same source and target language, and a pivot equal to either', () => {
    expect(code(() => createProject({ articleId: 'a', text: 'x', sourceLang: 'id', targetLang: 'id', pivotLang: null }))).toBe(
      'translate.sameLanguage',
    );
    expect(code(() => createProject({ articleId: 'a', text: 'x', sourceLang: 'id', targetLang: 'ko', pivotLang: 'ko' }))).toBe(
      'translate.badPivot',
    );
  });
});

describe('segment operations', () => {
  it('setTarget: new → draft, keeps the input untouched, clearing makes it new again', () => {
    const p = make();
    const id = p.segments[0].id;
    const q = setTarget(p, id, '부디 박사가 자카르타에 왔다.', 'mt');
    expect(p.segments[0].target).toBe('');
    expect(getSegment(q, id)).toMatchObject({ target: '부디 박사가 자카르타에 왔다.', status: 'draft', origin: 'mt' });
    expect(q.segments[1]).toBe(p.segments[1]);
    expect(getSegment(setTarget(q, id, '  '), id)).toMatchObject({ target: '', status: 'new', origin: 'none' });
    expect(setTarget(q, id, '부디 박사가 자카르타에 왔다.', 'mt')).toBe(q);
  });

  it('confirm: draft → translated, records confirmedSource; an empty target cannot be confirmed', () => {
    const p = make();
    const id = p.segments[0].id;
    expect(code(() => confirm(p, id))).toBe('translate.emptyTarget');
    const q = confirm(setTarget(p, id, '번역'), id);
    expect(getSegment(q, id)).toMatchObject({ status: 'translated', confirmedSource: 'Dr. Budi datang ke Jakarta.' });
  });

  it('confirm keeps reviewed/approved, and editing an approved target makes it a draft again', () => {
    let p = make();
    const id = p.segments[0].id;
    p = setStatus(setStatus(confirm(setTarget(p, id, '번역'), id), id, 'reviewed'), id, 'approved');
    expect(getSegment(confirm(p, id), id).status).toBe('approved');
    expect(getSegment(setTarget(p, id, '새 번역'), id).status).toBe('draft');
  });

  it('setStatus: approved only from translated or reviewed; confirmed statuses need a target', () => {
    let p = make();
    const id = p.segments[0].id;
    expect(code(() => setStatus(p, id, 'approved'))).toBe('translate.badTransition');
    expect(code(() => setStatus(p, id, 'translated'))).toBe('translate.emptyTarget');
    p = setTarget(p, id, '번역');
    expect(code(() => setStatus(p, id, 'approved'))).toBe('translate.badTransition');
    const reviewed = setStatus(p, id, 'reviewed');
    expect(getSegment(reviewed, id)).toMatchObject({ status: 'reviewed', confirmedSource: getSegment(p, id).source });
    expect(getSegment(setStatus(reviewed, id, 'approved'), id).status).toBe('approved');
    const translated = setStatus(p, id, 'translated');
    expect(getSegment(setStatus(translated, id, 'approved'), id).status).toBe('approved');
    // back down is always allowed
    expect(getSegment(setStatus(translated, id, 'new'), id).status).toBe('new');
    expect(getSegment(setStatus(translated, id, 'draft'), id).status).toBe('draft');
    expect(setStatus(translated, id, 'translated')).toBe(translated);
  });

  it('unknown segment ids fail with translate.segmentNotFound', () => {
    expect(code(() => setTarget(make(), 'nope', 'x'))).toBe('translate.segmentNotFound');
  });

  it('setPivot needs a pivot language', () => {
    const id = make().segments[1].id;
    expect(code(() => setPivot(make(), id, 'He met the minister.'))).toBe('translate.noPivot');
    const withPivot = make('en');
    const p = setPivot(withPivot, withPivot.segments[1].id, 'He met the minister.');
    expect(p.segments[1].pivot).toBe('He met the minister.');
  });

  it('toggleLock blocks target edits but not status, pivot, notes or QA choices', () => {
    let p = make('en');
    const id = p.segments[0].id;
    p = toggleLock(setTarget(p, id, '번역'), id);
    expect(getSegment(p, id).locked).toBe(true);
    expect(code(() => setTarget(p, id, '다른 번역'))).toBe('translate.segmentLocked');
    expect(getSegment(confirm(p, id), id).status).toBe('translated');
    expect(getSegment(setPivot(p, id, 'pivot'), id).pivot).toBe('pivot');
    expect(getSegment(setNote(p, id, 'cek nama'), id).note).toBe('cek nama');
    p = toggleLock(p, id);
    expect(getSegment(setTarget(p, id, '다른 번역'), id).target).toBe('다른 번역');
  });

  it('ignoreQa adds a code once; unignoreQa removes it', () => {
    let p = make();
    const id = p.segments[2].id;
    p = ignoreQa(ignoreQa(p, id, 'numbers.mismatch'), id, 'numbers.mismatch');
    p = ignoreQa(p, id, 'glossary.missing');
    expect(getSegment(p, id).ignoredQa).toEqual(['numbers.mismatch', 'glossary.missing']);
    expect(getSegment(unignoreQa(p, id, 'numbers.mismatch'), id).ignoredQa).toEqual(['glossary.missing']);
  });

  it('every operation result still satisfies the contract schema', () => {
    let p = make('en');
    const [a, b] = p.segments.map((s) => s.id);
    p = confirm(setTarget(p, a, '번역'), a);
    p = ignoreQa(toggleLock(setPivot(p, b, 'x'), b), b, 'qa');
    expect(TranslationProject.parse(p)).toEqual(p);
  });
});

describe('progress', () => {
  it('counts source words per status for id/en', () => {
    let p = make();
    const [a, b] = p.segments.map((s) => s.id);
    p = confirm(setTarget(p, a, '번역'), a);
    p = setTarget(p, b, '초안');
    const pr = progress(p);
    expect(pr.unit).toBe('words');
    // "Dr. Budi datang ke Jakarta." = 5, "Dia bertemu menteri." = 3, "Rapat dimulai pukul 10." = 4
    expect(pr.byStatus).toEqual({ new: 4, draft: 3, translated: 5, reviewed: 0, approved: 0 });
    expect(pr.segments).toEqual({ new: 1, draft: 1, translated: 1, reviewed: 0, approved: 0 });
    expect(pr.total).toBe(12);
    expect(pr.done).toBe(5);
    expect(pr.percent).toBe(41);
  });

  it('counts characters (letters and digits, no spaces or punctuation) for a Korean source', () => {
    const p = createProject({ articleId: 'a', text: '회의가 열렸다. 2026년 끝!', sourceLang: 'ko', targetLang: 'id', pivotLang: 'en' });
    const pr = progress(p);
    expect(pr.unit).toBe('characters');
    expect(pr.total).toBe(6 + 6); // 회의가열렸다 + 2026년끝
    expect(pr.byStatus.new).toBe(12);
    expect(pr.percent).toBe(0);
  });

  it('reports 100% for an empty project', () => {
    const p = createProject({ articleId: 'a', text: '', sourceLang: 'en', targetLang: 'id', pivotLang: null });
    expect(progress(p)).toMatchObject({ total: 0, percent: 100 });
  });
});
