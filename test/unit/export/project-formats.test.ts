// TMX and XLIFF of a translation project through exportDocument.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../main/core/export';
import { FIXED_NOW, projectFixture } from './fixtures';
import { STANDARDS } from '../helpers/paths';
import { withTemp } from './tools';

function dtdValid(xml: string): string {
  return withTemp((dir) => {
    writeFileSync(join(dir, 'a.tmx'), xml);
    const dtd = resolve(STANDARDS, 'tmx/tmx14.dtd');
    return execFileSync('xmllint', ['--noout', '--nonet', '--dtdvalid', dtd, join(dir, 'a.tmx')], { encoding: 'utf8', stdio: 'pipe' });
  });
}

describe('TMX export', () => {
  it('approved pairs only by default (includeUnapproved=false), valid against the TMX 1.4 DTD', async () => {
    const { article, project } = projectFixture();
    const r = await exportDocument({ article, project }, { format: 'tmx', includeUnapproved: false, now: FIXED_NOW });
    expect(r.fileName).toBe('2025-03-04-ekonomi-kreatif-id-ko.tmx');
    const xml = String(r.data);
    expect(xml.match(/<tu /g)).toHaveLength(2);
    expect(xml).toContain('<seg>간자르가 대사를 만났다.</seg>');
    expect(xml).toContain('<seg>자동차</seg>');
    expect(xml).not.toContain('그들은 협력을 논의했다.');
    expect(xml).toContain('srclang="id"');
    expect(() => dtdValid(xml)).not.toThrow();
  });

  it('includeUnapproved=true adds translated-but-unapproved pairs, never empty targets', async () => {
    const { article, project } = projectFixture();
    const r = await exportDocument({ article, project }, { format: 'tmx', includeUnapproved: true, now: FIXED_NOW });
    const xml = String(r.data);
    expect(xml.match(/<tu /g)).toHaveLength(3);
    expect(xml).toContain('그들은 협력을 논의했다.');
    expect(r.warnings.map((w) => w.code)).toEqual(['segment.untranslated', 'segment.unapproved']);
  });
});

describe('XLIFF export', () => {
  it('writes the whole project as XLIFF 2.1', async () => {
    const { article, project } = projectFixture();
    const r = await exportDocument({ article, project }, { format: 'xliff', now: FIXED_NOW });
    expect(r.fileName).toBe('2025-03-04-ekonomi-kreatif-id-ko.xlf');
    expect(r.mime).toBe('application/xliff+xml');
    const xml = String(r.data);
    expect(xml).toContain('version="2.1"');
    expect(xml).toContain('srcLang="id" trgLang="ko"');
    expect(xml.match(/<unit /g)).toHaveLength(4);
  });
});
