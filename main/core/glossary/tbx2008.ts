// Glossary TBX 2008 (ISO 30042:2008, <martif type="TBX-Basic">): the TBX that OmegaT and translate-toolkit read.
// Preferred and admitted terms are <tig>s. Forbidden variants are NOT: OmegaT's TBX reader ignores
// administrativeStatus and would offer a deprecated term as a translation, so they travel as a language-level
// <note>Do not use: …</note> (shown to the translator; our reader, tbx.ts, turns it back into forbidden variants).
import type { GlossaryEntry } from '../../../preload/contract/models';
import { LANGS } from './entry';
import { escapeXml, FORBIDDEN_NOTE, tbxId, TERM_STATUS } from './tbx';

function tig(term: string, status: string): string {
  return `          <tig>\n            <term>${escapeXml(term)}</term>\n            <termNote type="administrativeStatus">${status}</termNote>\n          </tig>\n`;
}

export function toTbx2008(entries: readonly GlossaryEntry[], title = 'Redaksi glossary'): string {
  let out =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<martif type="TBX-Basic" xml:lang="id">\n' +
    `  <martifHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>${escapeXml(title)}</p>\n      </sourceDesc>\n    </fileDesc>\n` +
    '    <encodingDesc>\n      <p type="XCSURI">TBXBasicXCSV02.xcs</p>\n    </encodingDesc>\n  </martifHeader>\n' +
    '  <text>\n    <body>\n';
  for (const e of entries) {
    out += `      <termEntry id="${escapeXml(tbxId(e.id))}">\n`;
    if (e.note) out += `        <note>${escapeXml(e.note)}</note>\n`;
    for (const lang of LANGS) {
      if (!e.terms[lang].length) continue; // a langSet needs a term; forbidden-only languages have none to offer
      out += `        <langSet xml:lang="${lang}">\n`;
      if (e.forbidden[lang].length) out += `          <note>${FORBIDDEN_NOTE}${escapeXml(e.forbidden[lang].join('; '))}</note>\n`;
      e.terms[lang].forEach((t, i) => (out += tig(t, i === 0 ? TERM_STATUS.preferred : TERM_STATUS.admitted)));
      out += '        </langSet>\n';
    }
    out += '      </termEntry>\n';
  }
  return out + '    </body>\n  </text>\n</martif>\n';
}
