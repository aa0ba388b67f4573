// The shipped starter glossary: size, required newsroom entries, sane data.
import { describe, expect, it } from 'vitest';
import { deriveId, starterGlossary } from '../../../main/core/glossary';

const g = starterGlossary();
const byId = new Map(g.map((e) => [e.id, e]));

describe('starter glossary', () => {
  it('has at least 40 entries with unique ids and a term in every language', () => {
    expect(g.length).toBeGreaterThanOrEqual(40);
    expect(new Set(g.map((e) => e.id)).size).toBe(g.length);
    for (const e of g) for (const l of ['id', 'en', 'ko'] as const) expect(e.terms[l].length, `${e.id}.${l}`).toBeGreaterThan(0);
  });

  it('holds the newsroom terms the desk asked for', () => {
    expect(byId.get('jateng')!.terms).toEqual({ id: ['Jateng', 'Jawa Tengah'], en: ['Central Java'], ko: ['중부 자바'] });
    expect(byId.get('jateng')!.forbidden.ko).toContain('자바 중부');
    expect(byId.get('korsel')!.terms.ko[0]).toBe('한국');
    expect(byId.get('pemprov')!.terms.ko[0]).toBe('주정부');
    expect(byId.get('kbri')!.terms.ko[0]).toBe('주한 인도네시아 대사관');
    expect(byId.get('umkm')!.terms.ko[0]).toBe('중소기업');
    expect(byId.get('dubes')!.terms.ko[0]).toBe('대사');
    expect(byId.get('ekraf')!.terms.ko[0]).toBe('창조경제');
    expect(byId.get('k-wave')!.terms.en).toContain('Korean Wave');
    expect(byId.get('gubernur')!.terms.ko[0]).toBe('주지사');
    for (const id of ['presiden', 'menteri', 'dpr', 'polda', 'kemenlu']) expect(byId.has(id), id).toBe(true);
  });

  it('uses ids derived from the first term, so a CSV round trip keeps them', () => {
    for (const e of g) expect(deriveId(e)).toBe(e.id);
  });

  it('returns a fresh copy each time', () => {
    const a = starterGlossary();
    a[0].terms.id.push('changed');
    expect(starterGlossary()[0].terms.id).not.toContain('changed');
  });
});
