// The headline is segment 0: created with the project, kept in sync with the title, never split or joined,
// exported as the translated title, and both headlines head the bilingual copy.
import { describe, expect, it } from 'vitest';
import { TranslationProject } from '../../../preload/contract/models';
import { confirm, createProject, joinSegments, resyncWithReport, setStatus, setTarget, splitSegment, syncHeadline } from '../../../main/core/translate';
import { exportDocument } from '../../../main/core/export';
import { errorCode } from '../helpers/errors';
import { article } from '../export/fixtures';

const TEXT = 'Harga beras naik. Petani menunda panen.\nPasar sepi.';
const make = (title = 'Beras  Mahal\ndi Jawa') =>
  createProject({ articleId: 'art1', text: TEXT, title, sourceLang: 'id', targetLang: 'ko', pivotLang: null });

describe('headline as segment 0', () => {
  it('is created first, on one line, marked headline, without a paragraph', () => {
    const p = make();
    expect(TranslationProject.parse(p)).toEqual(p);
    expect(p.segments[0]).toMatchObject({ source: 'Beras Mahal di Jawa', headline: true, status: 'new' });
    expect(p.segments[0].paragraph).toBeUndefined();
    expect(p.segments.slice(1).map((s) => s.source)).toEqual(['Harga beras naik.', 'Petani menunda panen.', 'Pasar sepi.']);
    expect(p.segments.slice(1).every((s) => !s.headline)).toBe(true);
    expect(make('  ').segments).toHaveLength(3);
  });

  it('follows the title: added to an older project, changed (confirmed → draft, target kept), removed', () => {
    const old = createProject({ articleId: 'a', text: TEXT, sourceLang: 'id', targetLang: 'ko', pivotLang: null });
    const added = syncHeadline(old, 'Beras Mahal');
    expect(added.change).toBe('added');
    expect(added.project.segments[0]).toMatchObject({ source: 'Beras Mahal', headline: true });
    expect(added.project.segments).toHaveLength(4);

    let p = make();
    const head = p.segments[0].id;
    p = confirm(setTarget(p, head, '자바 쌀값 급등'), head);
    expect(syncHeadline(p, 'Beras Mahal di Jawa').change).toBe('kept');
    const changed = syncHeadline(p, 'Beras Makin Mahal di Jawa');
    expect(changed.change).toBe('changed');
    expect(changed.project.segments[0]).toMatchObject({ id: head, source: 'Beras Makin Mahal di Jawa', target: '자바 쌀값 급등', status: 'draft' });
    expect(changed.project.segments[0].confirmedSource).toBe('Beras Mahal di Jawa');
    const removed = syncHeadline(p, '');
    expect(removed.change).toBe('removed');
    expect(removed.project.segments.some((s) => s.headline)).toBe(false);
  });

  it('survives a body resync untouched, and is never split or joined with the body', () => {
    const p = make();
    const r = resyncWithReport(p, 'Harga beras naik tajam. Petani menunda panen.\nPasar sepi.', 'id');
    expect(r.project.segments[0]).toBe(p.segments[0]);
    expect(r.report).toMatchObject({ kept: 2, changed: 1, added: 0, removed: 0 });
    expect(new Set(r.project.segments.map((s) => s.id)).size).toBe(r.project.segments.length);
    expect(errorCode(() => splitSegment(p, p.segments[0].id, 5))).toBe('translate.headlineSplit');
    expect(errorCode(() => joinSegments(p, p.segments[0].id))).toBe('translate.joinAcrossParagraphs');
  });

  it('exports as the translated title once confirmed; bilingual HTML shows both headlines', async () => {
    const a = article({ id: 'art1', title: 'Beras Mahal di Jawa', body: '<p>Harga beras naik. Petani menunda panen.</p><p>Pasar sepi.</p>' });
    let p = make('Beras Mahal di Jawa');
    const ko = ['자바 쌀값 급등', '쌀값이 올랐다.', '농민들은 수확을 미뤘다.', '시장은 한산했다.'];
    p.segments.forEach((s, i) => (p = confirm(setTarget(p, s.id, ko[i]), s.id)));
    const txt = await exportDocument({ article: a, project: p }, { format: 'txt', lang: 'ko' });
    const text = String(txt.data);
    expect(text.split('\n')[0]).toBe('자바 쌀값 급등');
    expect(text).not.toContain('Beras');
    expect(txt.warnings.map((w) => w.code)).not.toContain('title.untranslated');

    const html = String((await exportDocument({ article: a, project: p }, { format: 'bilingual-html', lang: 'ko' })).data);
    expect(html).toMatch(/<h1 lang="id">Beras Mahal di Jawa<\/h1>/);
    expect(html).toMatch(/<h1 class="target-title" lang="ko">자바 쌀값 급등<\/h1>/);

    // Approved targets only: the headline (translated, not approved) does not become the title; the source one stays.
    const one = setStatus(p, p.segments[1].id, 'approved');
    const d = await exportDocument({ article: a, project: one }, { format: 'txt', lang: 'ko', includeUnapproved: false });
    expect(String(d.data).split('\n')[0]).toBe('Beras Mahal di Jawa');
    expect(d.warnings.map((w) => w.code)).toContain('title.untranslated');

    // A headline back in draft is not a translation yet: never the title.
    const draft = setTarget(p, p.segments[0].id, '초안 제목');
    const dr = await exportDocument({ article: a, project: draft }, { format: 'txt', lang: 'ko' });
    expect(String(dr.data).split('\n')[0]).toBe('Beras Mahal di Jawa');
    expect(String(dr.data)).not.toContain('초안 제목');
  });
});
