// exportXliff validates (ours and xmllint against the OASIS core schema); a round trip through "another
// CAT tool" (string edits of the XML) changes exactly the edited segments; doubtful edits are reported.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Segment, TranslationProject } from '../../../preload/contract/models';
import { exportXliff, fromXliffId, importXliff, toXliffId, validateXliff } from '../../../main/core/xliff/index';
import { AppError } from '../../../main/core/errors';
import { STANDARDS } from '../helpers/paths';

const SCHEMA = path.join(STANDARDS, 'xliff-2.1/schemas/xliff_core_2.0.xsd');

function seg(id: string, over: Partial<Segment> = {}): Segment {
  return { id, source: `Sumber ${id}.`, pivot: '', target: '', status: 'new', origin: 'none', locked: false, confirmedSource: null, ignoredQa: [], note: '', ...over };
}

function project(): TranslationProject {
  return {
    id: 'p1',
    articleId: 'a1',
    sourceLang: 'id',
    targetLang: 'ko',
    pivotLang: 'en',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    segments: [
      seg('s1', { target: '번역 1', status: 'translated', pivot: 'Source 1.', note: 'Cek nama <tokoh> & gelar' }),
      seg('s2', { target: '번역 2', status: 'draft' }),
      seg('s3'),
      seg('s4', { target: '승인됨', status: 'approved' }),
      seg('s5', { target: '검토', status: 'reviewed', locked: true }),
      seg('weird id/ä_1', { source: '  spasi  di tepi \u0007 ', target: 'x', status: 'draft' }),
    ],
  };
}

