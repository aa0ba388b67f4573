// English word lists, read from resources/quote-rules/en.json (the rules live there, each with its note).
import { ruleWords } from './rules';

const r = (family: string) => ruleWords('en', family);
/** Verbs of an attribution after a quote: ," said X / ," X added. */
export const EN_POST_VERBS = r('postCues');
/** Verbs that take reported content directly: "X said the plan …". */
export const EN_SAY_STRONG = r('sayStrong');
/** Verbs that report speech only with "that" after them ("announced a plan" is not speech). */
export const EN_SAY_WEAK = r('sayWeak');
export const EN_NEGATION = r('negation');
export const EN_ADVERBS = r('adverbs');
export const EN_CONNECTOR_START = r('connectorStart');
export const EN_ADJUNCT = r('adjunct');
export const EN_DAYS = r('days');
export const EN_PRONOUNS = r('pronouns');
export const EN_NOT_SPEAKER = r('notSpeaker');
export const EN_ROLES = new Set(r('roles'));
export const EN_TITLES = new Set(r('titles'));
/** Words of a role's complement: "U.S. Secretary of State", "Finance Minister", "Central Bank Governor". */
export const EN_PLACE_ORG = new Set(r('placeOrg'));
