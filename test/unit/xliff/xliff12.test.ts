// XLIFF 1.2: export shape (units, states, notes, headline), valid per xmllint and the OASIS 1.2 strict schema, version detection, and the
// import rules for files as translate-toolkit and OmegaT write them (po2xliff's appended <file>, mixed namespaces).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleQuotes, Segment, TranslationProject } from '../../../preload/contract/models';
import { exportXliff12, importXliff, xliffMajorVersion } from '../../../main/core/xliff/index';
import { AppError } from '../../../main/core/errors';

function seg(id: string, over: Partial<Segment> = {}): Segment {
  return { id, source: `Sumber ${id}.`, pivot: '', target: '', status: 'new', origin: 'none', locked: false, confirmedSource: null, ignoredQa: [], note: '', ...over };
}

function project(): TranslationProject {
  return {
    id: 'p1',
    articleId: 'a1',
    sourceLang: 'id',
    targetLang: 'ko',
    pivotLang: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    segments: [
      seg('s1', { source: '“Kita harus bekerja,” kata Ganjar.', target: '번역 1', status: 'translated', note: 'Cek <gelar> & nama' }),
      seg('s2', { target: '번역 2', status: 'draft' }),
      seg('s3'),
      seg('s4', { target: '승인됨', status: 'approved' }),
      seg('s5', { target: '검토', status: 'reviewed', locked: true }),
    ],
  };
}

const QUOTES: ArticleQuotes = {
  articleId: 'a1',
  lang: 'id',
  speakers: [{ id: 'sp1', name: 'Ganjar Pranowo', role: 'Gubernur Jawa Tengah', aliases: ['Ganjar'], spellings: { ko: '간자르 프라노워' } }],
  quotes: [
    {
      id: 'q1',
      kind: 'direct',
      anchor: { start: 1, end: 20, exact: 'Kita harus bekerja,', prefix: '“', suffix: '”' },
      speakerId: 'sp1',
      cue: 'kata',
      confidence: 0.9,
      status: 'confirmed',
      verification: 'unverified',
      sourceNote: '',
      comments: [],
      needsReview: false,
    },
  ],
};

/** The OASIS XLIFF 1.2 strict schema (test/fixtures/standards/xliff-1.2, its xml.xsd import pointed at our copy). */
const XSD12 = path.resolve(import.meta.dirname, '../../fixtures/standards/xliff-1.2/xliff-core-1.2-strict.xsd');

/** xmllint's exit status and messages; with `schema`, validated against it (offline: --nonet). */
function xmllint(xml: string, schema?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'xlf12-'));
  writeFileSync(path.join(dir, 'a.xlf'), xml);
  const args = ['--noout', '--nonet', ...(schema ? ['--schema', schema] : []), path.join(dir, 'a.xlf')];
  const r = spawnSync('xmllint', args, { encoding: 'utf8' });
  return `${r.status}${r.stderr}`;
}

