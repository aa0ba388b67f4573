// CLI: offline machine translation of one text (direct or through a pivot) and model folder checks.
import { promises as fsp } from 'node:fs';
import { checkModelFolder, createEngine, translateWithRoute, type EngineConfigInput, type MtEngine } from '../core/mt';
import type { Lang } from '../../preload/contract/define';
import { flag, requiredLang, type ParsedArgs } from './args';
import { UsageError, type CliCommand } from './types';

/** The engines named on the command line; a LibreTranslate or OpenAI-compatible server serves every direction. */
export async function engineConfigs(args: ParsedArgs, from: Lang, to: Lang): Promise<EngineConfigInput[]> {
  const file = flag(args, 'engines');
  if (file) {
    const data = JSON.parse(await fsp.readFile(file, 'utf8'));
    return Array.isArray(data) ? data : [data];
  }
  const model = flag(args, 'model');
  if (model) return [{ id: 'model', kind: 'marian-local', label: model, path: model, from, to }];
  // Engine ids name the origin of MT targets ('mt:libretranslate'), so they say what the engine is.
  const openai = flag(args, 'openai');
  if (openai) return [{ id: 'openai', kind: 'openai', label: openai, baseUrl: openai, model: flag(args, 'llm') ?? 'default' }];
  const lt = flag(args, 'libretranslate');
  if (lt) return [{ id: 'libretranslate', kind: 'libretranslate', label: lt, baseUrl: lt }];
  throw new UsageError('give an engine: --engines FILE.json, --model DIR, --openai URL [--llm NAME] or --libretranslate URL');
}

export const mtTranslateCommand: CliCommand = {
  name: 'mt translate',
  usage:
    'mt translate TEXT --from id|en|ko --to id|en|ko (--engines FILE.json | --model DIR | --openai URL [--llm NAME] | --libretranslate URL) [--json]',
  summary: 'Machine-translate TEXT offline (via en when no engine covers the pair directly); prints the route.',
  async run(args, io) {
    const text = args.positional.join(' ');
    if (!text.trim()) throw new UsageError('mt translate needs a TEXT');
    const from = requiredLang(args, 'from');
    const to = requiredLang(args, 'to');
    const engines: MtEngine[] = (await engineConfigs(args, from, to)).map((c) => createEngine(c));
    try {
      const res = await translateWithRoute([text], { from, to }, engines);
      if (args.flags.json) io.out(JSON.stringify(res, null, 2));
      else {
        io.out(res.texts[0]);
        io.err(`route: ${res.route.join(' → ')} (${res.engines.join(', ')})`);
      }
      return 0;
    } finally {
      await Promise.all(engines.map((e) => e.close()));
    }
  },
};

export const mtCheckCommand: CliCommand = {
  name: 'mt check',
  usage: 'mt check DIR [--json]',
  summary: 'Check that a local model folder (Marian/Opus-MT, NLLB, M2M100 ONNX export) has every file it needs.',
  async run(args, io) {
    const dir = args.positional[0];
    if (!dir) throw new UsageError('mt check needs a DIR');
    const r = await checkModelFolder(dir);
    if (args.flags.json) io.out(JSON.stringify(r, null, 2));
    else if (r.ok) io.out(`OK: ${r.family} model (${r.dtype}) in ${dir}`);
    else for (const p of r.problems) io.err(`${p.code}: ${p.message}`);
    return r.ok ? 0 : 1;
  },
};
