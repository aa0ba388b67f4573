// XLIFF fragment identifiers ("#/f=f1/u=u1/n=n1", "#t=m3", "#m1"): syntax rules of XLIFF 2.x §"Fragment
// Identification" and resolution of the selectors that point into XLIFF core.
import { isNmtoken } from './datatypes';

export interface Selector {
  prefix: string | null;
  id: string;
}
export type FragmentParse = { ok: true; absolute: boolean; selectors: Selector[] } | { ok: false; reason: string };

const CORE_PREFIXES = ['f', 'g', 'u', 'n', 'd', 't'];
/** Module prefixes from the spec, plus extension prefixes registered with the XLIFF TC. */
const KNOWN_PREFIXES = ['mtc', 'gls', 'res', 'ctr', 'mda', 'slr', 'val', 'its', 'fs', 'tbx'];
const CONTAINER_ORDER = ['f', 'g', 'u'];

export function parseFragment(ref: string): FragmentParse {
  if (!ref.startsWith('#')) return { ok: false, reason: 'a fragment identifier must start with "#"' };
  let body = ref.slice(1);
  const absolute = body.startsWith('/');
  if (absolute) body = body.slice(1);
  if (!body) return { ok: false, reason: 'empty fragment identifier' };
  const selectors: Selector[] = [];
  for (const part of body.split('/')) {
    if (!part) return { ok: false, reason: `empty selector in "${ref}"` };
    const eq = part.indexOf('=');
    if (eq >= 0) {
      const prefix = part.slice(0, eq);
      const id = part.slice(eq + 1);
      if (!isNmtoken(prefix)) return { ok: false, reason: `prefix "${prefix}" in "${ref}" is not an NMTOKEN` };
      if (!isNmtoken(id)) return { ok: false, reason: `id "${id}" in "${ref}" is not an NMTOKEN` };
      selectors.push({ prefix, id });
    } else {
      if (!isNmtoken(part)) return { ok: false, reason: `id "${part}" in "${ref}" is not an NMTOKEN` };
      selectors.push({ prefix: null, id: part });
    }
  }
  const seen = new Set<string>();
  for (const s of selectors) {
    const p = s.prefix ?? '';
    if (seen.has(p)) return { ok: false, reason: s.prefix ? `prefix "${p}" is used twice in "${ref}"` : `"${ref}" has more than one selector without a prefix` };
    seen.add(p);
    if (s.prefix && s.prefix.length === 1 && !CORE_PREFIXES.includes(s.prefix))
      return { ok: false, reason: `prefix "${s.prefix}" in "${ref}" is too short: one-letter prefixes are reserved for XLIFF core` };
    if (s.prefix && s.prefix.length > 1 && !KNOWN_PREFIXES.includes(s.prefix)) return { ok: false, reason: `prefix "${s.prefix}" in "${ref}" is not a registered module or extension prefix` };
  }
  // Containers (f, g, u) come first and in that order; exactly one leaf (anything else) may follow, last.
  let lastContainer = -1;
  selectors.forEach((s, i) => {
    const ci = s.prefix ? CONTAINER_ORDER.indexOf(s.prefix) : -1;
    if (ci >= 0) {
      if (ci < lastContainer) throw new FragError(`selectors in "${ref}" must be in the order f, g, u`);
      if (i > 0 && CONTAINER_ORDER.indexOf(selectors[i - 1].prefix ?? '') < 0) throw new FragError(`"${s.prefix}=" in "${ref}" follows a leaf selector: the leaf must be last`);
      lastContainer = ci;
    } else if (i !== selectors.length - 1) throw new FragError(`leaf selector "${s.prefix ? s.prefix + '=' : ''}${s.id}" in "${ref}" must be the last one (and there can be only one)`);
  });
  const has = (p: string) => selectors.some((s) => s.prefix === p);
  if (has('g') && !has('f')) return { ok: false, reason: `group selector in "${ref}" must be preceded by a file selector` };
  if (absolute && selectors[0].prefix !== 'f') return { ok: false, reason: `absolute fragment "${ref}" must start with a file selector` };
  return { ok: true, absolute, selectors };
}

class FragError extends Error {}

/** parseFragment, but ordering problems come back as a reason too. */
export function checkFragment(ref: string): FragmentParse {
  try {
    return parseFragment(ref);
  } catch (e) {
    if (e instanceof FragError) return { ok: false, reason: e.message };
    throw e;
  }
}
