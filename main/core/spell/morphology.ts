// Inflection fallbacks the dictionaries miss: Indonesian clitics, Korean particles after user words.

// Enclitics in the order they stack (rumahnyalah = rumah + nya + lah); -ku/-mu are the possessive clitics.
const ID_ENCLITICS = ['nya', 'lah', 'kah', 'pun', 'tah', 'ku', 'mu'];
const ID_PROCLITICS = ['ku', 'kau'];
const MIN_BASE = 2;

/**
 * Bases to try for an Indonesian word the dictionary rejects: it with up to two enclitics stripped
 * (ujarnya → ujar, siapapun → siapa, menurutnyalah → menurut) and/or a proclitic (kuambil → ambil).
 */
export function indonesianBases(word: string): string[] {
  const out = new Set<string>();
  const strip = (w: string, depth: number) => {
    if (depth === 2) return;
    for (const c of ID_ENCLITICS) {
      if (w.length - c.length >= MIN_BASE && w.toLowerCase().endsWith(c)) {
        const base = w.slice(0, -c.length).replace(/-$/, '');
        out.add(base);
        strip(base, depth + 1);
      }
    }
  };
  strip(word, 0);
  for (const p of ID_PROCLITICS) {
    for (const w of [word, ...out]) {
      if (w.length - p.length >= MIN_BASE + 1 && w.toLowerCase().startsWith(p)) out.add(w.slice(p.length));
    }
  }
  out.delete(word);
  return [...out].filter((b) => b.length >= MIN_BASE);
}

/**
 * Particles and copula endings that follow a noun in an eojeol. Used only after a word the user added
 * (names like 자카르타): the Korean dictionary cannot learn new words at run time (see spellchecker.ts).
 */
const KO_PARTICLES = new Set(
  (
    '이 가 은 는 을 를 의 에 에서 에게 께 께서 와 과 도 만 로 으로 라고 이라고 고 까지 부터 보다 처럼 마다 이나 나 ' +
    '랑 이랑 하고 에는 에서는 에게는 로는 으로는 와는 과는 도록 조차 밖에 이다 다 였다 이었다 이며 며 이고 인 ' +
    '이었던 였던 이라는 라는 이란 란 씨 측 등 쪽 에도 에서도 로도 으로도 와의 과의 에서의 로서 으로서 로써 으로써 ' +
    '만의 만을 만이 까지의 부터의 이라며 라며 이지만 지만 이라도 라도 에게서 한테 한테서'
  ).split(' '),
);

/** True when `eojeol` is a user word followed by a particle or ending (자카르타에서, 조코는). */
export function isUserWordWithParticle(eojeol: string, userWords: ReadonlySet<string>): boolean {
  for (let i = 1; i < eojeol.length; i++) {
    if (userWords.has(eojeol.slice(0, i)) && KO_PARTICLES.has(eojeol.slice(i))) return true;
  }
  return false;
}

export function isKoreanParticle(s: string): boolean {
  return KO_PARTICLES.has(s);
}
