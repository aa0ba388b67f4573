// Words the user taught the spellchecker, one small JSON file per language in the data folder.
import type { Low } from 'lowdb';
import { AppError } from '../errors';
import type { DataStore } from '../store/data-store';
import { assertSpellLang } from './spellchecker';
import type { SpellLang, Spellchecker } from './types';

interface UserDictionaryDoc {
  schema: number;
  words: string[];
}

const MAX_WORD = 64;

export class UserDictionary {
  private readonly attached = new Set<Spellchecker>();

  constructor(
    private readonly store: DataStore,
    readonly lang: SpellLang,
  ) {
    assertSpellLang(lang);
  }

  private doc(): Promise<Low<UserDictionaryDoc>> {
    return this.store.doc<UserDictionaryDoc>(`spell/user-${this.lang}.json`, { defaults: () => ({ schema: 1, words: [] }) });
  }

  async list(): Promise<string[]> {
    return [...(await this.doc()).data.words];
  }

  async has(word: string): Promise<boolean> {
    return (await this.doc()).data.words.includes(normalize(word));
  }

  /** Adds a word (returns false when it was already there) and teaches every attached spellchecker. */
  async add(word: string): Promise<boolean> {
    const w = validate(word);
    const db = await this.doc();
    for (const s of this.attached) s.add(w);
    if (db.data.words.includes(w)) return false;
    db.data.words = [...db.data.words, w].sort((a, b) => a.localeCompare(b));
    await db.write();
    return true;
  }

  async remove(word: string): Promise<boolean> {
    const w = normalize(word);
    const db = await this.doc();
    for (const s of this.attached) s.remove(w);
    if (!db.data.words.includes(w)) return false;
    db.data.words = db.data.words.filter((x) => x !== w);
    await db.write();
    return true;
  }

  /** Teaches `speller` every stored word, and keeps it in step with later add/remove calls. */
  async attach(speller: Spellchecker): Promise<void> {
    if (speller.lang !== this.lang) {
      throw new AppError('spell.langMismatch', `A ${this.lang} user dictionary cannot feed a ${speller.lang} spellchecker.`, {
        lang: this.lang,
        other: speller.lang,
      });
    }
    for (const w of await this.list()) speller.add(w);
    this.attached.add(speller);
  }

  detach(speller: Spellchecker): void {
    this.attached.delete(speller);
  }
}

function normalize(word: string): string {
  return word.normalize('NFC').trim();
}

function validate(word: string): string {
  const w = normalize(word);
  if (!w || /\s/.test(w) || [...w].length > MAX_WORD || !/\p{L}/u.test(w)) {
    throw new AppError('spell.badWord', `"${word}" cannot go into the dictionary: it must be one word of at most ${MAX_WORD} characters.`, {
      word,
      max: MAX_WORD,
    });
  }
  return w;
}