function xmllint(xml: string): { ok: boolean; out: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'xlf-'));
  const f = path.join(dir, 'export.xlf');
  writeFileSync(f, xml);
  // xmllint prints "… validates" on stderr; --nonet guarantees the schema imports resolve locally.
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, f], { encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

describe('exportXliff', () => {
  const xml = exportXliff(project(), { articleTitle: 'Banjir "Jakarta" & sekitarnya' });

  it('writes XLIFF 2.1 with languages, one unit per segment and mapped states', () => {
    expect(xml).toContain('version="2.1" srcLang="id" trgLang="ko"');
    expect(xml.match(/<unit /g)).toHaveLength(6);
    expect(xml).toContain('<segment id="s1" state="translated">');
    expect(xml).toContain('<segment id="s2" state="initial">');
    expect(xml).toContain('<segment id="s4" state="final">');
    expect(xml).toContain('<mda:meta type="status">draft</mda:meta>');
    expect(xml).toContain('<mda:meta type="pivot">Source 1.</mda:meta>');
    expect(xml).toContain('<note id="n1">Cek nama &lt;tokoh&gt; &amp; gelar</note>');
    expect(xml).toContain('<cp hex="0007"/>');
    // s3 has no target: the element is omitted, not empty.
    expect(xml).toMatch(/<segment id="s3" state="initial">\s*<source>Sumber s3\.<\/source>\s*<\/segment>/);
  });

  it('passes our own validator', () => {
    expect(validateXliff(xml)).toEqual({ valid: true });
  });

  it('validates with xmllint against xliff_core_2.0.xsd (no network)', () => {
    expect(existsSync(SCHEMA)).toBe(true);
    const r = xmllint(xml);
    expect(r.out).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('xmllint agrees that a broken export is invalid (the schema check is real)', () => {
    expect(xmllint(xml.replace('<segment id="s1" state="translated">', '<segment id="s1" state="done">')).ok).toBe(false);
  });

  it('maps ids to NMTOKENs reversibly', () => {
    for (const id of ['s1', 'weird id/ä_1', '', '_0_', 'a_b', '한국어']) {
      const x = toXliffId(id);
      expect(x).toMatch(/^[A-Za-z0-9._-]+$/);
      expect(fromXliffId(x)).toBe(id);
    }
  });

  it('keeps an empty project valid', () => {
    expect(validateXliff(exportXliff({ ...project(), segments: [] }))).toEqual({ valid: true });
  });
});

describe('importXliff round trip', () => {
  const now = () => new Date('2025-02-02T00:00:00.000Z');

  it('an untouched export imports with no changes', () => {
    const p = project();
    const r = importXliff(exportXliff(p), p, { now });
    expect(r.changed).toEqual([]);
    expect(r.rejected).toEqual([]);
    expect(r.project).toEqual(p);
  });

  it('takes back exactly the targets and states another tool changed', () => {
    const p = project();
    let xml = exportXliff(p);
    // Another CAT tool: edits s2's target, translates s3 (adds a target + state), approves s1, re-words the odd one.
    xml = xml.replace('<target>번역 2</target>', '<target>번역 2 (수정)</target>');
    xml = xml.replace(/(<segment id="s3") state="initial">(\s*<source>Sumber s3\.<\/source>)/, '$1 state="translated">$2\n        <target>새 번역 3</target>');
    xml = xml.replace('<segment id="s1" state="translated">', '<segment id="s1" state="final">');
    xml = xml.replace('<target>x</target>', '<target>y<cp hex="0001"/></target>');
    expect(validateXliff(xml)).toEqual({ valid: true });

    const r = importXliff(xml, p, { now });
    expect(r.rejected).toEqual([]);
    expect(r.changed).toEqual([
      { segmentId: 's1', fields: ['status'] },
      { segmentId: 's2', fields: ['target'] },
      { segmentId: 's3', fields: ['target', 'status'] },
      { segmentId: 'weird id/ä_1', fields: ['target'] },
    ]);
    const after = new Map(r.project.segments.map((s) => [s.id, s]));
    expect(after.get('s1')).toEqual({ ...p.segments[0], status: 'approved' });
    // Text another tool wrote is human work (provenance.ts), whatever the segment held before.
    expect(after.get('s2')).toEqual({ ...p.segments[1], target: '번역 2 (수정)', origin: 'human', provenance: 'human' });
    expect(after.get('s3')).toEqual({ ...p.segments[2], target: '새 번역 3', status: 'translated', origin: 'human', provenance: 'human' });
    expect(after.get('weird id/ä_1')?.target).toBe('y\u0001');
    expect(after.get('s4')).toEqual(p.segments[3]);
    expect(after.get('s5')).toEqual(p.segments[4]);
    expect(r.project.updatedAt).toBe('2025-02-02T00:00:00.000Z');
    expect({ ...r.project, segments: [], updatedAt: '' }).toEqual({ ...p, segments: [], updatedAt: '' });
    expect(p.segments[1].target).toBe('번역 2'); // the input project is not mutated
  });

  it('keeps our finer status when the state was left alone (draft stays draft, not new)', () => {
    const p = project();
    const xml = exportXliff(p).replace('<target>번역 2</target>', '<target>번역 2!</target>');
    const r = importXliff(xml, p, { now });
    expect(r.project.segments[1].status).toBe('draft');
  });

  it('reports unknown ids, changed sources and locked segments instead of applying them', () => {
    const p = project();
    let xml = exportXliff(p);
    xml = xml.replace(/unit id="s4"/, 'unit id="s9"').replace('<segment id="s4"', '<segment id="s9"');
    xml = xml.replace('<source>Sumber s2.</source>', '<source>Sumber lain.</source>').replace('<target>번역 2</target>', '<target>딴 번역</target>');
    xml = xml.replace('<target>검토</target>', '<target>잠금 무시</target>');
    const r = importXliff(xml, p, { now });
    expect(r.changed).toEqual([]);
    expect(r.rejected.map((x) => [x.segmentId, x.reason])).toEqual([
      ['s2', 'source-changed'],
      ['s9', 'unknown-id'],
      ['s5', 'locked'],
    ]);
    expect(r.project).toEqual(p);
  });

  it('refuses an invalid file or one in other languages, with error codes', () => {
    const p = project();
    const bad = exportXliff(p).replace('<segment id="s1" state="translated">', '<segment id="s1" state="done">');
    expect(() => importXliff(bad, p)).toThrowError(AppError);
    try {
      importXliff(bad, p);
    } catch (e) {
      expect((e as AppError).code).toBe('xliff.invalid');
      expect(String((e as AppError).params.reason)).toContain('state');
    }
    try {
      importXliff(exportXliff(p).replace('trgLang="ko"', 'trgLang="en"'), p);
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).code).toBe('xliff.languageMismatch');
    }
  });
});
