// OmegaT 3.6 reads what we write: one console-translate run of a project whose tm/auto holds our TMX export and
// whose glossary/ holds our OmegaT glossary and our TBX 2008. OmegaT must translate every sample segment with our
// target, and its own glossary readers (called from a --script) must take every term pair and no forbidden one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { starterGlossary } from '../../../main/core/glossary';
import { runCli } from '../helpers/cli';
import { readText, run, sampleProject, tempDir, toolIt } from './tools';

const PROJECT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>id</source_lang>
    <target_lang>ko</target_lang>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`;

// Runs inside OmegaT: prints what its own TSV and TBX glossary readers take from each file in glossary/.
const SCRIPT = `import org.omegat.gui.glossary.GlossaryReaderTSV
import org.omegat.gui.glossary.GlossaryReaderTBX
import org.omegat.core.Core
def dir = new File(Core.getProject().getProjectProperties().getGlossaryRoot())
dir.listFiles().sort().each { f ->
  def entries = f.name.endsWith('.tbx') ? GlossaryReaderTBX.read(f, false) : GlossaryReaderTSV.read(f, false)
  entries.each { e -> println("GLOSSARY\\t" + f.name + "\\t" + e.getSrcText() + "\\t" + e.getLocText()) }
}
`;

describe('OmegaT reads our TMX and glossaries', () => {
  toolIt(['omegat'], 'console-translate fills every sample segment from our TMX; OmegaT’s readers take our glossary pairs and no forbidden term', async () => {
    const s = await sampleProject((i) => ({ target: `번역문 ${i}번입니다.`, status: 'approved' }));
    const dir = tempDir('omegat');
    const proj = join(dir, 'project');
    for (const d of ['source', 'target', 'tm/auto', 'glossary', 'omegat']) mkdirSync(join(proj, d), { recursive: true });
    writeFileSync(join(proj, 'omegat.project'), PROJECT);
    // One segment per paragraph: OmegaT's text filter splits on empty lines, and sentence segmentation is off
    // above, so OmegaT's segments are exactly ours (its own SRX rules would split quotes differently).
    writeFileSync(join(proj, 'source', 'article.txt'), s.project.segments.map((g) => g.source).join('\n\n') + '\n');

    const tmx = await runCli(['export', s.articleId, '--format', 'tmx', '--lang', 'ko', '--out', join(proj, 'tm', 'auto', 'redaksi.tmx'), '--data', s.data]);
    expect(tmx.code, tmx.stderr).toBe(0);
    const g1 = await runCli(['glossary', 'export', join(proj, 'glossary', 'redaksi.utf8'), '--from', 'id', '--to', 'ko', '--data', s.data]);
    const g2 = await runCli(['glossary', 'export', join(proj, 'glossary', 'redaksi.tbx'), '--data', s.data]);
    expect([g1.code, g2.code]).toEqual([0, 0]);
    writeFileSync(join(dir, 'glossary.groovy'), SCRIPT);

    // OmegaT's JVM start is slow: one run does everything. Its settings go to a throwaway folder.
    const log = run(
      'omegat',
      [proj, '--mode=console-translate', '--no-team', '--disable-project-locking', `--config-dir=${join(dir, 'config')}`, `--script=${join(dir, 'glossary.groovy')}`],
      { timeout: 300_000, cwd: dir },
    );

    const out = readText(join(proj, 'target', 'article.txt')).trimEnd().split('\n\n');
    expect(out).toEqual(s.project.segments.map((g) => g.target));

    // The script runs on several project events: the set of distinct lines is what the readers returned.
    const seen = new Set(log.split('\n').filter((l) => l.startsWith('GLOSSARY\t')));
    const pairs = (file: string) => new Set([...seen].filter((l) => l.split('\t')[1] === file).map((l) => l.split('\t').slice(2).join('\t')));
    const expected = new Set<string>();
    const forbidden = new Set<string>();
    for (const e of starterGlossary()) {
      for (const src of e.terms.id) for (const tgt of e.terms.ko) expected.add(`${src}\t${tgt}`);
      e.forbidden.ko.forEach((f) => forbidden.add(f));
    }
    expect(expected.size).toBeGreaterThan(20);
    expect(forbidden.size).toBeGreaterThan(0);
    expect(pairs('redaksi.utf8')).toEqual(expected);
    expect(pairs('redaksi.tbx')).toEqual(expected);
    for (const p of [...pairs('redaksi.tbx'), ...pairs('redaksi.utf8')]) expect(forbidden.has(p.split('\t')[1])).toBe(false);
  }, 360_000);
});