describe('exportXliff12', () => {
  const xml = exportXliff12(project(), { articleTitle: 'Ganjar & Korsel', quotes: QUOTES });

  it('writes one <trans-unit> per segment plus the headline, with states mapped from our statuses', () => {
    expect(xml).toContain('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">');
    expect(xml).toContain('source-language="id" target-language="ko" datatype="plaintext"');
    expect(xml.match(/<trans-unit /g)).toHaveLength(6);
    expect(xml).toMatch(/<trans-unit id="headline" resname="headline"[^>]*>\s*<source>Ganjar &amp; Korsel<\/source>/);
    expect(xml).toContain('<target state="translated">번역 1</target>');
    expect(xml).toContain('<target state="needs-review-translation">번역 2</target>');
    expect(xml).toMatch(/<trans-unit id="s3" xml:space="preserve">\s*<source>Sumber s3.<\/source>\s*<\/trans-unit>/); // never translated: no target
    expect(xml).toMatch(/<trans-unit id="s4" approved="yes"[^>]*>[\s\S]*?<target state="final">/);
    expect(xml).toMatch(/<trans-unit id="s5" translate="no"[^>]*>[\s\S]*?<target state="signed-off">/);
  });

  it('carries quotes with their speaker (and the target-language spelling) and translator notes as <note>s', () => {
    expect(xml).toContain('<note from="quotes">Direct quote — speaker: Ganjar Pranowo, Gubernur Jawa Tengah (ko: 간자르 프라노워): “Kita harus bekerja,”</note>');
    expect(xml).toContain('<note from="translator">Cek &lt;gelar&gt; &amp; nama</note>');
  });

  it('is well-formed XML per xmllint and is detected as version 1', () => {
    expect(xmllint(xml)).toBe('0');
    expect(xliffMajorVersion(xml)).toBe(1);
    expect(xliffMajorVersion('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1">')).toBe(2);
  });

  it('validates against the OASIS XLIFF 1.2 strict schema, and the schema refuses a file we broke on purpose', () => {
    expect(xmllint(xml, XSD12)).toMatch(/^0.*validates\n$/s);
    const headlineAsSegment = project();
    headlineAsSegment.segments.unshift(seg('h', { source: 'Judul', headline: true }));
    expect(xmllint(exportXliff12(headlineAsSegment, { articleTitle: 'Judul', quotes: QUOTES }), XSD12)).toMatch(/^0.*validates\n$/s);
    // The check has teeth: a state outside the 1.2 list and a unit without its id both fail.
    expect(xmllint(xml.replace('state="translated"', 'state="done"'), XSD12)).toMatch(/^3.*'done' is not a valid value/s);
    expect(xmllint(xml.replace('<trans-unit id="s2" ', '<trans-unit '), XSD12)).toMatch(/^3.*attribute 'id' is required/s);
  });

  it('adds no headline unit when the project holds the headline as segment 0; that unit is marked as the headline', () => {
    const p = project();
    p.segments.unshift(seg('h', { source: 'Ganjar dan Korsel', headline: true }));
    const x = exportXliff12(p, { articleTitle: 'Ganjar dan Korsel' });
    expect(x.match(/<trans-unit /g)).toHaveLength(6);
    expect(x).toMatch(/<trans-unit id="h" resname="headline"[^>]*>\s*<source>Ganjar dan Korsel<\/source>\s*<note from="redaksi">Headline<\/note>/);
    // An older project (no headline segment) whose first sentence equals the title is not given a second copy.
    const old = project();
    old.segments.unshift(seg('t', { source: 'Ganjar & Korsel' }));
    expect(exportXliff12(old, { articleTitle: 'Ganjar & Korsel' }).match(/<trans-unit /g)).toHaveLength(6);
  });
});

