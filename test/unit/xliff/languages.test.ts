// assertProjectLanguages: the one language check both XLIFF imports (2.x and 1.x) run before changing a project.
import { describe, expect, it } from 'vitest';
import { assertProjectLanguages } from '../../../main/core/xliff/languages';
import type { TranslationProject } from '../../../preload/contract/models';

const project = { sourceLang: 'id', targetLang: 'ko' } as TranslationProject;

describe('assertProjectLanguages', () => {
  it('accepts the project pair with any region subtag or case, as BCP 47 (ko-KR) and PO tools (ko_KR) write it', () => {
    for (const [src, trg] of [['id', 'ko'], ['id-ID', 'ko-KR'], ['id_ID', 'ko_KR'], ['ID', 'KO']])
      expect(() => assertProjectLanguages(src, trg, project)).not.toThrow();
  });

  it('refuses another source or target with xliff.languageMismatch naming both pairs', () => {
    for (const [src, trg] of [['en', 'ko'], ['id', 'en-US'], ['ko', 'id'], ['', 'ko']]) {
      let caught: unknown;
      try {
        assertProjectLanguages(src, trg, project);
      } catch (e) {
        caught = e;
      }
      expect(caught).toMatchObject({
        code: 'xliff.languageMismatch',
        message: `The XLIFF file is ${src} → ${trg}, the project is id → ko.`,
        params: { fileSource: src, fileTarget: trg, projectSource: 'id', projectTarget: 'ko' },
      });
    }
  });
});
