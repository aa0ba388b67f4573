// One model: every type the contract infers from a zod schema is declared there once, and no file in main/ or the
// renderer declares a type or interface of the same name again (derive from it, import it — never restate it).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(`${dir}/${e.name}`, ext) : ext.test(e.name) ? [`${dir}/${e.name}`] : [],
  );
}

/** Names declared as `type|interface NAME` (not imports or re-exports), with where. */
function declarations(text: string, names: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^[ \t]*(?:export\s+)?(?:declare\s+)?(?:interface|type)\s+([A-Za-z_]\w*)\b/gm)) if (names.has(m[1])) out.push(m[1]);
  return out;
}

const contractFiles = files('preload/contract', /\.ts$/);
const inferred = new Map<string, string[]>();
for (const f of contractFiles) {
  for (const m of readFileSync(join(ROOT, f), 'utf8').matchAll(/^export type (\w+) = z\.infer<typeof (\w+)>;/gm)) {
    if (m[1] === m[2]) inferred.set(m[1], [...(inferred.get(m[1]) ?? []), f]);
  }
}
const names = new Set(inferred.keys());

describe('types defined once', () => {
  it('finds the contract types (sanity: the scan reads the model)', () => {
    for (const n of ['Revision', 'RevisionSummary', 'TmMatch', 'ConcordanceHit', 'DiffPart', 'Progress', 'LibraryHit']) expect(names.has(n), n).toBe(true);
    expect(declarations('export interface TmMatch {\n  x: 1;\n}\nimport type { Progress } from "x";\n  type DiffPart = 1;\n', names)).toEqual(['TmMatch', 'DiffPart']);
  });

  it('each contract type is inferred in one contract file, from one schema', () => {
    const twice = [...inferred].filter(([, where]) => where.length > 1);
    expect(twice).toEqual([]);
    const schemas = contractFiles.flatMap((f) => [...readFileSync(join(ROOT, f), 'utf8').matchAll(/^export const (\w+) = /gm)].map((m) => m[1]));
    expect(schemas.filter((n, i) => names.has(n) && schemas.indexOf(n) !== i)).toEqual([]);
  });

  it('no file in main/ or renderer/src/ declares a contract type again', () => {
    const again = [...files('main', /\.ts$/), ...files('renderer/src', /\.tsx?$/)].flatMap((f) =>
      declarations(readFileSync(join(ROOT, f), 'utf8'), names).map((n) => `${f}: ${n} (defined in ${inferred.get(n)?.join(', ')})`),
    );
    expect(again).toEqual([]);
  });
});
