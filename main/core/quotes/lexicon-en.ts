// English word lists: reporting verbs, negations, connectors, roles, titles and words of a role's complement.
const w = (s: string) => s.trim().split(/\s+/);
/** A regular verb's forms from its base ("warn" → warn warns warned); irregular ones are listed whole. */
const forms = (s: string) =>
  w(s).flatMap((b) => {
    const stem = b.endsWith('e') ? b.slice(0, -1) : /[^aeiou]y$/.test(b) ? b.slice(0, -1) + 'i' : b;
    const third = /(s|sh|ch|x|z)$/.test(b) ? b + 'es' : /[^aeiou]y$/.test(b) ? stem + 'es' : b + 's';
    return [b, third, stem + 'ed'];
  });
/** Only the past tense: verbs whose base and -s forms are also nouns ("the remarks", "analysts' estimates", "states"). */
const past = (s: string) => w(s).map((b) => (b.endsWith('e') ? b + 'd' : /[^aeiou]y$/.test(b) ? b.slice(0, -1) + 'ied' : b + 'ed'));
/** Regular reporting verbs that take their content directly ("X warns the plan …"), every tense form. */
const SAY_REGULAR = [
  ...forms(`explain argue warn insist stress emphasize emphasise acknowledge admit confirm maintain concede contend assert
  declare observe reiterate predict concur`),
  ...past(`add note state claim caution remark reply respond estimate`),
];
/** Regular verbs that report speech only with "that" after them. */
const WEAK_REGULAR = [
  ...forms(`announce reveal disclose agree expect suggest indicate complain recall deny assure testify allege lament boast urge
  recount speculate believe rule`),
  ...past(`report vow promise hint signal guess fear hope counter retort pledge project worry`),
];
/** Verbs of an attribution after a quote: ," said X / ," X added. */
export const EN_POST_VERBS = w(`said says told added explained noted stated asked replied continued wrote tweeted posted warned
  insisted stressed argued claimed recalled admitted acknowledged declared announced cautioned urged remarked observed concluded
  conceded quipped joked shouted pleaded emphasized emphasised agreed answered responded complained predicted confirmed boasted
  lamented countered vowed promised reiterated maintained contended asserted suggested recounted explains adds notes writes
  tells continues conceded acknowledged say warn argue believe predict note caution estimate expect agree explain insist contend
  suggest reckon`);
/** Verbs that take reported content directly: "X said the plan …". */
export const EN_SAY_STRONG = w(`said says told added explained noted stated argued claimed warned insisted stressed emphasized
  emphasised acknowledged admitted confirmed maintained wrote cautioned conceded contended asserted declared observed remarked
  replied responded reiterated predicted explains adds notes writes tells argues warns insists believes say tell
  ${SAY_REGULAR.join(' ')}`);
/** Verbs that report speech only with "that" after them ("announced a plan" is not speech). */
export const EN_SAY_WEAK = w(`announced revealed disclosed agreed reported believed expects expected vowed promised hinted
  signaled signalled suggested indicated estimated forecast complained recalled denied assured pledged projected guessed
  thinks thought felt feared hoped countered retorted testified alleged forecast forecasts wrote write writes tweeted posted
  ${WEAK_REGULAR.join(' ')}`);
export const EN_NEGATION = w(`not never n't declined refused to would could should will can might may must cannot didn't
  doesn't won't wouldn't couldn't`);
export const EN_ADVERBS = w(`also later earlier previously separately further then again once recently repeatedly separately
  has had have already privately publicly frequently often`);
export const EN_CONNECTOR_START = w(`however meanwhile separately but and so yet still in on at during after before speaking
  asked when while last earlier later since as for with without responding addressing citing referring according although
  though despite because yesterday today`);
export const EN_ADJUNCT = w(`on in at during after before while when as from via through late early this last earlier
  yesterday today tonight who whose which`);
export const EN_DAYS = w(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`);
export const EN_PRONOUNS = w(`he she they it we i`);
export const EN_NOT_SPEAKER = w(`data report reports survey surveys figures study studies estimates estimate poll polls records
  documents document statistics analysis forecast forecasts calculations research index filing filings schedule census results
  projections tally count ranking rankings minutes transcript transcripts draft copy memo`);

export const EN_ROLES = new Set(
  `president vice_president prime_minister minister secretary governor mayor senator sen. rep. representative ambassador
  chancellor king queen prince princess general gen. admiral adm. colonel col. lieutenant lt. captain capt. sergeant sgt. chief
  ceo cfo coo cto chairman chairwoman chair chairperson director spokesman spokeswoman spokesperson judge justice coach manager
  professor prof. pope cardinal bishop commissioner speaker leader lawmaker legislator congressman congresswoman envoy diplomat
  analyst economist strategist official officer executive founder co-founder attorney prosecutor lawyer head deputy aide adviser
  advisor candidate inspector superintendent sheriff detective premier regent researcher scientist doctor nurse teacher
  student resident owner worker farmer fisherman vendor trader driver witness spokesperson secretary-general director-general
  governor-general president-elect mp consul commander marshal major dean rector principal editor reporter economist
  partner chief_executive managing_director vice_chairman vice_chair board_member lecturer historian expert activist organizer
  organiser campaigner volunteer survivor victim police_chief police_officer head_coach striker midfielder defender goalkeeper
  player captain supervisor councilman councilwoman alderman meteorologist forecaster practitioner nurse_practitioner
  paramedic firefighter spokesperson lawmaker gov gov. lt._gov. sen rep attorney_general solicitor_general district_attorney
  public_defender defense_attorney defence_lawyer barrister solicitor magistrate juror plaintiff defendant investor shareholder
  fund_manager portfolio_manager trader broker banker chief_economist strategist pundit commentator referee winger
  manager boss coach assistant_coach trainer athlete singer actor actress director producer rapper idol musician
  epidemiologist virologist surgeon physician pharmacist patient health_official climatologist seismologist volcanologist
  geologist engineer pilot rescuer rescue_worker evacuee retiree homeowner shopkeeper shop_owner champion titleholder villager eyewitness bystander
  survivor neighbour neighbor mother father son daughter wife husband brother sister relative friend colleague teammate
  whip minority_leader majority_leader speaker_of_the_house mep mp deputy_speaker spokeswoman governor-elect mayor-elect
  columnist journalist correspondent author professor`
    .split(/\s+/)
    .map((r) => r.replace(/_/g, ' ')),
);
export const EN_TITLES = new Set(w(`mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady rev rev. prof prof. mx mx.`));
/** Words of a role's complement: "U.S. Secretary of State", "Finance Minister", "Bank Indonesia Governor". */
export const EN_PLACE_ORG = new Set(
  `u.s. us u.s uk u.k. un u.n. eu american british indonesian korean south north east west central chinese japanese russian
  ukrainian french german australian indian european foreign finance defense defence trade health home interior justice
  commerce energy education transportation transport economy industry agriculture treasury state affairs labor labour
  environment security national federal central bank reserve deputy senior acting former interim vice executive general
  party democratic republican ministry department agency company group of the and for police army navy air force military
  white house senate congress parliament assembly court supreme district city county province provincial regional municipal
  jakarta seoul washington tokyo beijing london indonesia korea china japan russia ukraine america britain france germany
  australia india singapore malaysia thailand vietnam philippines asean association union united nations world county
  mineral minerals resources`.split(/\s+/),
);
