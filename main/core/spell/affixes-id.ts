// Indonesian affix-aware lookup: the bases a derived word may come from (meN-/peN- with their sound changes,
// di-/ter-/ber-/per-/ke-/se-, loan prefixes, -kan/-an/-i and the clitics), for a dictionary that lists roots.

const SUFFIXES = ['kan', 'an', 'i', 'nya', 'lah', 'kah', 'pun', 'ku', 'mu'];
const PLAIN_PREFIXES = ['di', 'ter', 'ber', 'per', 'ke', 'se', 'be', 'bel', 'pel', 'te', 'ku', 'kau'];
// Loan prefixes written solid in news copy (pascapenangkapan, nondisabilitas, antarwarga).
const LOAN_PREFIXES = ['pasca', 'non', 'antar', 'pra', 'swa', 'multi', 'eks', 'anti', 'pro', 'sub', 'super', 'semi', 'inter', 'trans', 'tuna', 'purna', 'adi', 'maha', 'serba'];
const MIN_BASE = 3;
const MAX_STEPS = 4;

/** meN-/peN- and their nasal forms: what the base may have started with (mem+ukul ← pukul, meny+apu ← sapu). */
function nasalBases(w: string): string[] {
  const out: string[] = [];
  for (const p of ['me', 'pe']) {
    if (!w.startsWith(p)) continue;
    const r = w.slice(p.length);
    if (r.startsWith('nge') && r.length > 5) out.push(r.slice(3)); // mengecat ← cat
    if (r.startsWith('ng')) {
      const b = r.slice(2);
      out.push(b, `k${b}`); // mengambil ← ambil, mengirim ← kirim
    } else if (r.startsWith('ny')) {
      out.push(`s${r.slice(2)}`, r); // menyapu ← sapu, menyanyi ← nyanyi
    } else if (r.startsWith('m')) {
      const b = r.slice(1);
      out.push(b, `p${b}`); // membaca ← baca, memukul ← pukul
    } else if (r.startsWith('n')) {
      const b = r.slice(1);
      out.push(b, `t${b}`); // mendapat ← dapat, menulis ← tulis
    } else if (/^[lrwy]/.test(r)) out.push(r); // melihat ← lihat, merinci ← rinci
  }
  return out;
}

/** One step: every form with one affix taken off. */
function step(w: string): string[] {
  const out: string[] = [];
  for (const s of SUFFIXES) if (w.endsWith(s)) out.push(w.slice(0, -s.length));
  for (const p of [...PLAIN_PREFIXES, ...LOAN_PREFIXES]) if (w.startsWith(p)) out.push(w.slice(p.length));
  out.push(...nasalBases(w));
  return out.filter((b) => b.length >= MIN_BASE);
}

/**
 * Bases of an Indonesian word, nearest first, up to four affixes deep (keberlanjutannya → lanjut,
 * diperbarui → baru, pencermatan → cermat). The word itself is not included.
 */
export function indonesianAffixBases(word: string): string[] {
  const w = word.toLowerCase();
  const seen = new Set<string>([w]);
  let frontier = [w];
  const out: string[] = [];
  for (let d = 0; d < MAX_STEPS && frontier.length; d++) {
    const next: string[] = [];
    for (const f of frontier) {
      for (const b of step(f)) {
        if (seen.has(b)) continue;
        seen.add(b);
        out.push(b);
        next.push(b);
      }
    }
    frontier = next;
  }
  return out;
}
