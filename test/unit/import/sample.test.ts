// The bundled sample imports with its dateline recognised and matches the shared original byte for byte.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSample, sampleArticlePath } from '../../../main/core/import';
import { htmlToPlainText } from '../../../main/core/articles/text';
import { itWithShared, REPO as ROOT, SAMPLE_ARTICLE } from '../helpers/paths';

describe('sample article', () => {
  it('is the file in resources/samples', () => {
    expect(sampleArticlePath()).toBe(SAMPLE_ARTICLE);
    expect(readFileSync(sampleArticlePath(), 'utf8')).toMatch(/^MONITOR/);
  });

  itWithShared('is byte for byte the original in ../shared/samples/articles (extra check)', () => {
    const original = readFileSync(resolve(ROOT, '../shared/samples/articles/semarang-ekraf-korsel.id.txt'));
    expect(readFileSync(sampleArticlePath()).equals(original)).toBe(true);
  });

  it('loads as an import result with the MONITOR / Semarang dateline taken out of the body', async () => {
    const r = await loadSample();
    expect(r.dateline).toMatchObject({ outlet: 'MONITOR', place: 'Semarang' });
    expect(r.lang).toBe('id');
    const text = htmlToPlainText(r.body);
    expect(text.startsWith('Gubernur Jawa Tengah (Jateng) Ganjar Pranowo memperkuat')).toBe(true);
    expect(text).not.toContain('MONITOR');
    expect(r.title.startsWith('Gubernur Jawa Tengah')).toBe(true);
    expect(r.title.length).toBeLessThanOrEqual(81);
    expect(r.body.match(/<p>/g)!.length).toBeGreaterThan(5);
  });
});
