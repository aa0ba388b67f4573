// What an attribution says about who spoke: a name, a role, a pronoun or a group, as parsed from the text.
export type MentionKind = 'name' | 'pronoun' | 'role' | 'group';

export interface Mention {
  kind: MentionKind;
  /** Person name without titles ('' for pronouns and bare roles). */
  name: string;
  /** Role or office as written ("Gubernur Sulawesi Utara"); '' when none. */
  role: string;
  /** Acronyms the text gives the role: "Menteri Perhubungan (Menhub)" → ["Menhub"]. */
  roleAliases: string[];
  raw: string;
  /** Offset of the mention in the article text (for "the last speaker"). */
  at: number;
  /** Korean "김 대사": the surname that narrows a role reference. */
  surname?: string;
  gender?: 'm' | 'f';
  /** Spellings in other languages found beside the name, e.g. "루디 위자야(Rudi Wijaya)" → {en: …}. */
  spellings?: Record<string, string>;
}

export function mention(kind: MentionKind, raw: string, at: number, extra: Partial<Mention> = {}): Mention {
  return { kind, name: '', role: '', roleAliases: [], raw, at, ...extra };
}
