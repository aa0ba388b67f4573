// Checks a local model folder before loading it: each missing or unusable file becomes one readable problem.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import type { CodedMessage } from '../../../preload/contract/define';
import type { ModelFolderReport } from '../../../preload/contract/mt';
import { AppError } from '../errors';

export type { ModelFolderReport };
export type ModelFamily = NonNullable<ModelFolderReport['family']>;
export type ModelProblem = CodedMessage;

const REQUIRED_JSON = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'generation_config.json'];

async function exists(p: string): Promise<boolean> {
  try {
    return (await fsp.stat(p)).isFile();
  } catch {
    return false;
  }
}

function problem(code: string, message: string, params: Record<string, string | number>): ModelProblem {
  return { code, message, params };
}

async function readJson(dir: string, file: string, problems: ModelProblem[]): Promise<Record<string, unknown> | null> {
  const p = join(dir, file);
  if (!(await exists(p))) {
    problems.push(problem('mt.model.missingFile', `The model folder has no ${file}.`, { path: dir, file }));
    return null;
  }
  try {
    const v = JSON.parse(await fsp.readFile(p, 'utf8'));
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    /* reported below */
  }
  problems.push(problem('mt.model.badJson', `${file} in the model folder is not valid JSON.`, { path: dir, file }));
  return null;
}

function familyOf(config: Record<string, unknown>, tokConfig: Record<string, unknown> | null): ModelFamily | null {
  const type = String(config.model_type ?? '');
  if (type === 'marian') return 'marian';
  if (type === 'm2m_100') return /nllb/i.test(String(tokConfig?.tokenizer_class ?? '')) ? 'nllb' : 'm2m100';
  return null;
}

export async function checkModelFolder(dir: string): Promise<ModelFolderReport> {
  const problems: ModelProblem[] = [];
  const report = (family: ModelFamily | null, dtype: ModelFolderReport['dtype']): ModelFolderReport => ({
    ok: problems.length === 0,
    path: dir,
    family,
    dtype,
    problems,
  });
  let st;
  try {
    st = await fsp.stat(dir);
  } catch {
    problems.push(problem('mt.model.missingDir', `The model folder ${dir} does not exist.`, { path: dir }));
    return report(null, null);
  }
  if (!st.isDirectory()) {
    problems.push(problem('mt.model.notDir', `${dir} is a file, not a model folder.`, { path: dir }));
    return report(null, null);
  }

  // Sequential on purpose: problems come out in a stable order (config, tokenizer, tokenizer config, generation).
  const json: (Record<string, unknown> | null)[] = [];
  for (const f of REQUIRED_JSON) json.push(await readJson(dir, f, problems));
  const [config, , tokConfig] = json;

  let family: ModelFamily | null = null;
  if (config) {
    family = familyOf(config, tokConfig);
    if (!family) {
      const type = String(config.model_type ?? '(none)');
      problems.push(
        problem('mt.model.unsupportedType', `This model type (${type}) is not supported: use Marian/Opus-MT, NLLB or M2M100.`, {
          path: dir,
          type,
        }),
      );
    }
  }

  const onnx = (name: string) => join(dir, 'onnx', name);
  const fp32 = (await exists(onnx('encoder_model.onnx'))) && (await exists(onnx('decoder_model_merged.onnx')));
  const q8 =
    (await exists(onnx('encoder_model_quantized.onnx'))) && (await exists(onnx('decoder_model_merged_quantized.onnx')));
  if (fp32) return report(family, 'fp32');
  if (q8) return report(family, 'q8');

  if (!(await exists(onnx('encoder_model.onnx'))) && !(await exists(onnx('encoder_model_quantized.onnx')))) {
    problems.push(problem('mt.model.missingFile', 'The model folder has no onnx/encoder_model.onnx.', { path: dir, file: 'onnx/encoder_model.onnx' }));
  }
  if (!(await exists(onnx('decoder_model_merged.onnx'))) && !(await exists(onnx('decoder_model_merged_quantized.onnx')))) {
    // transformers.js v4 loads only the merged decoder (it carries the KV cache); a plain decoder_model.onnx
    // would run without a cache and see one token at a time, so it is reported instead of half-working.
    if ((await exists(onnx('decoder_model.onnx'))) || (await exists(onnx('decoder_model_quantized.onnx')))) {
      problems.push(
        problem(
          'mt.model.decoderNotMerged',
          'The model folder has onnx/decoder_model.onnx but no onnx/decoder_model_merged.onnx; export it again with the merged decoder (optimum-cli export onnx --task text2text-generation-with-past).',
          { path: dir, file: 'onnx/decoder_model_merged.onnx' },
        ),
      );
    } else {
      problems.push(
        problem('mt.model.missingFile', 'The model folder has no onnx/decoder_model_merged.onnx.', {
          path: dir,
          file: 'onnx/decoder_model_merged.onnx',
        }),
      );
    }
  }
  return report(family, null);
}

/** Throws the first problem as an AppError; returns the report when the folder is usable. */
export async function assertModelFolder(dir: string): Promise<ModelFolderReport & { family: ModelFamily }> {
  const r = await checkModelFolder(dir);
  if (!r.ok || !r.family || !r.dtype) {
    const p = r.problems[0] ?? problem('mt.model.missingDir', `The model folder ${dir} cannot be used.`, { path: dir });
    throw new AppError(p.code, p.message, p.params);
  }
  return r as ModelFolderReport & { family: ModelFamily };
}
