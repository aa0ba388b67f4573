// Indonesian word lists, read from resources/quote-rules/id.json (the rules live there, each with its note).
import { ruleExpansions, ruleWords } from './rules';

const r = (family: string) => ruleWords('id', family);
/** Roots used right after a quote: ,” kata X / ,” jelasnya. */
export const ID_POST_CUES = r('postCues');
/** Roots that attribute only with -nya (aku = admit, harap = hope): “…,” akunya. */
export const ID_POST_CUES_NYA = r('postCuesNya');
/** Reporting verbs that introduce content directly: "X mengatakan, …", "X menjelaskan potensi …". */
export const ID_SAY_STRONG = r('sayStrong');
/** Verbs that report speech only with a comma, colon or "bahwa"/"agar" after them. */
export const ID_SAY_WEAK = r('sayWeak');
export const ID_NEGATION = r('negation');
/** Words allowed between a subject and its verb: "Budi juga menjelaskan". */
export const ID_ADVERBS = r('adverbs');
/** First words of a leading chunk that is not the subject: "Sementara itu, …". */
export const ID_CONNECTOR_START = r('connectorStart');
/** Words that end a speaker noun phrase: "kata Budi saat bertemu …". */
export const ID_ADJUNCT = r('adjunct');
export const ID_DAYS = r('days');
export const ID_PRONOUNS = r('pronouns');
/** What "Menurut X" may name without being a speaker: documents and data. */
export const ID_NOT_SPEAKER = r('notSpeaker');
/** Role heads; multiword roles are matched first. Lower-cased for lookup. */
export const ID_ROLES = new Set(r('roles'));
/** Ranks and honorifics written before a name; part of the role, never of the canonical name. */
export const ID_TITLES = new Set(r('titles'));
/** Words that belong to a role's complement (places, bodies): they never start a person's name. */
export const ID_PLACE_ORG = new Set(r('placeOrg'));
/** Role acronyms and their long forms, so "Menhub" finds "Menteri Perhubungan … Budi Karya Sumadi". */
export const ID_ROLE_ACRONYMS: Record<string, string> = ruleExpansions('id', 'roleAcronyms');