describe('importXliff of a 1.2 file', () => {
  const now = () => new Date('2025-01-01T00:00:00Z');
  const ours = exportXliff12(project(), { articleTitle: 'Judul' });

  it('changes nothing when the file comes back untouched', () => {
    const r = importXliff(ours, project(), { now });
    expect(r.changed).toEqual([]);
    expect(r.rejected).toEqual([]);
    expect(r.project).toEqual(project());
  });

  it('takes targets and explicit states; keeps everything else; refuses locked and changed-source units', () => {
    const edited = ours
      .replace('<source>Sumber s3.</source>', '<source>Sumber s3.</source>\n<target state="translated">셋</target>')
      .replace('<target state="needs-review-translation">번역 2</target>', '<target state="final">번역 2</target>')
      .replace('<target state="signed-off">검토</target>', '<target state="final">검토!</target>')
      .replace('<target state="final">승인됨</target>', '<target state="final">고침</target>')
      .replace('<source>“Kita', '<source>“Kami');
    const r = importXliff(edited, project(), { now });
    expect(r.changed).toEqual([
      { segmentId: 's2', fields: ['status'] },
      { segmentId: 's3', fields: ['target', 'status'] },
      { segmentId: 's4', fields: ['target'] },
    ]);
    expect(r.rejected.map((x) => [x.segmentId, x.reason])).toEqual([
      ['s1', 'source-changed'],
      ['s5', 'locked'],
    ]);
    const after = r.project.segments;
    expect(after[1]).toEqual({ ...project().segments[1], status: 'approved' });
    expect(after[2]).toEqual({ ...project().segments[2], target: '셋', status: 'translated' });
    expect(after[4]).toEqual(project().segments[4]);
    expect(r.project.updatedAt).toBe('2025-01-01T00:00:00.000Z');
  });

  it('reads what po2xliff -t writes: our <file> kept, a second <file> of 1.1-namespaced units found by po-reference', () => {
    const po = `<file original="a.po" source-language="id" target-language="ko" datatype="po"><body>
      <ns0:trans-unit xmlns:ns0="urn:oasis:names:tc:xliff:document:1.1" id="17" approved="no" restype="x-gettext-domain-header"><ns0:source>Project-Id-Version: X</ns0:source><target>h</target></ns0:trans-unit>
      <ns0:trans-unit xmlns:ns0="urn:oasis:names:tc:xliff:document:1.1" id="18" approved="yes"><ns0:source>Judul</ns0:source><target>제목</target><context-group name="po-reference" purpose="location"><context context-type="sourcefile">headline</context></context-group></ns0:trans-unit>
      <ns0:trans-unit xmlns:ns0="urn:oasis:names:tc:xliff:document:1.1" id="19" approved="no"><ns0:source>“Kita harus bekerja,” kata Ganjar.</ns0:source><target>번역 1</target><context-group name="po-reference" purpose="location"><context context-type="sourcefile">s1</context></context-group></ns0:trans-unit>
      <ns0:trans-unit xmlns:ns0="urn:oasis:names:tc:xliff:document:1.1" id="20" approved="yes"><ns0:source>Sumber s2.</ns0:source><target>번역 2</target><context-group name="po-reference" purpose="location"><context context-type="sourcefile">s2</context></context-group></ns0:trans-unit>
      <ns0:trans-unit xmlns:ns0="urn:oasis:names:tc:xliff:document:1.1" id="21" approved="yes"><ns0:source>Sumber s3.</ns0:source><target>셋</target><context-group name="po-reference" purpose="location"><context context-type="sourcefile">s3</context></context-group></ns0:trans-unit>
      <ns0:trans-unit xmlns:ns0="urn:oasis:names:tc:xliff:document:1.1" id="22" approved="no"><ns0:source>Sumber s4.</ns0:source><target>승인됨</target><context-group name="po-reference" purpose="location"><context context-type="sourcefile">s4</context></context-group></ns0:trans-unit>
      </body></file>`;
    const r = importXliff(ours.replace('</xliff>', `${po}\n</xliff>`), project(), { now });
    // s1 came back fuzzy with the same text (PO has no "translated"): it keeps its status. s2 was un-fuzzied.
    expect(r.changed).toEqual([
      { segmentId: 's2', fields: ['status'] },
      { segmentId: 's3', fields: ['target', 'status'] },
    ]);
    expect(r.rejected).toEqual([]);
    expect(r.project.segments.map((s) => s.status)).toEqual(['translated', 'translated', 'translated', 'approved', 'reviewed']);
    expect(r.headline).toEqual({ target: '제목', status: 'translated' });
  });

  it('rejects a broken 1.2 file and a language mismatch with clear errors', () => {
    const codeOf = (xml: string) => {
      try {
        importXliff(xml, project());
      } catch (e) {
        return (e as AppError).code + ' ' + (e as AppError).message;
      }
      return 'accepted';
    };
    expect(codeOf(ours.replace('</body>', ''))).toMatch(/^xliff\.invalid /);
    expect(codeOf(ours.replace('target-language="ko"', 'target-language="en-US"'))).toMatch(/^xliff\.languageMismatch .*id → en-US/);
    expect(codeOf('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>')).toMatch(/no <file>/);
  });
});
