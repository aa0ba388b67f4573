// Glossary imports hold the form's 500-character term limit: a row (CSV, OmegaT) or concept (TBX) over it is left
// out with a message naming the line or entry, and everything else is imported.
import { describe, it, expect } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseGlossaryFile } from '../../../main/core/glossary/parse-file';
import { openApp } from '../../../main/app';

const long = 'x'.repeat(5 * 1024 * 1024);
const b = (s: string) => Buffer.from(s);

describe('glossary term limit on import', () => {
  it('CSV: the row with a 5 MB term is rejected by line, the others imported', () => {
    const r = parseGlossaryFile('g.csv', b(`id,en,ko\nJateng,Central Java,중부 자바\n${long},Long,긴\nKorsel,South Korea,한국\n`));
    expect(r.entries.map((e) => e.id)).toEqual(['jateng', 'korsel']);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ code: 'glossary.termTooLongAtLine', params: { line: 3, length: long.length, limit: 500 } });
    expect(r.rejected[0].message).toMatch(/^line 3: A term has 5242880 characters; the limit is 500\./);
  });

  it('a term of exactly 500 characters is accepted; 501 is not', () => {
    const ok = 'a'.repeat(500);
    const r = parseGlossaryFile('g.csv', b(`id,en,ko\n${ok},,\n${ok}b,,\n`));
    expect(r.entries).toHaveLength(1);
    expect(r.rejected[0].params).toMatchObject({ line: 3, length: 501 });
  });

  it('TBX: the concept with an over-long forbidden term is rejected by entry number and id', () => {
    const tbx = `<?xml version="1.0"?><martif type="TBX"><text><body>
<termEntry id="ok1"><langSet xml:lang="id"><tig><term>Jateng</term></tig></langSet></termEntry>
<termEntry id="bad"><langSet xml:lang="en"><tig><term>Fine</term></tig><tig><term>${'y'.repeat(600)}</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>
</body></text></martif>`;
    const r = parseGlossaryFile('g.tbx', b(tbx));
    expect(r.entries.map((e) => e.id)).toEqual(['ok1']);
    expect(r.rejected[0]).toMatchObject({ code: 'glossary.termTooLongAtEntry', params: { entry: 2, id: 'bad', length: 600 } });
  });

  it('OmegaT: the source term over the limit is rejected by its line', () => {
    const r = parseGlossaryFile('g.utf8', b(`Jateng\tCentral Java\n${'z'.repeat(700)}\tLong\n`), { from: 'id', to: 'en' });
    expect(r.entries).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ code: 'glossary.termTooLongAtLine', params: { line: 2 } });
  });

  it('through the app: the import reports the rejected row and stores the rest', async () => {
    const app = await openApp(mkdtempSync(join(tmpdir(), 'redaksi-gloss-limit-')), { harness: true, version: 't', emit: () => {}, openExternal: async () => {} });
    try {
      const csv = `id,en,ko\nJateng,Central Java,중부 자바\n${long},Long,긴\n`;
      const res = (await app.dispatch('glossary.import', { name: 'g.csv', dataBase64: b(csv).toString('base64'), mode: 'replace' })) as {
        ok: boolean;
        data: { added: number; rejected: { code: string; params: Record<string, unknown> }[] };
      };
      expect(res.ok).toBe(true);
      expect(res.data.added).toBe(1);
      expect(res.data.rejected).toMatchObject([{ code: 'glossary.termTooLongAtLine', params: { line: 3 } }]);
      const list = (await app.dispatch('glossary.list', {})) as { data: { id: string }[] };
      expect(list.data.map((e) => e.id)).toEqual(['jateng']);
    } finally {
      await app.close();
    }
  }, 60_000);
});
