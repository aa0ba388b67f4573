// XLIFF 1.2 with translate-toolkit: our export → xliff2po (one PO entry per segment, headline included) → targets
// filled as a translator would → po2xliff -t ours.xlf → our import takes exactly those targets and statuses.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { importXliff } from '../../../main/core/xliff';
import { DataStore } from '../../../main/core/store/data-store';
import { ProjectRepo } from '../../../main/core/translate/repo';
import { runCli } from '../helpers/cli';
import { readProject, readText, run, sampleProject, tempDir, toolIt } from './tools';

/** PO entries (msgid "" header excluded) as [location, msgid, msgstr, fuzzy]. */
function poEntries(po: string): { loc: string; msgid: string; msgstr: string; fuzzy: boolean }[] {
  const unq = (block: string, key: string) => {
    const m = new RegExp(`^${key} ((?:".*"\\n?)+)`, 'm').exec(block);
    return m ? [...m[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => JSON.parse(`"${x[1]}"`)).join('') : '';
  };
  return po
    .split(/\n\n+/)
    .map((b) => ({ loc: /^#: (.*)$/m.exec(b)?.[1] ?? '', msgid: unq(b, 'msgid'), msgstr: unq(b, 'msgstr'), fuzzy: /^#, .*fuzzy/m.test(b) }))
    .filter((e) => e.msgid !== '');
}

describe('XLIFF 1.2 round trip through translate-toolkit', () => {
  toolIt(['xliff2po', 'po2xliff', 'xmllint'], 'export → xliff2po → fill → po2xliff -t → import changes only the filled targets and their statuses', async () => {
    const s = await sampleProject();
    const dir = tempDir('xlf12');
    const xlf = join(dir, 'a.xlf');
    // As the Done line has it: npm run cli -- export ID --format xliff12 --lang ko --out a.xlf
    const exp = await runCli(['export', s.articleId, '--format', 'xliff12', '--lang', 'ko', '--out', xlf, '--data', s.data]);
    expect(exp.code, exp.stderr).toBe(0);
    expect(run('xmllint', ['--noout', '--nonet', xlf])).toBe('');

    run('xliff2po', [xlf, join(dir, 'a.po')]);
    const entries = poEntries(readText(join(dir, 'a.po')));
    // Every segment, the headline (segment 0 of the project) included.
    expect(s.project.segments[0]).toMatchObject({ headline: true, source: s.title.replace(/\s+/g, ' ').trim() });
    expect(entries).toHaveLength(s.project.segments.length);
    expect(entries.map((e) => [e.loc, e.msgid, e.msgstr])).toEqual(s.project.segments.map((g) => [g.id, g.source, g.target]));

    // The translator fills every empty entry and leaves the rest as they are.
    let po = readText(join(dir, 'a.po'));
    const filled = new Map<string, string>();
    for (const e of entries.filter((x) => !x.msgstr)) filled.set(e.loc, `${e.loc} 완료.`);
    po = po
      .split(/\n\n+/)
      .map((b) => {
        const loc = /^#: (.*)$/m.exec(b)?.[1];
        return loc && filled.has(loc) ? b.replace(/^msgstr ""$/m, `msgstr "${filled.get(loc)}"`) : b;
      })
      .join('\n\n');
    writeFileSync(join(dir, 'b.po'), po);
    run('po2xliff', ['-t', xlf, join(dir, 'b.po'), join(dir, 'b.xlf')]);

    const store = await DataStore.open(s.data);
    const repo = new ProjectRepo(store);
    const before = await repo.get(s.project.id);
    const r = importXliff(readText(join(dir, 'b.xlf')), before);
    await repo.save(r.project);
    await store.close();
    const after = await readProject(s.data, s.project.id);

    expect(r.rejected).toEqual([]);
    expect(r.headline).toBeUndefined(); // the headline is a segment: it was updated like the others
    expect(filled.has(before.segments[0].id)).toBe(true);
    const untranslated = before.segments.filter((g) => !g.target).map((g) => g.id);
    expect(untranslated.length).toBeGreaterThan(2);
    expect(r.changed).toEqual(untranslated.map((segmentId) => ({ segmentId, fields: ['target', 'status'] })));
    after.segments.forEach((g, i) => {
      const was = before.segments[i];
      if (filled.has(g.id)) expect(g).toEqual({ ...was, target: filled.get(g.id), status: 'translated' });
      else expect(g).toEqual(was); // every other segment, statuses included, untouched
    });
    expect({ ...after, segments: [], updatedAt: '' }).toEqual({ ...before, segments: [], updatedAt: '' });
  }, 180_000);
});
