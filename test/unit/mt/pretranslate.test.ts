// Routing with a pivot and document pre-translation: progress, cancel, untouched segments, drafts only, glossary flags.
import { afterAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import type { Lang } from '../../../preload/contract/define';
import type { GlossaryEntry, Segment, TranslationProject } from '../../../preload/contract/models';
import { blankSegment } from '../../../main/core/translate/segments';
import {
  createEngine,
  MtWorkerClient,
  pretranslate,
  route,
  translateWithRoute,
  type MtEngine,
} from '../../../main/core/mt';
import { cancelledError } from '../../../main/core/mt/cancel';
import { AppError } from '../../../main/core/errors';

/** A fake engine: "translates" by tagging with the target language; records calls; can wait per call. */
function fakeEngine(id: string, pairs: [Lang, Lang][], opts: { delayMs?: number; failOnCall?: number } = {}) {
  const calls: { texts: string[]; from: Lang; to: Lang }[] = [];
  const engine: MtEngine = {
    id,
    kind: 'openai',
    label: id,
    pairs: () => pairs.map(([from, to]) => ({ from, to })),
    endpoint: () => ({ host: '127.0.0.1', loopback: true, sends: false }),
    close: async () => {},
    async translate(texts, { from, to, signal }) {
      calls.push({ texts, from, to });
      if (opts.failOnCall === calls.length) throw new AppError('mt.unreachable', 'down', { host: 'x', reason: 'ECONNREFUSED' });
      if (opts.delayMs) {
        await new Promise<void>((res, rej) => {
          const t = setTimeout(res, opts.delayMs);
          signal?.addEventListener('abort', () => {
            clearTimeout(t);
            rej(cancelledError());
          });
        });
      }
      return texts.map((t) => `${to}:${t}`);
    },
  };
  return { engine, calls };
}

function seg(id: string, source: string, patch: Partial<Segment> = {}): Segment {
  return { ...blankSegment(id, source), ...patch };
}

function project(segments: Segment[], patch: Partial<TranslationProject> = {}): TranslationProject {
  return {
    id: 'p1',
    articleId: 'a1',
    sourceLang: 'id',
    targetLang: 'ko',
    pivotLang: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    segments,
    ...patch,
  };
}

describe('route', () => {
  const idEn = fakeEngine('id-en', [['id', 'en']]).engine;
  const enKo = fakeEngine('en-ko', [['en', 'ko']]).engine;
  const idKo = fakeEngine('id-ko', [['id', 'ko']]).engine;

  it('prefers a direct engine, in list order', () => {
    expect(route({ from: 'id', to: 'ko' }, [idEn, enKo, idKo]).map((e) => e.id)).toEqual(['id-ko']);
  });

  it('goes through en when no direct engine exists', () => {
    expect(route({ from: 'id', to: 'ko' }, [enKo, idEn]).map((e) => e.id)).toEqual(['id-en', 'en-ko']);
  });

  it('throws mt.noRoute when neither exists, and mt.sameLanguage for id → id', () => {
    expect(() => route({ from: 'ko', to: 'id' }, [idEn, enKo])).toThrowError(expect.objectContaining({ code: 'mt.noRoute' }));
    expect(() => route({ from: 'id', to: 'id' }, [idEn])).toThrowError(expect.objectContaining({ code: 'mt.sameLanguage' }));
  });

  it('translateWithRoute shows the route and the pivot text', async () => {
    const res = await translateWithRoute(['halo'], { from: 'id', to: 'ko' }, [idEn, enKo]);
    expect(res).toEqual({ texts: ['ko:en:halo'], route: ['id', 'en', 'ko'], engines: ['id-en', 'en-ko'], pivotTexts: ['en:halo'] });
    const direct = await translateWithRoute(['halo'], { from: 'id', to: 'ko' }, [idKo]);
    expect(direct).toEqual({ texts: ['ko:halo'], route: ['id', 'ko'], engines: ['id-ko'] });
  });
});

describe('pretranslate', () => {
  const segments = [
    seg('s1', 'Satu.'),
    seg('s2', 'Dua.', { locked: true }),
    seg('s3', 'Tiga.', { status: 'translated', target: '셋.', origin: 'human' }),
    seg('s4', 'Empat.', { status: 'reviewed', target: '넷.', origin: 'human' }),
    seg('s5', 'Lima.', { status: 'approved', target: '다섯.', origin: 'human' }),
    seg('s6', 'Enam.', { status: 'draft', target: '' }),
    seg('s7', 'Tujuh.', { status: 'new', target: 'tm suggestion', origin: 'tm' }),
    seg('s8', 'Delapan.', { status: 'draft', target: 'typed by hand', origin: 'human' }),
    seg('s9', '   '),
  ];

  it('fills only eligible segments, as drafts from MT, and leaves the input untouched', async () => {
    const { engine: idKo, calls } = fakeEngine('id-ko', [['id', 'ko']]);
    const input = project(segments);
    const before = JSON.stringify(input);
    const progress: { done: number; total: number }[] = [];
    const res = await pretranslate(input, { engines: [idKo], batchSize: 2, onProgress: (p) => progress.push(p) });
    expect(JSON.stringify(input)).toBe(before);
    expect(res.total).toBe(3);
    expect(res.done).toBe(3);
    expect(res.cancelled).toBe(false);
    expect(res.route).toEqual(['id', 'ko']);
    expect(progress).toEqual([
      { done: 0, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
    expect(calls.map((c) => c.texts)).toEqual([['Satu.', 'Enam.'], ['Tujuh.']]);
    const byId = Object.fromEntries(res.project.segments.map((s) => [s.id, s]));
    for (const id of ['s1', 's6', 's7']) {
      expect(byId[id]).toMatchObject({ status: 'draft', origin: 'mt', confirmedSource: null });
      expect(byId[id].target).toBe(`ko:${byId[id].source}`);
    }
    // MT is never confirmed silently.
    expect(res.project.segments.filter((s) => s.origin === 'mt').every((s) => s.status === 'draft')).toBe(true);
    // Locked, confirmed, human-typed and blank segments are exactly as they were.
    for (const id of ['s2', 's3', 's4', 's5', 's8', 's9']) {
      expect(byId[id]).toEqual(segments.find((s) => s.id === id));
    }
    expect(res.project.updatedAt).not.toBe(input.updatedAt);
  });

  it('routes id → en → ko through a pivot, shows it, and fills the en pivot column', async () => {
    const idEn = fakeEngine('id-en', [['id', 'en']]);
    const enKo = fakeEngine('en-ko', [['en', 'ko']]);
    const res = await pretranslate(project([seg('a', 'Halo.'), seg('b', 'Apa kabar?')], { pivotLang: 'en' }), {
      engines: [enKo.engine, idEn.engine],
    });
    expect(res.route).toEqual(['id', 'en', 'ko']);
    expect(res.engines).toEqual(['id-en', 'en-ko']);
    expect(res.project.segments.map((s) => [s.pivot, s.target])).toEqual([
      ['en:Halo.', 'ko:en:Halo.'],
      ['en:Apa kabar?', 'ko:en:Apa kabar?'],
    ]);
    expect(enKo.calls[0]).toMatchObject({ from: 'en', to: 'ko', texts: ['en:Halo.', 'en:Apa kabar?'] });
  });

  it('cancel mid-way stops between batches and returns the work done so far', async () => {
    const { engine, calls } = fakeEngine('slow', [['id', 'ko']], { delayMs: 30 });
    const many = Array.from({ length: 10 }, (_, i) => seg(`s${i}`, `Kalimat ${i}.`));
    const ac = new AbortController();
    const res = await pretranslate(project(many), {
      engines: [engine],
      batchSize: 2,
      signal: ac.signal,
      onProgress: ({ done }) => {
        if (done === 4) ac.abort();
      },
    });
    expect(res.cancelled).toBe(true);
    expect(res.done).toBe(4);
    expect(res.total).toBe(10);
    expect(calls).toHaveLength(2);
    expect(res.project.segments.filter((s) => s.origin === 'mt').map((s) => s.id)).toEqual(['s0', 's1', 's2', 's3']);
    expect(res.project.segments.slice(4).every((s) => s.status === 'new' && s.target === '')).toBe(true);
  });

  it('an abort while a batch is in flight drops that batch but keeps earlier ones', async () => {
    const { engine } = fakeEngine('slow', [['id', 'ko']], { delayMs: 150 });
    const many = Array.from({ length: 6 }, (_, i) => seg(`s${i}`, `Kalimat ${i}.`));
    const ac = new AbortController();
    const run = pretranslate(project(many), { engines: [engine], batchSize: 2, signal: ac.signal });
    setTimeout(() => ac.abort(), 220); // during the second batch
    const res = await run;
    expect(res.cancelled).toBe(true);
    expect(res.done).toBe(2);
    expect(res.project.segments.filter((s) => s.origin === 'mt')).toHaveLength(2);
  });

  it('an engine failure mid-way keeps finished batches and reports the error', async () => {
    const { engine } = fakeEngine('flaky', [['id', 'ko']], { failOnCall: 2 });
    const res = await pretranslate(project([seg('a', 'Satu.'), seg('b', 'Dua.'), seg('c', 'Tiga.')]), {
      engines: [engine],
      batchSize: 1,
    });
    expect(res.done).toBe(1);
    expect(res.cancelled).toBe(false);
    expect(res.error?.code).toBe('mt.unreachable');
    expect(res.project.segments[0].origin).toBe('mt');
  });

  it('throws mt.noRoute before doing anything', async () => {
    const { engine, calls } = fakeEngine('en-ko', [['en', 'ko']]);
    await expect(pretranslate(project([seg('a', 'Halo.')]), { engines: [engine] })).rejects.toMatchObject({ code: 'mt.noRoute' });
    expect(calls).toHaveLength(0);
  });

  it('flags glossary terms whose approved translation is missing from the MT output', async () => {
    const glossary: GlossaryEntry[] = [
      {
        id: 'g1',
        terms: { id: ['Presiden'], en: ['President'], ko: ['대통령'] },
        forbidden: { id: [], en: [], ko: ['프레지던트'] },
        note: '',
      },
      { id: 'g2', terms: { id: ['DPR'], en: ['House of Representatives'], ko: ['국회'] }, forbidden: { id: [], en: [], ko: [] }, note: '' },
      { id: 'g3', terms: { id: ['nasi'], en: ['rice'], ko: [] }, forbidden: { id: [], en: [], ko: [] }, note: '' },
    ];
    const engine: MtEngine = {
      ...fakeEngine('id-ko', [['id', 'ko']]).engine,
      translate: async (texts) =>
        texts.map((t) => (t.startsWith('Presiden') ? '대통령은 국회를 방문했다.' : '프레지던트가 밥을 먹었다.')),
    };
    const res = await pretranslate(
      project([
        seg('ok', 'Presiden mengunjungi DPR.'),
        seg('bad', 'Kata presiden, nasi enak.'),
        seg('none', 'Kepresidenan.'), // "presiden" only inside a longer word: no match
      ]),
      { engines: [engine], glossary },
    );
    expect(res.flags).toEqual([{ segmentId: 'bad', term: 'Presiden', expected: '대통령' }]);
  });
});

describe('pretranslate with the real tiny models (id → en → ko)', () => {
  const fixtures = resolve(__dirname, '../../fixtures/tiny-marian');
  const worker = new MtWorkerClient();
  afterAll(() => worker.close());

  it('runs the pivot through both local models in the worker', async () => {
    const engines = [
      createEngine({ id: 'en-ko', kind: 'marian-local', label: 'en→ko', path: join(fixtures, 'en-ko'), from: 'en', to: 'ko' }, { worker }),
      createEngine({ id: 'id-en', kind: 'marian-local', label: 'id→en', path: join(fixtures, 'id-en'), from: 'id', to: 'en' }, { worker }),
    ];
    const res = await pretranslate(project([seg('a', 'Presiden berkata.'), seg('b', 'Rakyat senang.', { locked: true })], { pivotLang: 'en' }), {
      engines,
    });
    expect(res.route).toEqual(['id', 'en', 'ko']);
    expect(res.project.segments[0]).toMatchObject({ pivot: 'president said.', target: '대통령 말했다.', status: 'draft', origin: 'mt' });
    expect(res.project.segments[1]).toMatchObject({ target: '', status: 'new', locked: true });
  });
});
