// Re-segmenting an edited article: exact matches, similar matches with "source changed", new and dropped sentences.
import { describe, expect, it } from 'vitest';
import {
  confirm,
  createProject,
  progress,
  resyncSource,
  resyncWithReport,
  setTarget,
  similarity,
  sourceChanged,
  sourceDiff,
} from '../../../main/core/translate';
import type { TranslationProject } from '../../../preload/contract/models';

const V1 = 'Harga beras naik 5 persen kemarin. Pedagang mengeluh.\nPemerintah akan menggelar operasi pasar.';
const V2 =
  'Harga beras naik 7 persen pada Senin. Pedagang mengeluh.\nPemerintah akan menggelar operasi pasar.\nStok di gudang cukup.';

function translated(): TranslationProject {
  let p = createProject({ articleId: 'a1', text: V1, sourceLang: 'id', targetLang: 'en', pivotLang: null });
  const targets = ['Rice prices rose 5 percent yesterday.', 'Traders complain.', 'The government will hold market operations.'];
  p.segments.forEach((s, i) => {
    p = confirm(setTarget(p, s.id, targets[i]), s.id);
  });
  return p;
}

describe('resyncSource', () => {
  it('keeps identical sentences as they were, ids included', () => {
    const p = translated();
    const q = resyncSource(p, V1, 'id');
    expect(q.segments).toEqual(p.segments);
  });

  it('marks an edited sentence "source changed", keeps its target and shows a word diff', () => {
    const p = translated();
    const { project: q, report } = resyncWithReport(p, V2, 'id');
    expect(report).toEqual({ kept: 2, changed: 1, added: 1, removed: 0 });
    const edited = q.segments[0];
    expect(edited.id).toBe(p.segments[0].id);
    expect(edited.source).toBe('Harga beras naik 7 persen pada Senin.');
    expect(edited.target).toBe('Rice prices rose 5 percent yesterday.');
    expect(edited.confirmedSource).toBe('Harga beras naik 5 persen kemarin.');
    expect(edited.status).toBe('draft');
    expect(sourceChanged(edited)).toBe(true);
    expect(sourceDiff(edited)).toEqual([
      { op: 'equal', text: 'Harga beras naik ' },
      { op: 'delete', text: '5' },
      { op: 'insert', text: '7' },
      { op: 'equal', text: ' persen ' },
      { op: 'delete', text: 'kemarin' },
      { op: 'insert', text: 'pada Senin' },
      { op: 'equal', text: '.' },
    ]);
    // untouched sentences stay confirmed; the new one is empty
    expect(q.segments[1]).toEqual({ ...p.segments[1], paragraph: 0 });
    expect(sourceChanged(q.segments[1])).toBe(false);
    expect(sourceDiff(q.segments[1])).toEqual([]);
    expect(q.segments[3]).toMatchObject({ source: 'Stok di gudang cukup.', status: 'new', target: '', paragraph: 2 });
    expect(progress(q).byStatus.translated).toBe(2 + 5);
  });

  it('confirming again clears "source changed"', () => {
    const q = resyncSource(translated(), V2, 'id');
    const id = q.segments[0].id;
    const r = confirm(setTarget(q, id, 'Rice prices rose 7 percent on Monday.'), id);
    expect(sourceChanged(r.segments[0])).toBe(false);
    expect(r.segments[0]).toMatchObject({ status: 'translated', confirmedSource: 'Harga beras naik 7 persen pada Senin.' });
  });

  it('drops deleted sentences, adds new ones and follows moved ones', () => {
    const p = translated();
    const moved = 'Pemerintah akan menggelar operasi pasar. Harga beras naik 5 persen kemarin.\nSama sekali baru di sini.';
    const { project: q, report } = resyncWithReport(p, moved, 'id');
    expect(report).toEqual({ kept: 2, changed: 0, added: 1, removed: 1 });
    expect(q.segments.map((s) => s.target)).toEqual([
      'The government will hold market operations.',
      'Rice prices rose 5 percent yesterday.',
      '',
    ]);
    expect(q.segments.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('pairs repeated identical sentences in order', () => {
    let p = createProject({ articleId: 'a', text: 'Ya. Tidak. Ya.', sourceLang: 'id', targetLang: 'en', pivotLang: null });
    p = setTarget(p, p.segments[0].id, 'Yes (1)');
    p = setTarget(p, p.segments[2].id, 'Yes (2)');
    const q = resyncSource(p, 'Ya. Ya.', 'id');
    expect(q.segments.map((s) => s.target)).toEqual(['Yes (1)', 'Yes (2)']);
  });

  it('treats a rewritten sentence below the similarity threshold as new', () => {
    const p = translated();
    expect(similarity('Harga beras naik 5 persen kemarin.', 'Presiden berkunjung ke Papua.')).toBeLessThan(0.5);
    const q = resyncSource(p, 'Presiden berkunjung ke Papua. Pedagang mengeluh.', 'id');
    expect(q.segments[0]).toMatchObject({ target: '', status: 'new', confirmedSource: null });
    expect(q.segments[1].target).toBe('Traders complain.');
  });

  it('keeps a draft (never confirmed) target on an edited sentence without a "source changed" flag', () => {
    let p = createProject({ articleId: 'a', text: 'Harga beras naik 5 persen kemarin.', sourceLang: 'id', targetLang: 'en', pivotLang: null });
    p = setTarget(p, p.segments[0].id, 'Rice rose.');
    const q = resyncSource(p, 'Harga beras naik 6 persen kemarin.');
    expect(q.segments[0]).toMatchObject({ target: 'Rice rose.', status: 'draft', confirmedSource: null });
    expect(sourceChanged(q.segments[0])).toBe(false);
  });

  it('works for a Korean source and refuses another language than the project source', () => {
    let p = createProject({ articleId: 'a', text: '쌀값이 5% 올랐다. 상인들이 불만이다.', sourceLang: 'ko', targetLang: 'id', pivotLang: 'en' });
    p = confirm(setTarget(p, p.segments[0].id, 'Harga beras naik 5%.'), p.segments[0].id);
    const q = resyncSource(p, '쌀값이 7% 올랐다. 상인들이 불만이다.', 'ko');
    expect(sourceChanged(q.segments[0])).toBe(true);
    expect(sourceDiff(q.segments[0]).filter((d) => d.op !== 'equal').map((d) => d.text).join('|')).toContain('7');
    expect(() => resyncSource(p, 'x', 'id')).toThrow(expect.objectContaining({ code: 'translate.langMismatch' }));
  });
});
