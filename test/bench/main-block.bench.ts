// The longest block of the process that answers the UI (the harness server; in Electron, main) while the UI asks
// for heavy work: a 10,000-word PDF export, quote detection on that article and the first Korean spell-check
// (which loads the Korean dictionary). Measured with perf_hooks.monitorEventLoopDelay in that process, through the
// real hop: the work runs in the domain (a worker thread here, a utility process in Electron: main/domain-protocol.ts)
// and only messages cross into the measured process. Two reference figures sit beside them: the same process's
// longest delay while nothing runs (what a loaded machine's scheduler alone costs: on our shared 2-core boxes it is
// tens of ms), and the measured process's busy time during each job (event-loop utilisation: its own work).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { startHarness } from '../harness/server';
import type { BenchFigure } from './types';
import { removeOnExit } from './scratch';

const ROOT = resolve(import.meta.dirname, '../..');

/** The bundled sample repeated to about `words` words, as paragraphs. */
function tenThousandWords(words = 10_000): string {
  const paras = readFileSync(join(ROOT, 'resources/samples/semarang-ekraf-korsel.id.txt'), 'utf8').split('\n').filter(Boolean);
  const out: string[] = [];
  for (let n = 0, i = 0; n < words; i++) {
    const p = paras[i % paras.length];
    out.push(`<p>${p}</p>`);
    n += p.split(/\s+/).length;
  }
  return out.join('');
}

export async function run(): Promise<BenchFigure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'redaksi-bench-block-'));
  const h = await startHarness({ dataDir, store: { snapshotIntervalMs: 0 }, validateResponses: false });
  try {
    const call = async (channel: string, payload: unknown) => {
      const r = (await h.app.dispatch(channel, payload)) as { ok: boolean; data?: unknown; error?: unknown };
      if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
      return r.data as Record<string, unknown>;
    };
    const created = await call('articles.create', { title: 'Ekonomi kreatif', lang: 'id', body: tenThousandWords() });
    const id = created.id as string;
    const figures: BenchFigure[] = [];
    const idle = monitorEventLoopDelay({ resolution: 5 });
    idle.enable();
    await new Promise((r) => setTimeout(r, 2000));
    idle.disable();
    figures.push({ name: 'ui-process.block.idle-reference', value: idle.max / 1e6, unit: 'ms', target: 'reference', ok: true });
    const measure = async (name: string, work: () => Promise<unknown>) => {
      const h = monitorEventLoopDelay({ resolution: 5 });
      const elu = performance.eventLoopUtilization();
      h.enable();
      await work();
      h.disable();
      const busy = performance.eventLoopUtilization(elu);
      const ms = h.max / 1e6;
      figures.push({ name: `ui-process.block.${name}`, value: ms, unit: 'ms', target: '< 50', ok: ms < 50 });
      figures.push({ name: `ui-process.busy.${name}`, value: busy.active, unit: 'ms', target: 'reference', ok: true });
    };
    await measure('pdf-export-10k', () => call('export.save', { id, options: { format: 'pdf' } }));
    await measure('quotes-detect-10k', () => call('quotes.detect', { articleId: id }));
    await measure('spell-ko-first', () => call('spell.check', { lang: 'ko', text: '정부는 월요일 수출이 늘었다고 발표했다.' }));
    return figures;
  } finally {
    await h.close();
    removeOnExit(dataDir);
  }
}
