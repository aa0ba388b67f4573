// The shape of a quote-attribution rules file (resources/quote-rules/<lang>.json), checked when it is loaded.
import { z } from 'zod';

/** One rule line: words of one kind and why they are there. */
export const QuoteRuleEntry = z
  .object({
    /** Space-separated; "_" joins the words of a multiword entry ("prime_minister"). */
    words: z.string().trim().min(1),
    /** One line saying why these words are here. */
    note: z.string().trim().min(8).regex(/^[^\n]+$/, 'a note is one line'),
    /** A cue's polarity: "denies" marks a quote its speaker rejects (membantah, denied, 부인했다). */
    polarity: z.enum(['asserts', 'denies']).optional(),
    /** English regular verbs: expand each base to base/-s/-ed ("all") or to the past tense only ("past"). */
    forms: z.enum(['all', 'past']).optional(),
    /** The long form an acronym stands for ("menhub" → "menteri perhubungan"). */
    expands: z.string().optional(),
  })
  .strict();
export type QuoteRuleEntry = z.infer<typeof QuoteRuleEntry>;

/** Families every file of a language must have (what the detector reads). */
export const REQUIRED_FAMILIES = {
  en: ['postCues', 'sayStrong', 'sayWeak', 'denials', 'negation', 'adverbs', 'connectorStart', 'adjunct', 'days', 'pronouns', 'notSpeaker', 'roles', 'titles', 'placeOrg'],
  id: ['postCues', 'postCuesNya', 'sayStrong', 'sayWeak', 'denials', 'negation', 'adverbs', 'connectorStart', 'adjunct', 'days', 'pronouns', 'notSpeaker', 'roles', 'titles', 'placeOrg', 'roleAcronyms'],
  ko: ['quotative', 'sayVerbs', 'denials', 'roles', 'orgSuffixes', 'countries', 'groupNouns', 'knownBodies', 'pronouns', 'connectors', 'notSpeaker', 'surnames', 'stopNames'],
} as const;

export const QuoteRulesFile = z
  .object({
    lang: z.enum(['id', 'en', 'ko']),
    about: z.string(),
    families: z.record(z.string().regex(/^[a-z][A-Za-z]+$/), z.array(QuoteRuleEntry).min(1)),
  })
  .strict()
  .superRefine((f, ctx) => {
    for (const fam of REQUIRED_FAMILIES[f.lang]) {
      if (!f.families[fam]) ctx.addIssue({ code: 'custom', message: `missing family "${fam}"`, path: ['families', fam] });
    }
    for (const [fam, entries] of Object.entries(f.families)) {
      entries.forEach((e, i) => {
        if (e.forms && f.lang !== 'en') ctx.addIssue({ code: 'custom', message: '"forms" applies to English verbs only', path: ['families', fam, i] });
        if (fam === 'denials' && e.polarity !== 'denies') ctx.addIssue({ code: 'custom', message: 'a denial entry has polarity "denies"', path: ['families', fam, i] });
      });
    }
  });
export type QuoteRulesFile = z.infer<typeof QuoteRulesFile>;
