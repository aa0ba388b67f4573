// TM timestamps: ISO 8601 to the second, the precision TMX dates carry, so export → import is lossless.

/** "2025-01-31T09:15:00Z"; invalid or missing input → now. */
export function tmTime(input?: string | Date): string {
  const d = input === undefined ? new Date() : new Date(input);
  const ok = !Number.isNaN(d.getTime());
  return (ok ? d : new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** TMX form: "20250131T091500Z". */
export function toTmxDate(iso: string): string {
  return tmTime(iso).replace(/[-:]/g, '');
}

/** Parses TMX "YYYYMMDDThhmmssZ"; returns null when it is not that shape. */
export function fromTmxDate(s: string | undefined): string | null {
  const m = s ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s.trim()) : null;
  if (!m) return null;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(d.getTime()) ? null : tmTime(d);
}
