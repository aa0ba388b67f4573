// The headless CLI from source (npm run cli → tsx main/cli.ts): import, list, show, usage, the folder lock.
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/cli';

describe('cli', () => {
  const data = mkdtempSync(join(tmpdir(), 'redaksi-cli-'));
  const file = join(mkdtempSync(join(tmpdir(), 'redaksi-cli-src-')), 'banjir.txt');
  writeFileSync(file, 'Banjir di Semarang\n\nHujan deras sejak pagi merendam tiga kecamatan.\n');

  it('imports a text file into a fresh folder, prints the id, then list and show find it', async () => {
    const imported = await runCli(['import', file, '--data', data]);
    expect(imported.code).toBe(0);
    const id = imported.stdout.trim();
    expect(id).toMatch(/^[a-z0-9]{16}$/);

    const listed = await runCli(['list', '--json', '--data', data]);
    const items = JSON.parse(listed.stdout);
    expect(items.map((a: { id: string }) => a.id)).toEqual([id]);
    // The short first line becomes the headline; the body keeps the 7-word paragraph.
    expect(items[0].title).toBe('Banjir di Semarang');
    expect(items[0].wordCount).toBe(7);

    const shown = await runCli(['show', id, '--json', '--data', data]);
    expect(JSON.parse(shown.stdout).body).toContain('Hujan deras sejak pagi');
    const plain = await runCli(['show', id, '--data', data]);
    expect(plain.stdout).toContain('Hujan deras sejak pagi merendam tiga kecamatan.');
  });

  it('lists commands with --help and exits 2 with usage on an unknown command', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/import FILE/);
    const bad = await runCli(['frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown command: frobnicate/);
    expect(bad.stderr).toMatch(/Usage:/);
  });

  it('show of a missing id fails clearly', async () => {
    const r = await runCli(['show', 'nope', '--data', data]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No article with id nope/);
  });

  it('a second writer on the same folder gets a clear lock error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redaksi-lock-'));
    // The first writer: a process that holds the folder open.
    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', '-e', `const {DataStore}=await import(${JSON.stringify(join(ROOT, 'main/core/store/data-store.ts'))}); await DataStore.open(${JSON.stringify(dir)}); console.log('LOCKED'); setInterval(()=>{},1000);`],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((r) => holder.stdout!.on('data', (d: Buffer) => d.toString().includes('LOCKED') && r()));
    try {
      const second = await runCli(['import', file, '--data', dir]);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/in use by another Redaksi process \(pid \d+\)/);
    } finally {
      holder.kill();
    }
  });
});
