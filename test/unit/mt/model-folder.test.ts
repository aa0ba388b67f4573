// checkModelFolder: each missing or unusable file is reported with its own code and file name.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { assertModelFolder, checkModelFolder } from '../../../main/core/mt';

const FIXTURE = resolve(__dirname, '../../fixtures/tiny-marian/id-en');
const tmp = mkdtempSync(join(tmpdir(), 'redaksi-modelcheck-'));
let n = 0;
function copy(): string {
  const dir = join(tmp, `m${n++}`);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('checkModelFolder', () => {
  it('accepts the tiny Marian fixture', async () => {
    const r = await checkModelFolder(FIXTURE);
    expect(r).toMatchObject({ ok: true, family: 'marian', dtype: 'fp32', problems: [] });
  });

  for (const file of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'generation_config.json']) {
    it(`reports a missing ${file}`, async () => {
      const dir = copy();
      rmSync(join(dir, file));
      const r = await checkModelFolder(dir);
      expect(r.ok).toBe(false);
      expect(r.problems).toEqual([
        { code: 'mt.model.missingFile', message: `The model folder has no ${file}.`, params: { path: dir, file } },
      ]);
    });
  }

  it('reports a missing encoder', async () => {
    const dir = copy();
    rmSync(join(dir, 'onnx', 'encoder_model.onnx'));
    const r = await checkModelFolder(dir);
    expect(r.problems.map((p) => [p.code, p.params.file])).toEqual([['mt.model.missingFile', 'onnx/encoder_model.onnx']]);
    expect(r.dtype).toBeNull();
  });

  it('reports a missing decoder, and says so specially when only the unmerged decoder exists', async () => {
    const dir = copy();
    rmSync(join(dir, 'onnx', 'decoder_model_merged.onnx'));
    expect((await checkModelFolder(dir)).problems.map((p) => [p.code, p.params.file])).toEqual([
      ['mt.model.missingFile', 'onnx/decoder_model_merged.onnx'],
    ]);
    writeFileSync(join(dir, 'onnx', 'decoder_model.onnx'), 'x');
    const r = await checkModelFolder(dir);
    expect(r.problems.map((p) => p.code)).toEqual(['mt.model.decoderNotMerged']);
    expect(r.problems[0].message).toContain('decoder_model_merged.onnx');
  });

  it('lists every problem at once, in a stable order', async () => {
    const dir = copy();
    rmSync(join(dir, 'config.json'));
    rmSync(join(dir, 'generation_config.json'));
    rmSync(join(dir, 'onnx'), { recursive: true });
    const r = await checkModelFolder(dir);
    expect(r.problems.map((p) => p.params.file)).toEqual([
      'config.json',
      'generation_config.json',
      'onnx/encoder_model.onnx',
      'onnx/decoder_model_merged.onnx',
    ]);
  });

  it('reports invalid JSON and unsupported model types', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'tokenizer_config.json'), '{ nope');
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ model_type: 'llama' }));
    const r = await checkModelFolder(dir);
    expect(r.problems.map((p) => p.code)).toEqual(['mt.model.badJson', 'mt.model.unsupportedType']);
    expect(r.problems[1].params.type).toBe('llama');
  });

  it('recognises NLLB and M2M100 exports and quantized-only folders', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ model_type: 'm2m_100' }));
    expect((await checkModelFolder(dir)).family).toBe('m2m100');
    writeFileSync(join(dir, 'tokenizer_config.json'), JSON.stringify({ tokenizer_class: 'NllbTokenizer' }));
    expect((await checkModelFolder(dir)).family).toBe('nllb');
    renameSync(join(dir, 'onnx', 'encoder_model.onnx'), join(dir, 'onnx', 'encoder_model_quantized.onnx'));
    renameSync(join(dir, 'onnx', 'decoder_model_merged.onnx'), join(dir, 'onnx', 'decoder_model_merged_quantized.onnx'));
    expect(await checkModelFolder(dir)).toMatchObject({ ok: true, dtype: 'q8' });
  });

  it('reports a missing folder and a file given as folder; assertModelFolder throws the first problem', async () => {
    const missing = join(tmp, 'does-not-exist');
    expect((await checkModelFolder(missing)).problems[0].code).toBe('mt.model.missingDir');
    const file = join(tmp, 'file.txt');
    writeFileSync(file, 'x');
    expect((await checkModelFolder(file)).problems[0].code).toBe('mt.model.notDir');
    await expect(assertModelFolder(missing)).rejects.toMatchObject({ code: 'mt.model.missingDir', params: { path: missing } });
  });
});
