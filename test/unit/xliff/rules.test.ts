// Processing rules the visible suite does not cover (the hidden official files do): one small document each.
import { describe, expect, it } from 'vitest';
import { validateXliff } from '../../../main/core/xliff/validate/index';

const NS = 'xmlns="urn:oasis:names:tc:xliff:document:2.0"';
const MODS =
  'xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0" xmlns:val="urn:oasis:names:tc:xliff:validation:2.0" xmlns:fs="urn:oasis:names:tc:xliff:fs:2.0" xmlns:res="urn:oasis:names:tc:xliff:resourcedata:2.0"';
const doc = (unitBody: string, { trg = ' trgLang="fr"', fileHead = '', unitAttrs = '' } = {}) =>
  `<?xml version="1.0"?>\n<xliff ${NS} ${MODS} version="2.1" srcLang="en"${trg}>\n<file id="f1">${fileHead}\n<unit id="u1"${unitAttrs}>\n${unitBody}\n</unit>\n<unit id="u2"><segment><source>x</source></segment></unit>\n</file>\n</xliff>`;

function rejects(xml: string, rule: string) {
  const r = validateXliff(xml);
  expect(r.valid, JSON.stringify(r)).toBe(false);
  if (!r.valid) expect(r.rule).toBe(rule);
}
const accepts = (xml: string) => expect(validateXliff(xml)).toEqual({ valid: true });

describe('well-formedness', () => {
  it('reports the line of a mismatched tag', () => {
    const r = validateXliff('<xliff>\n<file>\n</xliff>');
    expect(r).toMatchObject({ valid: false, rule: 'well-formed', line: 3 });
  });
  it('rejects undeclared entities, bad chars, duplicate attributes, undeclared prefixes', () => {
    for (const x of ['<a>&nbsp;</a>', '<a>\u0001</a>', '<a b="1" b="2"/>', '<p:a/>', '<a></a><b/>', '<a><![CDATA[x</a>'])
      expect(validateXliff(x)).toMatchObject({ valid: false, rule: 'well-formed' });
  });
  it('accepts a BOM and CRLF line ends', () => {
    accepts('\uFEFF' + doc('<segment><source>a</source></segment>').replace(/\n/g, '\r\n'));
  });
  it('rejects a non-XLIFF root', () => rejects('<xliff version="2.0" srcLang="en"/>', 'structure'));
});

describe('core rules', () => {
  it('accepts a plain document', () => accepts(doc('<segment state="translated" subState="my:x"><source>a</source><target>b</target></segment>')));
  it('version must be 2.0 or 2.1', () => rejects(doc('<segment><source>a</source></segment>').replace('version="2.1"', 'version="1.2"'), 'version'));
  it('srcLang must be well-formed', () => rejects(doc('<segment><source>a</source></segment>').replace('srcLang="en"', 'srcLang="e n"'), 'attribute-value'));
  it('subState requires state', () => rejects(doc('<segment subState="my:x"><source>a</source></segment>'), 'state'));
  it('an ignorable target also needs trgLang', () =>
    rejects(doc('<segment><source>a</source></segment><ignorable><source> </source><target> </target></ignorable>', { trg: '' }), 'trgLang'));
  it('xml:lang inherited from the unit must match', () =>
    rejects(doc('<segment><source>a</source><target>b</target></segment>', { unitAttrs: ' xml:lang="de"' }), 'language'));
  it('target xml:lang must equal trgLang', () => rejects(doc('<segment><source>a</source><target xml:lang="de">b</target></segment>'), 'language'));
  it('source and target must agree on xml:space', () =>
    rejects(doc('<segment><source xml:space="preserve">a</source><target>b</target></segment>'), 'xml:space'));
  it('skeleton without href must have content', () => rejects(doc('<segment><source>a</source></segment>').replace('<file id="f1">', '<file id="f1"><skeleton/>'), 'skeleton'));
  it('data ids are unique', () =>
    rejects(doc('<originalData><data id="d1">a</data><data id="d1">b</data></originalData><segment><source><ph id="1" dataRef="d1"/></source></segment>'), 'unique-id'));
  it('note ids are unique in a unit', () => rejects(doc('<notes><note id="n">a</note><note id="n">b</note></notes><segment><source>a</source></segment>'), 'unique-id'));
  it('inline ids are unique across the sources of a unit', () =>
    rejects(doc('<segment><source><ph id="1"/></source></segment><segment><source><ph id="1"/></source></segment>'), 'unique-id'));
  it('order must point inside the unit and not collide with a default position', () => {
    rejects(doc('<segment><source>a</source><target order="3">b</target></segment><segment><source>c</source></segment>'), 'order');
    rejects(doc('<segment><source>a</source><target order="2">b</target></segment><segment><source>c</source><target>d</target></segment>'), 'order');
  });
  it('unknown core elements and attributes are rejected', () => {
    rejects(doc('<segment><source>a<foo/></source></segment>'), 'structure');
    rejects(doc('<segment translate="no"><source>a</source></segment>'), 'structure');
  });
  it('extension elements and attributes are fine where the schema allows them', () =>
    accepts(doc('<my:x xmlns:my="urn:my" id="a"/><segment><source><mrk id="m" type="my:t" xmlns:my="urn:my" my:a="1">a</mrk></source></segment>', { unitAttrs: ' xmlns:my="urn:my" my:a="b"' })));
  it('duplicate extension ids in a unit are rejected', () =>
    rejects(doc('<my:x xmlns:my="urn:my" id="a"/><my:y xmlns:my="urn:my" id="a"/><segment><source>a</source></segment>'), 'unique-id'));
});

