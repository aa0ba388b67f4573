// Which translation project an XLIFF file belongs to: our file-level mda meta "projectId", else the <file id>;
// in XLIFF 1.2 the file's category="redaksi:PROJECT:ARTICLE".
import { AppError } from '../errors';
import { META_CATEGORY } from './export';
import { fromXliffId } from './ids';
import { MDA, XLF } from './ns';
import { attr, elementChildren, parseXml, textOf } from './xml';

/** The project id the file names, or null when it names none (a file made by another tool from scratch). */
export function xliffProjectId(xml: string): string | null {
  let root;
  try {
    root = parseXml(xml);
  } catch (e) {
    throw new AppError('xliff.invalid', `The XLIFF file is not valid: ${(e as Error).message}`, { reason: (e as Error).message, line: 0 });
  }
  // XLIFF 1.2 (xliff12-export.ts): <file category="redaksi:PROJECT:ARTICLE">.
  const f12 = elementChildren(root).find((k) => k.ns !== XLF && k.local === 'file');
  const cat = f12 ? /^redaksi:([^:]+):/.exec(attr(f12, 'category') ?? '') : null;
  if (cat) return cat[1];
  const file = elementChildren(root).find((k) => k.ns === XLF && k.local === 'file');
  if (!file) return null;
  for (const md of elementChildren(file).filter((k) => k.ns === MDA && k.local === 'metadata'))
    for (const g of elementChildren(md).filter((k) => k.ns === MDA && k.local === 'metaGroup' && attr(k, 'category') === META_CATEGORY))
      for (const m of elementChildren(g)) if (m.ns === MDA && attr(m, 'type') === 'projectId') return textOf(m).trim() || null;
  const id = attr(file, 'id');
  return id ? fromXliffId(id) : null;
}
