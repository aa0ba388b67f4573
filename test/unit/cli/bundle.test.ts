// The installed CLI: tools/build-cli.mjs bundles out/cli/redaksi.js (ESM, `bin` in package.json) that runs with
// plain Node — no tsx — and every command listed in main/cli/commands.ts loads from its module.
import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandGroups, commandNames, loadAllCommands } from '../../../main/cli/commands';
import { REPO, SAMPLE_ARTICLE } from '../helpers/paths';

const BIN = join(REPO, 'out/cli/redaksi.js');
const node = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: tmpdir(), encoding: 'utf8' });

describe('command table', () => {
  it('names exactly the commands its loaders return, in order, each once', async () => {
    for (const g of commandGroups) expect((await g.load()).map((c) => c.name)).toEqual(g.names);
    expect(new Set(commandNames).size).toBe(commandNames.length);
    expect((await loadAllCommands()).map((c) => c.name)).toEqual(commandNames);
  });
});

describe('bundled CLI (out/cli/redaksi.js)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(REPO, 'tools/build-cli.mjs')], { cwd: REPO, stdio: 'pipe' });
  }, 60_000);

  it('is what package.json installs as `redaksi`, an ESM file with a node shebang and no tsx', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ redaksi: 'out/cli/redaksi.js' });
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.devDependencies.tsx).toBeDefined();
    const src = readFileSync(BIN, 'utf8');
    expect(src.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const all = [src, ...readdirSync(join(REPO, 'out/cli/chunks')).map((f) => readFileSync(join(REPO, 'out/cli/chunks', f), 'utf8'))];
    for (const code of all) expect(code).not.toMatch(/from ["']tsx|import\(["']tsx/);
  });

  it('lists an empty data folder from any working directory', () => {
    const r = node(['list', '--data', mkdtempSync(join(tmpdir(), 'redaksi-bin-'))]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('No drafts.');
  });

  it('prints only JSON on stdout for `quotes FILE --lang id --json` (the external scorer reads it)', () => {
    const r = node(['quotes', SAMPLE_ARTICLE, '--lang', 'id', '--json']);
    expect(r.status).toBe(0);
    const parsed = JSON.parse(r.stdout);
    expect(Array.isArray(parsed.quotes ?? parsed)).toBe(true);
    expect(JSON.stringify(parsed)).toContain('Ganjar');
  });

  it('prints usage listing every command with --help, and exits 2 on an unknown command', () => {
    const help = node(['--help']);
    expect(help.status).toBe(0);
    for (const name of commandNames) expect(help.stdout).toContain(name);
    const bad = node(['frobnicate']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Unknown command: frobnicate');
  });
});