describe('inline codes', () => {
  it('a lone sm is rejected', () => rejects(doc('<segment><source><sm id="m1"/>text</source></segment>'), 'startRef'));
  it('an sc without ec must be isolated', () => rejects(doc('<segment><source><sc id="1"/>text</source></segment>'), 'isolated'));
  it('sc/ec pairs may span segments', () => accepts(doc('<segment><source><sc id="1"/>a</source></segment><segment><source>b<ec startRef="1"/></source></segment>')));
  it('sc and ec must agree on canDelete, type, dir', () => {
    rejects(doc('<segment><source><sc id="1" canDelete="no"/>a<ec startRef="1"/></source></segment>'), 'canDelete');
    rejects(doc('<segment><source><sc id="1" type="fmt"/>a<ec startRef="1" type="ui"/></source></segment>'), 'type');
    rejects(doc('<segment><source><sc id="1" dir="ltr"/>a<ec startRef="1" dir="rtl"/></source></segment>'), 'dir');
  });
  it('dataRefStart must exist', () =>
    rejects(doc('<originalData><data id="d1">a</data></originalData><segment><source><pc id="1" dataRefStart="x" dataRefEnd="d1">t</pc></source></segment>'), 'dataRef'));
  it('copyOf must point to an existing code', () => rejects(doc('<segment><source><ph id="1"/><ph id="2" copyOf="9"/></source></segment>'), 'copyOf'));
  it('canReorder="no" needs a preceding firstNo', () =>
    rejects(doc('<segment><source><ph id="1" canReorder="no" canCopy="no" canDelete="no"/></source></segment>'), 'canReorder'));
  it('a reordered sequence in the target is rejected', () =>
    rejects(
      doc(
        '<segment><source><ph id="1" canReorder="firstNo" canCopy="no" canDelete="no"/><ph id="2" canReorder="no" canCopy="no" canDelete="no"/></source><target><ph id="2" canReorder="no" canCopy="no" canDelete="no"/><ph id="1" canReorder="firstNo" canCopy="no" canDelete="no"/></target></segment>',
      ),
      'canReorder',
    ));
  it('a target code with a source id must be the same element', () => rejects(doc('<segment><source><ph id="1"/></source><target><pc id="1">x</pc></target></segment>'), 'corresponding-code'));
  it('unknown xlf: subType values are rejected', () => rejects(doc('<segment><source><ph id="1" type="fmt" subType="xlf:zz"/></source></segment>'), 'subType'));
  it('a comment needs value or ref', () => rejects(doc('<segment><source><mrk id="m" type="comment">a</mrk></source></segment>'), 'comment'));
  it('a comment ref must name an existing note', () =>
    rejects(doc('<notes><note id="n1">x</note></notes><segment><source><mrk id="m" type="comment" ref="#n=n2">a</mrk></source></segment>'), 'comment'));
  it('duplicated and unknown fragment prefixes are rejected', () => {
    rejects(doc('<segment><source><mrk id="m" type="my:t" ref="#f=f1/f=f1/u=u1">a</mrk></source></segment>'), 'fragment-id');
    rejects(doc('<segment><source><mrk id="m" type="my:t" ref="#/f=f1/u=u1/zzz=a">a</mrk></source></segment>'), 'fragment-id');
  });
  it('fs attributes on a non-isolated ec are rejected', () =>
    rejects(doc('<segment><source><sc id="1" fs:fs="b"/>a<ec startRef="1" fs:fs="b"/></source></segment>'), 'fs'));
});

describe('modules', () => {
  it('gls entries need a translation or a definition', () =>
    rejects(doc('<gls:glossary><gls:glossEntry><gls:term>t</gls:term></gls:glossEntry></gls:glossary><segment><source>a</source></segment>'), 'gls'));
  it('mda metadata needs a metaGroup and meta needs type', () => {
    rejects(doc('<mda:metadata/><segment><source>a</source></segment>'), 'structure');
    rejects(doc('<mda:metadata><mda:metaGroup><mda:meta>x</mda:meta></mda:metaGroup></mda:metadata><segment><source>a</source></segment>'), 'structure');
  });
  it('val rules need exactly one test', () => {
    rejects(doc('<val:validation><val:rule isPresent="a" isNotPresent="b"/></val:validation><segment><source>a</source></segment>'), 'val');
    rejects(doc('<val:validation><val:rule isNotPresent="a" occurs="2"/></val:validation><segment><source>a</source></segment>'), 'val');
  });
  it('mtc matches: valid one accepted, bad ref, similarity, type, xml:lang rejected', () => {
    const m = (attrs: string) =>
      doc(`<mtc:matches><mtc:match ${attrs}><source>a</source><target>b</target></mtc:match></mtc:matches><segment id="s1"><source>a</source></segment>`);
    accepts(m('ref="#s1" similarity="80" type="tm"'));
    rejects(m('ref="#nope"'), 'mtc');
    rejects(m('ref="#s1" similarity="120"'), 'attribute-value');
    rejects(m('ref="#s1" type="zz"'), 'attribute-value');
    rejects(m('ref="#s1" xml:lang="fr"'), 'mtc');
    rejects(doc('<segment><source>a</source></segment>', { fileHead: '<mtc:matches><mtc:match ref="#s1"><source>a</source><target>b</target></mtc:match></mtc:matches>' }), 'structure');
  });
  it('res references must name a resource item', () =>
    rejects(doc('<res:resourceData><res:resourceItemRef ref="r9"/><res:resourceItem id="r1"/></res:resourceData><segment><source>a</source></segment>'), 'res'));
});
