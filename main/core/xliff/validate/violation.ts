// The one failure a validation pass reports: which rule, on which element (and id), at which line.
import type { XElement } from '../xml';

export class XliffViolation extends Error {
  constructor(
    /** Short rule keyword, e.g. "unique-id", "dataRef", "isolated". Stable: tests and UI key on it. */
    readonly rule: string,
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'XliffViolation';
  }
}

/** "<ph id="2">" style label for messages. */
export function describe(el: XElement): string {
  const id = el.attrs.find((a) => a.local === 'id' && a.ns === '')?.value;
  const startRef = el.attrs.find((a) => a.local === 'startRef' && a.ns === '')?.value;
  return `<${el.name}${id !== undefined ? ` id="${id}"` : startRef !== undefined ? ` startRef="${startRef}"` : ''}>`;
}

/** Where an element sits: the enclosing file/unit ids, so a message can be found in a big file. */
export function locate(el: XElement): string {
  const parts: string[] = [];
  for (let p: XElement | null = el; p; p = p.parent) {
    if (p.local === 'unit' || p.local === 'file' || p.local === 'group') {
      const id = p.attrs.find((a) => a.local === 'id' && a.ns === '')?.value;
      if (id !== undefined && p !== el) parts.unshift(`${p.local} "${id}"`);
    }
  }
  return parts.length ? ` (in ${parts.join(' > ')})` : '';
}

export function fail(rule: string, el: XElement, message: string): never {
  throw new XliffViolation(rule, `[${rule}] ${describe(el)}${locate(el)}: ${message}`, el.line);
}
