// Korean word lists, read from resources/quote-rules/ko.json (the rules live there, each with its note).
import { ruleWords } from './rules';

const r = (family: string) => ruleWords('ko', family);
/** Particles glued to a closing mark: ”라고 / ”고 / ”며 / ”라며 / ”라는. */
export const KO_QUOTATIVE = r('quotative');
/** Reporting verb stems (past/plain forms): 말했다, 밝혔다 … */
export const KO_SAY_VERBS = r('sayVerbs');
/** Nouns that make a noun phrase a person (or an office that speaks). */
export const KO_ROLES = r('roles');
/** Bodies that speak as one: "외교부는 … 밝혔다". A word ending in one of these is an organisation. */
export const KO_ORG_SUFFIXES = r('orgSuffixes');
export const KO_COUNTRIES = r('countries');
/** Nouns that stand for a group speaking as one, bare: "현지 언론은 … 전했다". */
export const KO_GROUP_NOUNS = r('groupNouns');
/** Bodies whose names end like no body ("국민의힘"): parties and the like. */
export const KO_KNOWN_BODIES = r('knownBodies');
export const KO_PRONOUNS = r('pronouns');
/** Leading words that are not part of a speaker phrase. */
export const KO_CONNECTORS = r('connectors');
export const KO_NOT_SPEAKER = r('notSpeaker');
export const KO_SURNAMES = new Set(r('surnames'));
/** Time and place words that precede a speaker without belonging to the name. */
export const KO_STOP_NAMES = new Set(r('stopNames'));
