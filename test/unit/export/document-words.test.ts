// Words inside exported documents come from the locale files, complete for every status the contract knows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { documentWords } from '../../../main/core/export/document-words';
import { QuoteAnnotation, SegmentStatus } from '../../../preload/contract/models';
import { REPO } from './fixtures';

const LANGS = ['id', 'en', 'ko'] as const;
const file = (lang: string) => JSON.parse(readFileSync(resolve(REPO, `resources/locales/${lang}/export-document.json`), 'utf8')) as Record<string, string>;

describe('document words', () => {
  for (const lang of LANGS) {
    it(`${lang}: every word is the locale file's, and every contract status has a name`, () => {
      const w = documentWords(lang);
      const f = file(lang);
      expect(w.speaker).toBe(f.speaker);
      expect(w.reviewCopy).toBe(f.reviewCopy);
      for (const s of SegmentStatus.options) expect(w.segmentStatus[s], s).toBe(f[`segmentStatus.${s}`]);
      for (const s of QuoteAnnotation.shape.status.options) expect(w.quoteStatus[s], s).toBe(f[`quoteStatus.${s}`]);
      for (const s of QuoteAnnotation.shape.verification.options) expect(w.verificationStatus[s], s).toBe(f[`verificationStatus.${s}`]);
      // Nothing left over: every key of the file is printed somewhere.
      const used = Object.keys(f).filter((k) => !k.includes('.'));
      for (const k of used) expect(w[k as keyof typeof w], k).toBe(f[k]);
      expect(Object.values(w).filter((v) => v === undefined || v === '')).toEqual([]);
    });
  }

  it('prints the same words the documents printed before they moved to the locale files', () => {
    // Fixed here on purpose: a reviewer's bilingual copy and a quote sheet keep their wording across the move.
    expect(documentWords('en')).toMatchObject({ source: 'Source', target: 'Translation', unknownSpeaker: '(unknown speaker)' });
    expect(documentWords('en').segmentStatus).toMatchObject({ new: 'new', approved: 'approved' });
    expect(documentWords('id')).toMatchObject({ speaker: 'Narasumber', denies: 'membantah', quoteSheet: 'Daftar kutipan' });
    expect(documentWords('id').verificationStatus.unverified).toBe('belum diverifikasi');
    expect(documentWords('ko')).toMatchObject({ reviewCopy: '이중 언어 검토본', sourceNote: '출처 메모' });
    expect(documentWords('ko').quoteStatus.confirmed).toBe('확정');
  });

  it('falls back to English for a language without a locale', () => {
    expect(documentWords('xx' as 'en')).toEqual(documentWords('en'));
  });
});
