// IPTC ninjs 3.1: our exports validate, translations link as associations, and the official suite behaves.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocument, validateNinjs } from '../../../main/core/export';
import { article, FIXED_NOW, projectFixture, REPO } from './fixtures';
import { STANDARDS } from '../helpers/paths';

const NINJS = resolve(STANDARDS, 'ninjs');
const load = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

async function ninjs(...args: Parameters<typeof exportDocument>) {
  const r = await exportDocument(...args);
  expect(r.mime).toBe('application/json');
  return JSON.parse(String(r.data));
}

describe('ninjs export', () => {
  it('writes a valid ninjs 3.1 text item with headline, byline, located, language, body, times', async () => {
    const a = article({
      title: 'Judul',
      byline: 'Budi Santoso',
      dateline: { place: 'Jakarta', outlet: 'Redaksi' },
      body: '<p>Isi <strong>tebal</strong>.</p><script>alert(1)</script><p onclick="x()">Dua</p>',
    });
    const doc = await ninjs({ article: a }, { format: 'ninjs', now: FIXED_NOW });
    expect(validateNinjs(doc)).toEqual({ valid: true, errors: [] });
    expect(doc).toMatchObject({
      standard: { name: 'ninjs', version: '3.1' },
      uri: 'urn:redaksi:article:art1',
      type: 'text',
      language: 'id',
      headlines: [{ role: 'main', value: 'Judul' }],
      by: 'Budi Santoso',
      located: 'Jakarta',
      infoSources: [{ name: 'Redaksi', role: 'originator' }],
      firstCreated: a.createdAt,
      versionCreated: a.updatedAt,
      version: '3',
      altIds: [{ role: 'redaksi-article-id', value: 'art1' }],
    });
    expect(doc.bodies[0]).toEqual({ role: 'main', contentType: 'text/html', value: '<p><strong>Jakarta, Redaksi –</strong> Isi <strong>tebal</strong>.</p>\n<p>Dua</p>', charCount: 33, wordCount: 5 });
    expect(doc.associations).toBeUndefined();
  });

  it('links the translation as an association of the original, and the original from the translation', async () => {
    const { article: a, project } = projectFixture();
    const src = await ninjs({ article: a, project }, { format: 'ninjs', includeUnapproved: true, now: FIXED_NOW });
    expect(validateNinjs(src).valid).toBe(true);
    expect(src.associations).toHaveLength(1);
    expect(src.associations[0]).toMatchObject({
      name: 'translation-ko',
      rel: 'translation',
      uri: 'urn:redaksi:article:p01:ko',
      type: 'text',
      language: 'ko',
      versionCreated: project.updatedAt,
    });
    expect(src.associations[0].bodies[0].value).toContain('간자르가 대사를 만났다.');

    const ko = await ninjs({ article: a, project }, { format: 'ninjs', lang: 'ko', title: '창조경제', now: FIXED_NOW });
    expect(validateNinjs(ko).valid).toBe(true);
    expect(ko).toMatchObject({ uri: 'urn:redaksi:article:p01:ko', language: 'ko', headlines: [{ value: '창조경제' }] });
    expect(ko.associations[0]).toMatchObject({ name: 'original', rel: 'original', uri: 'urn:redaksi:article:p01', language: 'id' });
  });

  it('the validator rejects what the schema forbids', () => {
    expect(validateNinjs({ type: 'text' }).valid).toBe(false); // uri is required
    const bad = validateNinjs({ uri: 'urn:x:1', headline: 'old 1.x name' });
    expect(bad.valid).toBe(false);
    expect(bad.errors.join(' ')).toMatch(/unevaluated/);
  });
});

describe('shipped schema', () => {
  it('resources/schemas/ninjs holds exact copies of the IPTC files', () => {
    for (const f of ['ninjs-schema_3.1.json', 'GeoJSON-schema.json']) {
      expect(readFileSync(resolve(REPO, 'resources/schemas/ninjs', f), 'utf8')).toBe(readFileSync(resolve(NINJS, f), 'utf8'));
    }
  });
});

describe('official ninjs test suite 3.0, against the 3.1 schema', () => {
  const dir = (d: string) => resolve(NINJS, 'test-suite-3.0', d);
  const passFiles = readdirSync(dir('should_pass')).filter((f) => f.endsWith('.json'));
  const failFiles = readdirSync(dir('should_fail')).filter((f) => f.endsWith('.json'));

  it('has both halves', () => {
    expect(passFiles.length).toBeGreaterThanOrEqual(20);
    expect(failFiles.length).toBeGreaterThanOrEqual(8);
  });

  it.each(passFiles)('should_pass/%s validates', (f) => {
    const r = validateNinjs(load(resolve(dir('should_pass'), f)));
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it.each(failFiles)('should_fail/%s is rejected', (f) => {
    expect(validateNinjs(load(resolve(dir('should_fail'), f))).valid).toBe(false);
  });

  // Where a 3.0-suite file fails under 3.1 for another reason than the one it was written to test, we pin
  // down the intended reason separately (see the report for the honest list).
  it('001_bad_geojson: the broken GeoJSON is rejected even with 3.x property names (file uses 1.x names)', () => {
    const d = load(resolve(dir('should_fail'), '001_bad_geojson.json'));
    const places = d.places.map(({ geojson, ...p }: { geojson?: unknown }) => (geojson ? { ...p, geoJSON: geojson } : p));
    const r = validateNinjs({ uri: d.uri, type: d.type, places });
    expect(r.valid).toBe(false);
    expect(r.errors.some((e) => e.startsWith('/places/0/geoJSON'))).toBe(true);
    expect(r.errors.some((e) => e.startsWith('/places/2/geoJSON'))).toBe(true);
    const good = validateNinjs({ uri: d.uri, places: [{ name: 'Turkey', geoJSON: { type: 'Point', coordinates: [35, 39] } }] });
    expect(good.valid).toBe(true);
  });

  it('004_event_with_renditions: 3.1 accepts renditions on an event; the file fails only on its conflicting start dates', () => {
    const d = load(resolve(dir('should_fail'), '004_event_with_renditions.json'));
    expect(validateNinjs(d).errors.every((e) => e.startsWith('/eventDetails/dates'))).toBe(true);
    delete d.eventDetails.dates.expectedStartDate;
    expect(validateNinjs(d).valid).toBe(true);
  });

  it('005_planned_coverage_bad_urgency: urgency 11 is among the reasons', () => {
    const r = validateNinjs(load(resolve(dir('should_fail'), '005_planned_coverage_bad_urgency.json')));
    expect(r.errors).toContain('/plannedCoverage/0/urgency must be <= 9');
  });
});
