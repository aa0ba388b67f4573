// The bundled sample imports with its dateline recognised and matches the shared original byte for byte.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSample, sampleArticlePath } from '../../../main/core/import';
import { htmlToPlainText } from '../../../main/core/articles/text';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('sample article', () => {
  it('is a copy of ../shared/samples/articles/semarang-ekraf-korsel.id.txt', () => {
    const shipped = readFileSync(sampleArticlePath());
    const original = readFileSync(resolve(ROOT, '../shared/samples/articles/semarang-ekraf-korsel.id.txt'));
    expect(shipped.equals(original)).toBe(true);
    expect(sampleArticlePath()).toBe(resolve(ROOT, 'resources/samples/semarang-ekraf-korsel.id.txt'));
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
