/**
 * House style: the differences between two newsrooms' ways of writing the same words, which are
 * not changes a reader should be warned of. A title or a month abbreviated or spelt out ("Gov." and
 * "Governor", "Feb." and "February"), British and American spelling ("colour" and "color",
 * "organise" and "organize", "centre" and "center", "travelled" and "traveled"), and the dates a
 * story is told by (months and weekdays are words of the calendar, not names a reader follows).
 */
import { MONTH_NAMES } from '../month-names.ts';

/** Abbreviations of titles as wire copy writes them before a name, to the word spelt out. */
const TITLES: Readonly<Record<string, string>> = {
  Gov: 'Governor',
  Sen: 'Senator',
  Rep: 'Representative',
  Reps: 'Representatives',
  Gen: 'General',
  Lt: 'Lieutenant',
  Col: 'Colonel',
  Maj: 'Major',
  Capt: 'Captain',
  Sgt: 'Sergeant',
  Adm: 'Admiral',
  Cmdr: 'Commander',
  Pres: 'President',
  Supt: 'Superintendent',
  Insp: 'Inspector',
  Prof: 'Professor',
  Rev: 'Reverend',
  Atty: 'Attorney',
  Amb: 'Ambassador',
  Ft: 'Fort',
  Mt: 'Mount',
};

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Short forms of months and weekdays beyond their first three letters. */
const CALENDAR_SHORT_FORMS: Readonly<Record<string, string>> = {
  Sept: 'September',
  Tues: 'Tuesday',
  Thur: 'Thursday',
  Thurs: 'Thursday',
};

/** Each abbreviation (without its dot) to its word spelt out. */
const SPELT_OUT = new Map<string, string>([
  ...Object.entries(TITLES),
  ...Object.entries(CALENDAR_SHORT_FORMS),
  // A month or weekday abbreviated to its first three letters: "Feb", "Wed" ("May" is its own).
  ...[...MONTH_NAMES, ...WEEKDAYS].filter((word) => word.length > 3).map((word) => [word.slice(0, 3), word] as const),
]);

const CALENDAR = new Set([...MONTH_NAMES, ...WEEKDAYS]);

/** Courtesy titles, which one newsroom puts before every name and another never does. */
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Messrs']);

/**
 * Words of office that style guides capitalise before a name and lowercase elsewhere ("Officer
 * Betty Shelby", "the police officer"): said in either case, the word is said.
 */
const OFFICES = new Set([
  ...Object.values(TITLES),
  'Officer',
  'Detective',
  'Secretary',
  'Minister',
  'Chancellor',
  'Chairman',
  'Chairwoman',
  'Director',
  'Judge',
  'Justice',
  'Mayor',
  'Chief',
  'Deputy',
  'Speaker',
  'Prime',
  'Vice',
]);

/** True for a courtesy title ("Mr", "Mrs."): house style, not part of what names someone. */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.replace(/\.$/u, ''));
}

/** The capitalised form of a word of office written in lower case ("officer" gives "Officer"). */
export function officeWord(word: string): string | undefined {
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  return OFFICES.has(capitalised) ? capitalised : undefined;
}

/** A name's word with any abbreviation spelt out: "Gov" and "Governor" both give "Governor". */
export function spelledOut(word: string): string {
  return SPELT_OUT.get(word) ?? word;
}

/** True for a month or a weekday, written out or abbreviated ("Feb", "Sept", "Wed"). */
export function isCalendarWord(word: string): boolean {
  return CALENDAR.has(spelledOut(word.replace(/['’]s$/u, '').replace(/\.$/u, '')));
}

/**
 * A folded word in one spelling for British and American forms, so that the two compare equal:
 * "-our" and "-or" ("colour", "favourite"), "-ise" and "-ize" ("organise", "organisation"),
 * "-yse" and "-yze", "-re" and "-er" ("centre", "theatres"), and a doubled l before an ending
 * ("travelled", "counsellor"). Each rule needs a stem of a few letters, so that short words that
 * differ ("four" and "for", "hour") stay apart.
 */
export function spellingKey(folded: string): string {
  let key = spellingKeys.get(folded);
  if (key === undefined) {
    // Six regular expressions a word add up when every quotation is compared with its candidates.
    if (spellingKeys.size >= SPELLING_KEYS_KEPT) spellingKeys.clear();
    spellingKeys.set(folded, (key = britishToAmerican(folded)));
  }
  return key;
}

/** Words whose spelling key is kept for the next comparison: a long story's vocabulary, bounded. */
const SPELLING_KEYS_KEPT = 50_000;
const spellingKeys = new Map<string, string>();

function britishToAmerican(folded: string): string {
  return folded
    .replace(/^(\p{L}{3,})our(s|ed|ing|ite|ites|able|er|ers|ful|less)?$/u, '$1or$2')
    .replace(/^(\p{L}{3,})is(e|es|ed|ing|ation|ations|er|ers)$/u, '$1iz$2')
    .replace(/^(\p{L}{2,})ys(e|es|ed|ing)$/u, '$1yz$2')
    .replace(/^(\p{L}{2,}[bcdfgklmnpstvz])re(s)?$/u, '$1er$2')
    .replace(/^(\p{L}{2,}[bcdfgklmnpstvz])red$/u, '$1ered')
    .replace(/^(\p{L}{2,}[aeiou])ll(ed|ing|er|ers|or|ors)$/u, '$1l$2');
}

/**
 * True when two folded words are one word in another spelling: initials with or without dots, a
 * British or American form, or
 * one letter doubled or not in a longer word ("acces" for "access", "focussed" for "focused"),
 * the commonest slip a rewrite corrects inside a quotation.
 */
export function sameSpelling(x: string, y: string): boolean {
  if (x === y) return true;
  // Initials with or without their dots ("U.S." and "US") are one word.
  if (x.includes('.') || y.includes('.')) return sameSpelling(x.replace(/\./gu, ''), y.replace(/\./gu, ''));
  return spellingKey(x) === spellingKey(y) || doubledLetter(x, y);
}

/**
 * True when one word is the other with one letter doubled, in a word of five letters or more:
 * "acces" and "access", "Shabab" and "Shabaab" (two transliterations of one name).
 */
export function doubledLetter(x: string, y: string): boolean {
  const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
  if (longer.length !== shorter.length + 1 || shorter.length < 5) return false;
  for (let index = 1; index < longer.length; index += 1) {
    if (longer[index] === longer[index - 1] && longer.slice(0, index) + longer.slice(index + 1) === shorter)
      return true;
  }
  return false;
}

/** US states by their postal codes, as party labels write them ("R-MI", "D-IL"). */
const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
};

/**
 * The state a US party label names ("R-MI" and "D-MO." give "Michigan" and "Missouri"): "Rep.
 * Jane Doe, a Missouri Democrat" and "Rep. Jane Doe (D-MO)" say the same in two house styles.
 */
export function partyLabelState(word: string): string | undefined {
  const match = /^[RDI]-([A-Za-z]{2})\.?$/u.exec(word);
  return match === null ? undefined : US_STATES[match[1]!.toUpperCase()];
}

/** Parties by the letter of a US party label. */
const PARTIES: Readonly<Record<string, readonly string[]>> = {
  D: ['Democrat', 'Democratic'],
  R: ['Republican'],
  I: ['Independent'],
};

/** The state and the party a US party label says ("D-MO" says "Missouri" and "Democrat"), or none. */
export function partyLabelNames(word: string): readonly string[] {
  const state = partyLabelState(word);
  return state === undefined ? [] : [state, ...(PARTIES[word[0]!] ?? [])];
}
