// Integrity of TM inserts: Ctrl+Enter then Ctrl+1 at once, while the next segment's lookup is slowed by 1 s,
// must never put one segment's suggestion into another, and the TM must end up holding only real pairs.
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';

// Twenty-one unrelated sentences (so no sentence is a fuzzy match for another one).
const SOURCES = [
  'Harga cabai rawit di Pasar Johar naik tajam menjelang Lebaran.',
  'Banjir rob merendam ratusan rumah warga di pesisir utara Pekalongan.',
  'Tim bulu tangkis putri Indonesia melaju ke babak final Piala Uber.',
  'Kementerian Kesehatan membuka pendaftaran vaksinasi dengue untuk anak sekolah.',
  'Kereta cepat Jakarta Bandung mengangkut sejuta penumpang dalam tiga bulan.',
  'Petani kopi Gayo mulai memanen biji merah lebih awal tahun ini.',
  'Gempa bermagnitudo lima mengguncang Cianjur tanpa menimbulkan kerusakan berarti.',
  'Museum Fatahillah memperpanjang jam buka selama libur sekolah.',
  'Pemerintah kota menanam seribu pohon trembesi di sepanjang jalan lingkar.',
  'Seorang nelayan hilang setelah perahunya terbalik dihantam ombak besar.',
  'Bandara Kualanamu menambah rute penerbangan langsung ke Seoul.',
  'Harga emas batangan turun untuk hari ketiga berturut-turut.',
  'Mahasiswa menggelar aksi damai menolak kenaikan uang kuliah tunggal.',
  'Festival kuliner Nusantara menarik puluhan ribu pengunjung akhir pekan lalu.',
  'Polisi menutup sementara jalur pendakian Gunung Merbabu karena kebakaran hutan.',
  'Perpustakaan daerah meluncurkan layanan peminjaman buku digital gratis.',
  'Ekspor udang beku dari Lampung meningkat dua kali lipat.',
  'Sekolah dasar di Wonosobo mengganti atap yang rusak diterjang angin kencang.',
  'Pelabuhan Tanjung Emas memperluas dermaga untuk kapal kontainer.',
  'Atlet panjat tebing Indonesia memecahkan rekor dunia nomor kecepatan.',
  'Dinas pertanian membagikan bibit padi unggul kepada kelompok tani.',
];
const OWN = SOURCES.map((_, i) => `번역문 ${i + 1}번: 번역가가 직접 입력한 문장입니다.`);
// TM pairs for near variants of each sentence: a fuzzy match per segment, each with its own, telltale target.
const FUZZY_SRC = SOURCES.map((s) => s.replace(/\.$/, ' kemarin.'));
const FUZZY_KO = SOURCES.map((_, i) => `메모리 제안 ${i + 1}번 문장입니다.`);
const ITERATIONS = 20;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function tmx(pairs: [string, string][]): string {
  const tus = pairs
    .map(([s, t]) => `<tu><tuv xml:lang="id"><seg>${esc(s)}</seg></tuv><tuv xml:lang="ko"><seg>${esc(t)}</seg></tuv></tu>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="spec" creationtoolversion="1" ' +
    `segtype="sentence" o-tmf="spec" adminlang="en" srclang="id" datatype="plaintext"/><body>${tus}</body></tmx>`
  );
}

type Api = Record<string, Record<string, (r: unknown) => Promise<{ ok: boolean; data: never; error?: unknown }>>>;
async function callApi<T>(page: Page, ns: string, method: string, req: unknown): Promise<T> {
  return page.evaluate(
    async ({ ns, method, req }) => {
      const api = (window as unknown as { api: Api }).api;
      const r = await api[ns][method](req);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.data;
    },
    { ns, method, req },
  );
}

/** Every TM unit id → ko as [source, target] pairs, read from the TMX the app exports. */
async function tmPairs(page: Page): Promise<[string, string][]> {
  const file = await callApi<{ dataBase64: string }>(page, 'tm', 'exportTmx', { from: 'id', to: 'ko' });
  const xml = Buffer.from(file.dataBase64, 'base64').toString('utf8');
  const unesc = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const out: [string, string][] = [];
  for (const tu of xml.match(/<tu\b[\s\S]*?<\/tu>/g) ?? []) {
    const segs = [...tu.matchAll(/<tuv[^>]*xml:lang="([^"]+)"[^>]*>[\s\S]*?<seg>([\s\S]*?)<\/seg>/g)];
    const id = segs.find((m) => m[1].toLowerCase().startsWith('id'))?.[2];
    const ko = segs.find((m) => m[1].toLowerCase().startsWith('ko'))?.[2];
    if (id !== undefined && ko !== undefined) out.push([unesc(id), unesc(ko)]);
  }
  return out;
}

test('Ctrl+Enter → Ctrl+1 with a lookup slowed by 1 s never inserts another segment’s suggestion (20 runs)', async ({ app }) => {
  test.setTimeout(240_000);
  const body = SOURCES.map((s) => `<p>${esc(s)}</p>`).join('');
  const article = await callApi<{ id: string }>(app, 'articles', 'create', { title: 'Kabar pagi', lang: 'id', body });
  const tmxText = tmx(FUZZY_SRC.map((s, i) => [s, FUZZY_KO[i]]));
  await callApi(app, 'tm', 'importTmx', { name: 'fuzzy.tmx', dataBase64: Buffer.from(tmxText).toString('base64') });
  const project = await callApi<{ id: string }>(app, 'translate', 'create', { articleId: article.id, targetLang: 'ko', pivotLang: null });

  // The harness injects the delay: every TM lookup takes 1 s, one after the other, as when the process that
  // answers is busy (the product code is untouched). The look-ahead for the next segment then lands late too.
  let queue: Promise<void> = Promise.resolve();
  await app.route('**/api/translate.matches', (route: Route) => {
    queue = queue.then(async () => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue().catch(() => {}); // the page may be gone when the test ends
    });
  });

  await app.goto(app.url().replace(/#.*$/, '') + `#/translate/${article.id}/${project.id}`);
  await expect(app.getByTestId('translate-workspace')).toBeVisible();
  const rows = app.getByTestId('segment');
  const rowOf = (i: number) => rows.filter({ has: app.getByTestId('source').getByText(SOURCES[i], { exact: true }) });
  await rowOf(0).click();
  const panel = app.getByTestId('tm-matches');

  for (let i = 0; i < ITERATIONS; i++) {
    const row = rowOf(i);
    const next = rowOf(i + 1);
    await expect(row).toHaveAttribute('data-active', 'true');
    // This segment's own list is on screen (bound to it) before the translator works.
    await expect(panel).toHaveAttribute('data-for', (await row.getAttribute('data-seg'))!);
    await expect(app.getByTestId('tm-target').first()).toHaveText(FUZZY_KO[i]);

    await app.getByTestId('target-input').fill(OWN[i]);
    await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved'); // the pause
    await app.keyboard.press('Control+Enter');
    await app.keyboard.press('Control+1');

    await expect(next).toHaveAttribute('data-active', 'true');
    const nextId = (await next.getAttribute('data-seg'))!;
    // Ctrl+1 inserted nothing from the old list: the target is empty, or (when the look-ahead list for this
    // segment was already there) holds this segment's own suggestion. The old list is gone at once.
    expect(['', FUZZY_KO[i + 1]]).toContain(await app.getByTestId('target-input').inputValue());
    await expect(app.getByTestId('tm-target').filter({ hasText: FUZZY_KO[i] })).toHaveCount(0);
    await expect(panel).not.toHaveAttribute('data-for', (await row.getAttribute('data-seg'))!);
    // The list arrives, bound to the new segment, with the new segment's suggestion.
    await expect(panel).toHaveAttribute('data-for', nextId);
    await expect(app.getByTestId('tm-target').first()).toHaveText(FUZZY_KO[i + 1]);
    expect(['', FUZZY_KO[i + 1]]).toContain(await app.getByTestId('target-input').inputValue());
    await expect(row).toHaveAttribute('data-status', 'translated');
    await expect(row.getByTestId('target')).toHaveText(OWN[i]);
  }
  await expect(app.getByTestId('save-state')).not.toHaveAttribute('data-state', /saving|pending/);

  // What was stored: every confirmed segment holds its own text; the last one nothing.
  const view = await callApi<{ project: { segments: { source: string; target: string; status: string }[] } }>(app, 'translate', 'open', {
    projectId: project.id,
  });
  for (let i = 0; i <= ITERATIONS; i++) {
    const seg = view.project.segments.find((s) => s.source === SOURCES[i])!;
    // The last one was reached by Ctrl+Enter → Ctrl+1 too: empty, or its own suggestion.
    if (i < ITERATIONS) expect(seg.target, `segment ${i + 1}`).toBe(OWN[i]);
    else expect(['', FUZZY_KO[i]], `segment ${i + 1}`).toContain(seg.target);
  }

  // The TM holds only pairs that were on screen together: the imported ones and each source with its own text.
  const allowed = new Set([...FUZZY_SRC.map((s, i) => `${s}\u0000${FUZZY_KO[i]}`), ...SOURCES.map((s, i) => `${s}\u0000${OWN[i]}`)]);
  const pairs = await tmPairs(app);
  for (const [s, t] of pairs) expect(allowed.has(`${s}\u0000${t}`), `TM pair ${s} → ${t}`).toBe(true);
  for (let i = 0; i < ITERATIONS; i++) expect(pairs).toContainEqual([SOURCES[i], OWN[i]]);
  expect(pairs.filter(([s]) => SOURCES.includes(s))).toHaveLength(ITERATIONS);
});
