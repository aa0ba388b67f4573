// Deeply nested XLIFF (2.x and 1.2) is refused with its own message — what (nesting), where (line), the limit —
// translated in the UI's languages, instead of "Maximum call stack size exceeded"; normal nesting still imports.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Segment, TranslationProject } from '../../../preload/contract/models';
import { exportXliff, importXliff } from '../../../main/core/xliff/index';
import { MAX_XML_DEPTH } from '../../../main/core/xliff/xml';
import { REPO } from '../helpers/paths';

const seg = (id: string): Segment => ({ id, source: `Sumber ${id}.`, pivot: '', target: '', status: 'new', origin: 'none', locked: false, confirmedSource: null, ignoredQa: [], note: '' });
const project: TranslationProject = {
  id: 'p1',
  articleId: 'a1',
  sourceLang: 'id',
  targetLang: 'ko',
  pivotLang: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  segments: [seg('s1'), seg('s2')],
};

describe('deeply nested XLIFF', () => {
  it('2.x: 50,000 nested <pc> in a target is refused as xliff.tooDeep with the line, quickly', () => {
    const xml = exportXliff(project).replace('<target/>', '').replace(
      /(<source>Sumber s1\.<\/source>)/,
      `$1\n<target>${'<pc id="p">'.repeat(50_000)}x${'</pc>'.repeat(50_000)}</target>`,
    );
    const t0 = performance.now();
    let err: unknown;
    try {
      importXliff(xml, project);
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ code: 'xliff.tooDeep', params: { limit: MAX_XML_DEPTH } });
    const line = (err as { params: { line: number } }).params.line;
    expect(xml.split('\n')[line - 1]).toContain('<pc id="p">');
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('1.2: 50,000 nested <g> is refused the same way', () => {
    const xml = `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a1" source-language="id" target-language="ko" datatype="plaintext"><body>\n<trans-unit id="s1"><source>a</source><target>${'<g id="1">'.repeat(50_000)}x${'</g>'.repeat(50_000)}</target></trans-unit></body></file></xliff>`;
    expect(() => importXliff(xml, project)).toThrow(expect.objectContaining({ code: 'xliff.tooDeep', params: { line: 3, limit: MAX_XML_DEPTH } }));
  });

  it('an ordinary export (a few levels) still imports', () => {
    const xml = exportXliff(project);
    expect(() => importXliff(xml, project)).not.toThrow();
  });

  it('the message exists in id, en and ko and names the line and the limit', () => {
    for (const lng of ['id', 'en', 'ko']) {
      const text = JSON.parse(readFileSync(join(REPO, `resources/locales/${lng}/errors-xliff.json`), 'utf8'))['xliff.tooDeep'] as string;
      expect(text).toContain('{{line}}');
      expect(text).toContain('{{limit}}');
    }
  });
});
