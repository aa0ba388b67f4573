// validateXliff: well-formedness, then structure (core + module content models), then the processing
// rules of XLIFF 2.x core and modules. Stops at the first violation and says which rule and where.
import { parseXml, XmlDepthError, XmlSyntaxError } from '../xml';
import { XLF } from '../ns';
import { checkDocument } from './doc-rules';
import { buildIndex } from './doc-index';
import { checkModules } from './module-rules';
import { checkStructure } from './structure';
import { checkUnits } from './unit-rules';
import { XliffViolation } from './violation';

export type XliffValidation = { valid: true } | { valid: false; reason: string; line?: number; rule: string };

export function validateXliff(xml: string): XliffValidation {
  try {
    const root = parseXml(xml);
    if (root.local !== 'xliff' || root.ns !== XLF)
      return { valid: false, rule: 'structure', line: root.line, reason: `[structure] root element must be <xliff> in namespace ${XLF} (found <${root.name}> in "${root.ns}")` };
    checkStructure(root);
    checkDocument(root);
    const doc = buildIndex(root);
    checkUnits(doc);
    checkModules(root, doc);
    return { valid: true };
  } catch (e) {
    if (e instanceof XmlDepthError) return { valid: false, rule: 'depth', reason: `[depth] ${e.message}`, line: e.line };
    if (e instanceof XmlSyntaxError) return { valid: false, rule: 'well-formed', reason: `[well-formed] ${e.message}`, line: e.line };
    if (e instanceof XliffViolation) return { valid: false, rule: e.rule, reason: e.message, line: e.line };
    throw e;
  }
}
