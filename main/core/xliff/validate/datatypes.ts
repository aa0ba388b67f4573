// Checks for the XML Schema / XLIFF simple types the spec uses (NMTOKEN, language tags, yes|no, …).

const NMTOKEN_RE = /^[-.0-9:A-Z_a-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]+$/u;

export function isNmtoken(v: string): boolean {
  return NMTOKEN_RE.test(v);
}

export function isNmtokens(v: string): boolean {
  const parts = v.split(/[ \t\r\n]+/).filter(Boolean);
  return parts.length > 0 && parts.every(isNmtoken);
}

// BCP 47 "well-formed" (RFC 5646 §2.1): langtag, private use, and the irregular grandfathered tags.
const LANGTAG_RE =
  /^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?|x(?:-[a-z0-9]{1,8})+|i-[a-z]{2,8}|en-gb-oed|sgn-[a-z]{2}-[a-z]{2,3})$/i;

export function isLanguageTag(v: string): boolean {
  return LANGTAG_RE.test(v);
}

/** XLIFF's user-defined values look like "prefix:value" (no spaces, exactly one colon). */
export function isUserDefined(v: string): boolean {
  return /^[^\s:]+:[^\s:]+$/.test(v);
}

export function isHexBinary(v: string): boolean {
  return /^(?:[0-9A-Fa-f]{2})+$/.test(v) || /^[0-9A-Fa-f]+$/.test(v);
}

export function isPositiveInteger(v: string): boolean {
  return /^\+?0*[1-9][0-9]*$/.test(v.trim());
}

export function isDecimalInRange(v: string, min: number, max: number): boolean {
  if (!/^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/.test(v.trim())) return false;
  const n = Number(v);
  return n >= min && n <= max;
}

/** A simple-type check: returns a description of what was expected, or null when the value fits. */
export type TypeCheck = (v: string) => string | null;

export const T = {
  any: (): TypeCheck => () => null,
  nmtoken: (): TypeCheck => (v) => (isNmtoken(v) ? null : 'an NMTOKEN (letters, digits, ".", "-", "_", ":" only)'),
  nmtokens: (): TypeCheck => (v) => (isNmtokens(v) ? null : 'a space-separated list of NMTOKENs'),
  lang: (): TypeCheck => (v) => (isLanguageTag(v) ? null : 'a well-formed BCP 47 language tag'),
  enumOf:
    (...values: string[]): TypeCheck =>
    (v) =>
      values.includes(v) ? null : `one of ${values.map((x) => `"${x}"`).join(', ')}`,
  userDefined: (): TypeCheck => (v) => (isUserDefined(v) ? null : 'a user-defined value "prefix:value"'),
  hex: (): TypeCheck => (v) => (isHexBinary(v) ? null : 'a hexadecimal code point'),
  positiveInt: (): TypeCheck => (v) => (isPositiveInteger(v) ? null : 'a positive integer'),
  intRange:
    (min: number, max: number): TypeCheck =>
    (v) =>
      /^\s*\+?[0-9]+\s*$/.test(v) && Number(v) >= min && Number(v) <= max ? null : `an integer from ${min} to ${max}`,
  decimalRange:
    (min: number, max: number): TypeCheck =>
    (v) =>
      isDecimalInRange(v, min, max) ? null : `a decimal from ${min} to ${max}`,
  nonEmpty: (): TypeCheck => (v) => (v.trim() ? null : 'a non-empty value'),
};

export const yesNo = T.enumOf('yes', 'no');
export const yesNoFirstNo = T.enumOf('yes', 'firstNo', 'no');
export const dirValue = T.enumOf('ltr', 'rtl', 'auto');
