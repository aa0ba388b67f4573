// package:check fails when a resource path or an unpack rule is broken: it is run on copies of the packaged layout
// (dist/linux-unpacked/resources, which `npm test` builds first) with one thing broken on purpose.
import { describe, it, expect, beforeAll } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../helpers/paths';
// @ts-expect-error plain ESM tool without types
import { buildUnpacked, checkLayout } from '../../../tools/package-check.mjs';

type Check = (dir: string) => { problems: string[]; passed: string[] };
const check = checkLayout as Check;
let real = join(REPO, 'dist/linux-unpacked/resources');

/** A resources folder whose parts are links to the real one, except `own` entries the test builds itself. */
function fakeFrom(own: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-broken-package-'));
  own(dir);
  for (const name of readdirSync(real)) if (!existsSync(join(dir, name))) symlinkSync(join(real, name), join(dir, name));
  return dir;
}

describe('package:check', () => {
  beforeAll(() => {
    if (!existsSync(join(real, 'app.asar'))) real = buildUnpacked(join(REPO, 'dist'));
  }, 600_000);

  it('holds on the layout electron-builder produced', () => {
    const r = check(real);
    expect(r.problems).toEqual([]);
    expect(r.passed.length).toBeGreaterThan(20);
  }, 120_000);

  it('fails when a resource the app opens is not where the packaged code looks (fonts left out of extraResources)', () => {
    const dir = fakeFrom((d) => {
      cpSync(join(real, 'resources'), join(d, 'resources'), { recursive: true });
      rmSync(join(d, 'resources/fonts'), { recursive: true });
    });
    const r = check(dir);
    expect(r.problems.some((p) => p.includes('resources/fonts/NotoSansKR-Regular.ttf'))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('fails when the MT worker is not unpacked', () => {
    const dir = fakeFrom((d) => {
      const unpacked = join(d, 'app.asar.unpacked');
      mkdirSync(unpacked);
      symlinkSync(join(real, 'app.asar.unpacked/node_modules'), join(unpacked, 'node_modules'));
      cpSync(join(real, 'app.asar.unpacked/out'), join(unpacked, 'out'), { recursive: true });
      rmSync(join(unpacked, 'out/main/mt-worker.js'));
    });
    const r = check(dir);
    expect(r.problems.join('\n')).toContain('out/main/mt-worker.js');
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('fails when a native module is left inside the archive', () => {
    const dir = fakeFrom((d) => {
      const unpacked = join(d, 'app.asar.unpacked');
      mkdirSync(join(unpacked, 'node_modules'), { recursive: true });
      symlinkSync(join(real, 'app.asar.unpacked/out'), join(unpacked, 'out'));
      for (const name of readdirSync(join(real, 'app.asar.unpacked/node_modules')))
        if (name !== 'onnxruntime-node') symlinkSync(join(real, 'app.asar.unpacked/node_modules', name), join(unpacked, 'node_modules', name));
    });
    const r = check(dir);
    expect(r.problems.join('\n')).toMatch(/onnxruntime-node\/bin\/napi-v\d+\/\w+\/\w+\/onnxruntime_binding\.node/);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
