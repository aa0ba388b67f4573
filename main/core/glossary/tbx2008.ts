// Glossary TBX 2008 (ISO 30042:2008, <martif type="TBX-Basic">): the TBX that OmegaT and translate-toolkit read.
// Same content as our TBX-Basic 2019 export (tbx.ts): preferred, admitted and deprecated terms per language.
import type { GlossaryEntry } from '../../../preload/contract/models';
import { LANGS } from './entry';
import { escapeXml, tbxId, TERM_STATUS } from './tbx';

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
      if (!e.terms[lang].length && !e.forbidden[lang].length) continue;
      out += `        <langSet xml:lang="${lang}">\n`;
      e.terms[lang].forEach((t, i) => (out += tig(t, i === 0 ? TERM_STATUS.preferred : TERM_STATUS.admitted)));
      for (const t of e.forbidden[lang]) out += tig(t, TERM_STATUS.deprecated);
      out += '        </langSet>\n';
    }
    out += '      </termEntry>\n';
  }
  return out + '    </body>\n  </text>\n</martif>\n';
}
