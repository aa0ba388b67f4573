// Bilingual review copy as HTML: a table of source | pivot? | target | status, safe like every HTML export.
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../main/core/export';
import { AppError } from '../../../main/core/errors';
import { FIXED_NOW, projectFixture } from './fixtures';

describe('bilingual HTML', () => {
  it('lists every segment with its status; pivot column on request', async () => {
    const { article, project } = projectFixture();
    const r = await exportDocument({ article, project }, { format: 'bilingual-html', withPivot: true, includeUnapproved: true, now: FIXED_NOW });
    const html = String(r.data);
    expect(r.fileName).toBe('2025-03-04-ekonomi-kreatif-id-ko.html');
    expect(html).toContain('<th scope="col">원문 (id)</th><th scope="col">중간 언어 (en)</th><th scope="col">번역 (ko)</th><th scope="col">상태</th>');
    expect(html.match(/<tr class=/g)).toHaveLength(4);
    expect(html).toContain('<tr class="approved"><td class="source" lang="id">Ganjar bertemu duta besar.</td><td class="pivot" lang="en">Ganjar met the ambassador.</td><td class="target" lang="ko">간자르가 대사를 만났다.</td><td class="status">승인됨</td></tr>');
    expect(html).toContain('<tr class="unapproved">');
    expect(html).toContain('그들은 협력을 논의했다.');
    expect(html).toContain('<tr class="untranslated">');
    expect(html).not.toMatch(/<script/i);
  });

  it('without the pivot column, and with unapproved targets hidden when asked', async () => {
    const { article, project } = projectFixture();
    const r = await exportDocument({ article, project }, { format: 'bilingual-html', includeUnapproved: false, now: FIXED_NOW });
    const html = String(r.data);
    expect(html).not.toContain('중간 언어');
    expect(html).not.toContain('그들은 협력을 논의했다.');
    expect(html).toContain('<td class="status">번역됨</td>');
    expect(r.warnings).toEqual([
      { code: 'segment.untranslated', segmentIds: ['s4'] },
      { code: 'segment.unapproved', segmentIds: ['s2'] },
    ]);
  });

  it('needs a project', async () => {
    const { article } = projectFixture();
    await expect(exportDocument({ article }, { format: 'bilingual-html' })).rejects.toMatchObject({ code: 'export.noProject' });
    await expect(exportDocument({ article }, { format: 'bilingual-html' })).rejects.toBeInstanceOf(AppError);
  });
});
