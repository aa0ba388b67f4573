#!/usr/bin/env node
// `npm run package:check`: builds the unpacked Linux app with electron-builder and checks its layout.
//
// No Electron binary can be downloaded on our machines, so the build uses a stand-in electronDist: a folder holding
// an executable named `electron` (a shell script that only says it is a stand-in), with -c.electronVersion=41.7.1.
// electron-builder copies it as the app's executable and writes resources/app.asar, app.asar.unpacked and the
// extraResources exactly as for a real build. Then we check:
//   1. app.asar holds out/main, out/preload and out/renderer;
//   2. every native .node file, each worker thread (MT, import pool), the chunks it imports and every package of
//      their dependency trees are unpacked (asar header flag AND the file on disk in app.asar.unpacked);
//   3. every resource the app opens exists where the packaged code computes it: out/main/resource-files.js is
//      taken out of the archive and run under Node with process.resourcesPath set as Electron would set it.
// Usage: node tools/package-check.mjs [--no-build] [--resources DIR]   (DIR: a linux-unpacked/resources folder)
import asar from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
export const ELECTRON_VERSION = '41.7.1';
/** Worker threads the app starts from out/main (main/core/pool/start.ts): each must be a real file on disk. */
export const WORKERS = ['out/main/mt-worker.js', 'out/main/pool-worker.js'];

/** Runs electron-builder --linux dir with a stand-in Electron; returns the resources folder it wrote. */
export function buildUnpacked(outputDir = join(ROOT, 'dist')) {
  const standIn = mkdtempSync(join(tmpdir(), 'redaksi-electron-stand-in-'));
  writeFileSync(join(standIn, 'electron'), '#!/bin/sh\necho "stand-in Electron for package:check; not runnable" >&2\nexit 1\n');
  chmodSync(join(standIn, 'electron'), 0o755);
  const r = spawnSync(
    'npx',
    ['electron-builder', '--linux', 'dir', `-c.electronDist=${standIn}`, `-c.electronVersion=${ELECTRON_VERSION}`, `-c.directories.output=${outputDir}`],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  );
  rmSync(standIn, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`electron-builder exited ${r.status}`);
  return join(outputDir, 'linux-unpacked/resources');
}

/** Every file path in the archive header, with its unpacked flag. */
function headerFiles(archive) {
  const out = new Map();
  // A folder's own flag only says it has unpacked content; each file carries its own.
  const walk = (node, prefix) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const p = prefix ? `${prefix}/${name}` : name;
      if (child.files) walk(child, p);
      else out.set(p, child.unpacked === true);
    }
  };
  walk(asar.getRawHeader(archive).header, '');
  return out;
}

