// Glossary TBX: TBX-Basic export/import round trip, TBX v2 (martif) import, malformed files rejected.
import { describe, expect, it } from 'vitest';
import { fromTbx, starterGlossary, toTbx } from '../../../main/core/glossary';
import { AppError } from '../../../main/core/errors';
import { rejection } from '../helpers/errors';

describe('glossary TBX', () => {
  it('round-trips the starter glossary: terms, preferred order, forbidden variants, notes, ids', () => {
    const g = starterGlossary();
    const xml = toTbx(g);
    expect(xml).toContain('<tbx style="dca" type="TBX-Basic"');
    expect(xml).toContain('<conceptEntry id="jateng">');
    expect(xml).toMatch(/<term>자바 중부<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts<\/termNote>/);
    const back = fromTbx(xml);
    expect(back.skipped).toBe(0);
    expect(back.entries).toEqual(g);
  });

  it('escapes markup characters and keeps spaces inside terms', () => {
    const entries = [
      { id: 'rnd', terms: { id: ['riset & pengembangan'], en: ['R&D', 'research <and> development'], ko: ['연구 개발'] }, forbidden: { id: [], en: [], ko: [] }, note: 'say "R&D"' },
    ];
    expect(fromTbx(toTbx(entries)).entries).toEqual(entries);
  });

  it('imports TBX v3 written by another tool: region codes, preferred term first, definitions as notes', () => {
    const xml = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
 <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
 <text><body>
  <conceptEntry id="c1">
   <descrip type="definition">Head of a province</descrip>
   <langSec xml:lang="id-ID">
     <termSec><term>Gub.</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
     <termSec><term>Gubernur</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
   </langSec>
   <langSec xml:lang="ko-KR"><termSec><term>주지사</term></termSec><termSec><term>도지사</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec></langSec>
   <langSec xml:lang="fr"><termSec><term>gouverneur</term></termSec></langSec>
  </conceptEntry>
  <conceptEntry id="c2"><langSec xml:lang="de"><termSec><term>Gouverneur</term></termSec></langSec></conceptEntry>
 </body></text>
</tbx>`;
    const { entries, skipped } = fromTbx(xml);
    expect(skipped).toBe(1);
    expect(entries).toEqual([
      { id: 'c1', terms: { id: ['Gubernur', 'Gub.'], en: [], ko: ['주지사'] }, forbidden: { id: [], en: [], ko: ['도지사'] }, note: 'Head of a province' },
    ]);
  });

  it('imports TBX v2 (martif/termEntry/langSet/tig)', () => {
    const xml = `<martif type="TBX"><text><body>
      <termEntry id="te1"><langSet xml:lang="en"><tig><term>Central Java</term></tig></langSet>
      <langSet xml:lang="ko"><ntig><termGrp><term>중부 자바</term></termGrp></ntig></langSet>
      <langSet xml:lang="in"><tig><term>Jateng</term></tig></langSet></termEntry></body></text></martif>`;
    const [e] = fromTbx(xml).entries;
    expect(e.terms).toEqual({ id: ['Jateng'], en: ['Central Java'], ko: ['중부 자바'] });
  });

  it('rejects malformed XML with the line and the parser reason', () => {
    const err = rejection(() => fromTbx('<tbx>\n<text><body>\n<conceptEntry id="a"><langSec xml:lang="en"><termSec><term>x</term></termSec>\n</body></text></tbx>'));
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('glossary.tbxMalformed');
    expect(Number(err.params.line)).toBeGreaterThan(1);
    expect(String(err.params.reason).length).toBeGreaterThan(5);
    expect(rejection(() => fromTbx('not xml at all <')).code).toBe('glossary.tbxMalformed');
  });

  it('rejects XML that is not a termbase', () => {
    expect(rejection(() => fromTbx('<xliff version="2.0"><file/></xliff>')).code).toBe('glossary.tbxNotTbx');
    expect(rejection(() => fromTbx('<tbx type="TBX-Basic"><tbxHeader/></tbx>')).code).toBe('glossary.tbxNotTbx');
  });
});
