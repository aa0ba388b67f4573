// One status model in every export: confirmed targets (translated, reviewed, approved) by default, approved only
// on request, drafts (typed or unconfirmed MT) never; nothing to export is an error that says why.
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../main/core/export';
import { confirm, createProject, setStatus, setTarget } from '../../../main/core/translate';
import { article } from './fixtures';

const A = article({ id: 'art1', title: 'Beras Mahal', body: '<p>Harga beras naik. Petani menunda panen.</p><p>Pasar sepi.</p>' });
function project() {
  let p = createProject({ articleId: 'art1', text: 'Harga beras naik. Petani menunda panen.\nPasar sepi.', title: 'Beras Mahal', sourceLang: 'id', targetLang: 'ko', pivotLang: null });
  const [h, s1, s2, s3] = p.segments.map((s) => s.id);
  p = confirm(setTarget(p, h, '쌀값 급등'), h); // translated
  p = setStatus(confirm(setTarget(p, s1, '쌀값이 올랐다.'), s1), s1, 'approved');
  p = setTarget(p, s2, '[MT ko] Petani menunda panen.', 'mt'); // an unconfirmed MT draft
  p = setStatus(confirm(setTarget(p, s3, '시장은 한산했다.'), s3), s3, 'reviewed');
  return p;
}
const asyncCode = (f: () => Promise<unknown>) => f().then(() => 'no error', (e) => (e as { code?: string }).code);

describe('export status model', () => {
  it('prints translated, reviewed and approved targets by default; a draft never (its source stands in)', async () => {
    const r = await exportDocument({ article: A, project: project() }, { format: 'txt', lang: 'ko' });
    const text = String(r.data);
    expect(text).toContain('쌀값 급등');
    expect(text).toContain('쌀값이 올랐다.');
    expect(text).toContain('시장은 한산했다.');
    expect(text).not.toContain('[MT ko]');
    expect(text).toContain('Petani menunda panen.');
    expect(r.warnings.find((w) => w.code === 'segment.untranslated')?.segmentIds).toHaveLength(1);
  });

  it('approved only narrows to approved targets', async () => {
    const text = String((await exportDocument({ article: A, project: project() }, { format: 'txt', lang: 'ko', includeUnapproved: false })).data);
    expect(text).toContain('쌀값이 올랐다.');
    expect(text).not.toContain('시장은 한산했다.');
    expect(text).not.toContain('쌀값 급등');
  });

  it('TMX holds confirmed pairs only (never the MT draft); bilingual leaves the draft cell empty', async () => {
    const tmx = String((await exportDocument({ article: A, project: project() }, { format: 'tmx' })).data);
    expect(tmx.match(/<tu\b/g)).toHaveLength(3);
    expect(tmx).not.toContain('[MT ko]');
    const html = String((await exportDocument({ article: A, project: project() }, { format: 'bilingual-html', lang: 'ko' })).data);
    expect(html).not.toContain('[MT ko]');
    expect(html).toContain('시장은 한산했다.');
  });

  it('nothing confirmed (or nothing approved) is an error, not an empty file', async () => {
    let p = createProject({ articleId: 'art1', text: 'Harga beras naik.', title: 'Beras', sourceLang: 'id', targetLang: 'ko', pivotLang: null });
    p = setTarget(p, p.segments[1].id, '초안', 'mt');
    for (const format of ['tmx', 'docx', 'txt', 'pdf'] as const) {
      expect(await asyncCode(() => exportDocument({ article: A, project: p }, { format, lang: 'ko' }))).toBe('export.nothingConfirmed');
    }
    const q = confirm(p, p.segments[1].id);
    expect(await asyncCode(() => exportDocument({ article: A, project: q }, { format: 'tmx', includeUnapproved: false }))).toBe('export.nothingApproved');
    // The source side and review formats are not affected.
    expect((await exportDocument({ article: A, project: p }, { format: 'txt' })).warnings).toEqual([]);
    expect(String((await exportDocument({ article: A, project: p }, { format: 'bilingual-html', lang: 'ko' })).data)).toContain('Harga beras naik.');
  });
});