/** The packages a module imports by bare name (static and dynamic), without node: builtins. */
function bareImports(code) {
  const names = new Set();
  for (const m of code.matchAll(/(?:from\s*|import\s*\(\s*)["']([^"'.][^"']*)["']/g)) {
    if (m[1].startsWith('node:')) continue;
    const parts = m[1].split('/');
    names.add(m[1].startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
  }
  return [...names];
}

/** A package and everything it depends on (production and optional), as package-lock.json resolves them. */
function dependencyTree(names, lock) {
  const seen = new Set();
  const walk = (name) => {
    const entry = lock.packages[`node_modules/${name}`];
    if (!entry || seen.has(name)) return;
    seen.add(name);
    for (const d of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) walk(d);
  };
  names.forEach(walk);
  return [...seen];
}

/** Checks a linux-unpacked/resources folder; returns the list of problems (empty when the layout is right). */
export function checkLayout(resourcesDir) {
  const problems = [];
  const passed = [];
  const ok = (cond, what) => (cond ? passed.push(what) : problems.push(what));
  const archive = join(resourcesDir, 'app.asar');
  const unpackedDir = join(resourcesDir, 'app.asar.unpacked');
  if (!existsSync(archive)) return { problems: [`no app.asar in ${resourcesDir}`], passed };
  const files = headerFiles(archive);
  const isUnpacked = (p) => files.get(p) === true && existsSync(join(unpackedDir, p));

  // 1. The build is in the archive.
  for (const f of ['package.json', 'out/main/index.js', 'out/main/domain.js', 'out/main/resource-files.js', 'out/preload/index.cjs', 'out/renderer/index.html'])
    ok(files.has(f), `app.asar holds ${f}`);
  ok(![...files.keys()].some((f) => f.startsWith('out/cli/')), 'app.asar leaves the CLI bundle out');

  // The UI-facing process only routes: main/index.js and what it imports load no domain package (the handlers run in
  // out/main/domain.js, a utility process), and the domain never imports electron (it also runs as a worker thread).
  const packagesOf = (entry) => {
    const seen = new Set();
    const bare = new Set();
    const walk = (f) => {
      if (seen.has(f) || !files.has(f)) return;
      seen.add(f);
      const code = asar.extractFile(archive, f).toString('utf8');
      for (const name of bareImports(code)) bare.add(name);
      for (const m of code.matchAll(/(?:from\s*|import\s*\(\s*)["'](\.\.?\/[^"']+)["']/g)) walk(join(dirname(f), m[1]));
    };
    walk(entry);
    return [...bare];
  };
  const mainPackages = packagesOf('out/main/index.js').filter((p) => p !== 'electron' && p !== 'zod');
  ok(mainPackages.length === 0, `the main process loads no domain package${mainPackages.length ? ` (loads: ${mainPackages.join(', ')})` : ''}`);
  ok(files.has('out/main/domain.js') && !packagesOf('out/main/domain.js').includes('electron'), 'the domain process (out/main/domain.js) does not import electron');

  // Whatever the header says is unpacked must be on disk, or Electron fails to load it.
  const flaggedMissing = [...files].filter(([f, u]) => u && !existsSync(join(unpackedDir, f))).map(([f]) => f);
  ok(flaggedMissing.length === 0, `every file flagged unpacked is in app.asar.unpacked${flaggedMissing.length ? ` (missing: ${flaggedMissing.slice(0, 5).join(', ')})` : ''}`);
  if (flaggedMissing.length) return { problems, passed };

  // 2. Native modules, the worker threads and what they import are real files on disk.
  const natives = [...files.keys()].filter((f) => f.endsWith('.node'));
  ok(natives.length > 0, 'the app has native .node modules to unpack (onnxruntime-node)');
  for (const f of natives) ok(isUnpacked(f), `native module unpacked: ${f}`);
  // Each worker thread (MT, import pool), every chunk it imports (followed through chunks) and the dependency tree
  // of every package those import.
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  for (const worker of WORKERS) {
    ok(isUnpacked(worker), `worker unpacked: ${worker}`);
    if (!files.has(worker)) continue;
    const seen = new Set([worker]);
    const packages = new Set();
    for (const queue = [worker]; queue.length; ) {
      const mod = queue.shift();
      const code = asar.extractFile(archive, mod).toString('utf8');
      for (const name of bareImports(code)) packages.add(name);
      for (const m of code.matchAll(/(?:from\s*|import\s*\(\s*)["'](\.\.?\/[^"']+)["']/g)) {
        const rel = join(dirname(mod), m[1]);
        if (seen.has(rel)) continue;
        seen.add(rel);
        ok(isUnpacked(rel), `module ${worker} imports unpacked: ${rel}`);
        if (files.has(rel)) queue.push(rel);
      }
    }
    for (const pkg of dependencyTree([...packages], lock)) {
      const manifest = `node_modules/${pkg}/package.json`;
      if (!files.has(manifest)) continue;
      const meta = JSON.parse(asar.extractFile(archive, manifest).toString('utf8'));
      const typesOnly = pkg.startsWith('@types/') || (!meta.main && !meta.exports && (meta.types || meta.typings));
      if (!typesOnly) ok(isUnpacked(manifest), `package ${worker} loads unpacked: ${pkg}`);
    }
  }

  // 3. Resources where the packaged code looks for them. Electron treats a folder named `app` like app.asar.
  const sandbox = mkdtempSync(join(tmpdir(), 'redaksi-package-check-'));
  try {
    const fakeResources = join(sandbox, 'resources');
    mkdirSync(fakeResources);
    asar.extractAll(archive, join(fakeResources, 'app'));
    if (existsSync(join(resourcesDir, 'resources'))) symlinkSync(join(resourcesDir, 'resources'), join(fakeResources, 'resources'));
    const script = `process.resourcesPath = ${JSON.stringify(fakeResources)};
      const m = await import(${JSON.stringify(pathToFileURL(join(fakeResources, 'app/out/main/resource-files.js')).href)});
      console.log(JSON.stringify(m.resourceFilesInUse()));`;
    const env = { ...process.env };
    delete env.REDAKSI_RESOURCES_DIR;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env, cwd: sandbox });
    if (r.status !== 0) problems.push(`packaged resource-files.js failed under Node: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
    else {
      const used = JSON.parse(r.stdout);
      ok(used.resourcesDir === join(fakeResources, 'resources'), `packaged code looks in <resourcesPath>/resources (got ${used.resourcesDir})`);
      ok(used.files.length >= 10, `the app names the resources it opens (${used.files.length})`);
      for (const f of used.files) ok(existsSync(f), `resource exists where the packaged app opens it: ${f.replace(fakeResources, '<resourcesPath>')}`);
    }
  } finally {
    rmSync(sandbox, { recursive: true, force: true });
  }
  return { problems, passed };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--resources');
  const resourcesDir = at >= 0 ? resolve(args[at + 1]) : args.includes('--no-build') ? join(ROOT, 'dist/linux-unpacked/resources') : buildUnpacked();
  const { problems, passed } = checkLayout(resourcesDir);
  console.log(`package:check ${resourcesDir}: ${passed.length} checks held`);
  for (const p of problems) console.log(`  FAILED: ${p}`);
  if (problems.length) console.log(`package:check: ${problems.length} failed`);
  process.exitCode = problems.length ? 1 : 0;
}
