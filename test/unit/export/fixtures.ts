// Test data for the export tests: the bundled Indonesian sample with quotes, a Korean article, a project.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../../preload/contract/common';
import type { ArticleQuotes, QuoteAnnotation, Segment, TranslationProject } from '../../../preload/contract/models';
import { htmlToPlainText, plainTextToHtml } from '../../../main/core/articles/text';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function article(over: Partial<Article> = {}): Article {
  return {
    id: 'art1',
    title: 'Judul',
    lang: 'id',
    status: 'draft',
    dateline: { outlet: '', place: '' },
    byline: '',
    body: '<p>Isi.</p>',
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-02T09:30:00.000Z',
    deletedAt: null,
    rev: 3,
    ...over,
  };
}

export function sampleArticle(): Article {
  const text = readFileSync(resolve(REPO, 'resources/samples/semarang-ekraf-korsel.id.txt'), 'utf8');
  return article({
    id: 'semarang01',
    title: 'Ganjar Perkuat Kerja Sama Ekraf dengan Korea Selatan',
    dateline: { place: 'Semarang', outlet: 'MONITOR' },
    byline: 'Tim Redaksi',
    body: plainTextToHtml(text),
  });
}

/** Builds a quote annotation anchored on the first occurrence of `exact` in the article's plain text. */
export function quoteOn(a: Article, id: string, exact: string, over: Partial<QuoteAnnotation> = {}): QuoteAnnotation {
  const plain = htmlToPlainText(a.body);
  const start = plain.indexOf(exact);
  if (start < 0) throw new Error(`fixture: "${exact}" not in article`);
  const end = start + exact.length;
  return {
    id,
    kind: 'direct',
    anchor: { start, end, exact, prefix: plain.slice(Math.max(0, start - 10), start), suffix: plain.slice(end, end + 10) },
    speakerId: 'sp1',
    cue: 'kata',
    confidence: 0.9,
    status: 'confirmed',
    verification: 'verified',
    sourceNote: 'Rekaman wawancara, 12 Mei',
    comments: [],
    needsReview: false,
    ...over,
  };
}

export function sampleQuotes(a: Article): ArticleQuotes {
  return {
    articleId: a.id,
    lang: 'id',
    speakers: [
      { id: 'sp1', name: 'Ganjar Pranowo', role: 'Gubernur Jawa Tengah', aliases: ['Ganjar'], spellings: { ko: '간자르 프라노워' } },
      { id: 'sp2', name: 'Gandi Sulistiyanto', role: 'Dubes Indonesia untuk Korsel', aliases: ['Sulis'], spellings: {} },
    ],
    quotes: [
      quoteOn(a, 'q1', 'Ekonominya kita masuk pada industri yang berteknologi tinggi. Ini momentum buat saya,'),
      quoteOn(a, 'q2', 'Dengan menggunakan digital ekonomi', { speakerId: 'sp2', verification: 'unverified', sourceNote: '' }),
      quoteOn(a, 'q3', 'Kita follow up lebih teknis', { status: 'rejected' }),
    ],
  };
}

export const KO_TITLE = '간자르 주지사, 한국과 창조경제 협력 강화';

export function koArticle(): Article {
  return article({
    id: 'ko01',
    lang: 'ko',
    title: KO_TITLE,
    dateline: { place: '스마랑', outlet: '레닥시' },
    byline: '김민지 기자',
    body:
      '<p>중부 자바 주지사 간자르 프라노워는 한국과의 창조경제 협력을 강화하겠다고 밝혔다. 그는 "우리 경제는 첨단 기술 산업으로 나아가고 있다"고 말했다.</p>' +
      '<h2>자동차 산업부터</h2><ul><li>디자인 협력</li><li>중소기업 교류</li></ul>',
  });
}

function seg(id: string, source: string, target: string, status: Segment['status'], paragraph?: number): Segment {
  return {
    id,
    source,
    pivot: '',
    target,
    status,
    origin: 'human',
    locked: false,
    confirmedSource: null,
    ignoredQa: [],
    note: '',
    ...(paragraph === undefined ? {} : { paragraph }),
  };
}

/** id → ko project over a three-paragraph article: one approved, one translated-not-approved, one empty. */
export function projectFixture(): { article: Article; project: TranslationProject } {
  const a = article({
    id: 'p01',
    title: 'Ekonomi Kreatif',
    body: '<p>Ganjar bertemu duta besar. Mereka membahas kerja sama.</p><h2>Otomotif</h2><p>Desain dimulai dari otomotif.</p>',
  });
  const project: TranslationProject = {
    id: 'proj1',
    articleId: a.id,
    sourceLang: 'id',
    targetLang: 'ko',
    pivotLang: 'en',
    createdAt: '2025-03-02T10:00:00.000Z',
    updatedAt: '2025-03-03T11:00:00.000Z',
    segments: [
      { ...seg('s1', 'Ganjar bertemu duta besar.', '간자르가 대사를 만났다.', 'approved', 0), pivot: 'Ganjar met the ambassador.' },
      { ...seg('s2', 'Mereka membahas kerja sama.', '그들은 협력을 논의했다.', 'translated', 0), pivot: 'They discussed cooperation.' },
      seg('s3', 'Otomotif', '자동차', 'approved', 1),
      seg('s4', 'Desain dimulai dari otomotif.', '', 'new', 2),
    ],
  };
  return { article: a, project };
}

export const FIXED_NOW = new Date('2025-03-04T12:00:00.000Z');
