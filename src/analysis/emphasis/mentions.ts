/**
 * Names and figures of a unit: the words the source findings and the story overview look for, and
 * how a name said one way is recognised when said another ("US" for "United States", "Ukrainian"
 * for "Ukraine").
 */
import type { UnitInfo } from './context.ts';
import { TITLE_KINDS } from './context.ts';
import { doubledLetter, isCalendarWord, isHonorific, officeWord, partyLabelNames, spelledOut } from './house-style.ts';
import { NAME_ALIASES } from './lexicons.ts';
import { fileKeys, findKeys, SHARED_BEGINNING } from './name-form-keys.ts';
import type { Word } from './match.ts';
import { findQuotations } from './quotations.ts';
import { isCapitalised, isQuoted, textWords } from './match.ts';

/** What the finders need of a unit: its text and kind, its words and its quotations. */
export type Mentionable = Pick<UnitInfo, 'unit' | 'words' | 'quotations'>;

/** A unit read for its names and figures, outside any emphasis context. */
export function mentionable(unit: UnitInfo['unit']): Mentionable {
  return { unit, words: textWords(unit.text), quotations: findQuotations(unit.text) };
}

/**
 * Names (capitalised words inside a sentence) of a unit, outside quotations. A month or a weekday
 * standing alone ("on Friday", "Feb. 3") is a date, not a name; inside a name it stays ("Black
 * Friday", "Theresa May"). A courtesy title ("Mr") is house style, not a name.
 */
export function names(info: Mentionable): Word[] {
  if (TITLE_KINDS.has(info.unit.kind)) return [];
  const words = info.words.filter((word) => word.capitalisedInside && !isQuoted(word.start, info.quotations));
  const text = info.unit.text;
  const joined = (x: Word | undefined, y: Word | undefined) =>
    x !== undefined && y !== undefined && /^['’]?[\s-]*$/u.test(text.slice(x.end, y.start));
  return words.filter(
    (word, index) =>
      !isHonorific(word.text) &&
      (!isCalendarWord(word.text) || joined(words[index - 1], word) || joined(word, words[index + 1])),
  );
}

/** A name as compared: possessive and dots dropped ("Moscow’s", "U.S."), case kept. */
export const nameKey = (text: string): string => text.replace(/['’]s$/u, '').replace(/\./gu, '');

/** The initials of a name of several words: "United States" gives "US". */
function initials(name: string): string {
  const words = name.split(/[\s-]+/u);
  return words.length > 1 ? words.map((word) => word[0]).join('') : '';
}

const ALIAS_OF = new Map(NAME_ALIASES.flatMap((names, index) => names.map((name) => [name, index] as const)));

/** Words of a run of names beyond which its parts are not read for initials: a list of names, not one. */
const MAX_RUN_WORDS = 8;

/** A unit's capitalised words, its runs of them ("United States") and their initials ("US"). */
export function capitalisedForms(info: Mentionable): string[] {
  const capitalised = info.words.filter((word) => isCapitalised(word.text));
  // Runs of names inside the sentence: "The United States" opens with an article, not a name.
  const runs = wordRuns(
    info.unit.text,
    info.words.filter((word) => word.capitalisedInside),
  ).map((run) => run.text);
  // A word of office in lower case says the title ("the officer" says "Officer"), and the initials
  // of part of a run say it too ("PM" by "Deputy Prime Minister John Prescott").
  const offices = info.words.flatMap((word) => officeWord(word.text) ?? []);
  const parts = runs.flatMap((run) => {
    const words = run.split(/[\s-]+/u);
    if (words.length > MAX_RUN_WORDS) return [run];
    const parts: string[] = [];
    for (let start = 0; start < words.length - 1; start += 1)
      for (let end = start + 2; end <= words.length; end += 1) parts.push(words.slice(start, end).join(' '));
    return parts;
  });
  // A party label says its state and party ("R-MI" says "Michigan" and "Republican").
  const states = runs.flatMap(partyLabelNames);
  return [
    ...capitalised.map((word) => word.text),
    ...states,
    ...offices,
    ...runs,
    ...parts.map(initials).filter((value) => value !== ''),
  ];
}

/** Names said on one side, to ask whether a name is among them, perhaps said another way. */
export class NameIndex {
  readonly #keys = new Set<string>();
  readonly #aliases = new Set<number>();
  /** Keys by the keys of their other forms, to find the forms of one name ("Ukraine", "Ukrainian"). */
  readonly #byForm = new Map<string, string[]>();

  constructor(names: readonly string[]) {
    for (const name of names) {
      const key = nameKey(name);
      if (this.#keys.has(key)) continue;
      this.#keys.add(key);
      // An abbreviated title is said by the word spelt out, and the reverse: "Gov", "Governor".
      this.#keys.add(spelledOut(key));
      const alias = ALIAS_OF.get(key);
      if (alias !== undefined) this.#aliases.add(alias);
      for (const formKey of fileKeys(key)) {
        const keys = this.#byForm.get(formKey);
        if (keys === undefined) this.#byForm.set(formKey, [key]);
        else keys.push(key);
      }
    }
  }

  /** True when the name is said: as it is, by an alias, or in another form of the same word. */
  says(name: string): boolean {
    // A party label is said by its state and its party: "Rep. Jane Doe, a Missouri Democrat" says
    // "D-MO"; "a Missouri Republican", or "R-MO", does not.
    const label = partyLabelNames(name);
    if (label.length > 0) return this.says(label[0]!) && label.slice(1).some((party) => this.says(party));
    const key = nameKey(name);
    if (this.#keys.has(key) || this.#keys.has(spelledOut(key))) return true;
    const alias = ALIAS_OF.get(key);
    if (alias !== undefined && this.#aliases.has(alias)) return true;
    if (key.length < SHARED_BEGINNING) return false;
    // Another form of the word, or another transliteration with one letter doubled ("Shabaab").
    return findKeys(key).some((formKey) =>
      (this.#byForm.get(formKey) ?? []).some(
        (other) =>
          other.slice(0, SHARED_BEGINNING) === key.slice(0, SHARED_BEGINNING) &&
          (sameWordForms(key, other) || doubledLetter(key, other)),
      ),
    );
  }
}

/** Endings that make a people or an adjective of a place's name: "Russia-n", "Ukrain-ian", "Chin-ese". */
const NAME_FORM_ENDING = /^(?:n|ns|an|ans|ian|ians|ean|eans|ese|i|is|ic|ish|y)?$/u;

/**
 * Two forms of one name: one is the other with a short ending changed ("Ukraine" and
 * "Ukrainian", "Russia" and "Russian", "Germany" and "German"), not two names that merely begin
 * alike ("Austria" and "Australia", "Niger" and "Nigeria", "George" and "Georgia").
 */
export function sameWordForms(x: string, y: string): boolean {
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (longer.length - shorter.length > 4) return false;
  let shared = 0;
  while (shared < shorter.length && shorter[shared] === longer[shared]) shared += 1;
  return shared >= shorter.length - 1 && NAME_FORM_ENDING.test(longer.slice(shared));
}

/** The runs of a unit's name words that the index does not say, whole or word by word. */
export function unsaidWords(info: Mentionable, index: NameIndex): { text: string; start: number; end: number }[] {
  const words = names(info);
  const unsaid: Word[] = [];
  for (const run of wordRuns(info.unit.text, words)) {
    if (saysRun(index, run.text)) continue;
    unsaid.push(...words.filter((word) => word.start >= run.start && word.end <= run.end && !index.says(word.text)));
  }
  return wordRuns(info.unit.text, unsaid);
}

/** True when a run of name words is said whole: as written, in another form, or by its initials. */
export function saysWhole(index: NameIndex, run: string): boolean {
  return index.says(run) || index.says(initials(run));
}

/** True when a run of name words is said: whole, by its initials, or each word on its own. */
export function saysRun(index: NameIndex, run: string): boolean {
  return saysWhole(index, run) || run.split(/[\s-]+/u).every((word) => index.says(word));
}

/** Consecutive words (separated by spaces, hyphens or a plural possessive's apostrophe) joined into runs, as written. */
export function wordRuns(text: string, words: readonly Word[]): { text: string; start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  for (const word of words) {
    const last = runs.at(-1);
    // A plural possessive stays inside its name: "Harbour Residents' Association".
    if (last !== undefined && /^['’]?[\s-]*$/u.test(text.slice(last.end, word.start))) last.end = word.end;
    else runs.push({ start: word.start, end: word.end });
  }
  return runs.map((run) => ({ ...run, text: text.slice(run.start, run.end) }));
}

/** A figure of a unit: its number word, and what it is compared by. */
export interface Figure {
  readonly word: Word;
  /**
   * Currency, digits, and scale or unit: "£2 million" is "£2 million", and "£2m" too; "1,000" is
   * "1000". A multiplier or unit written on ("1.2bn", "5km", "40%") is the same figure as spelt out
   * ("1.2 billion", "5 km", "40 per cent"): a matter of style. A different scale or unit ("£2
   * billion", "5 years" for "5 months", "40" for "40%") is a different figure.
   */
  readonly key: string;
}

/** Scales and units by their forms, to their one name. */
const SCALE = new Map<string, string>([
  ...(['k', 'thousand', 'thousands'] as const).map((form) => [form, 'thousand'] as const),
  ...(['m', 'mn', 'million', 'millions'] as const).map((form) => [form, 'million'] as const),
  ...(['b', 'bn', 'billion', 'billions'] as const).map((form) => [form, 'billion'] as const),
  ...(['tn', 'trillion', 'trillions'] as const).map((form) => [form, 'trillion'] as const),
  ...(['%', 'percent', 'pc'] as const).map((form) => [form, 'percent'] as const),
  ...(['km', 'kilometre', 'kilometres', 'kilometer', 'kilometers'] as const).map((form) => [form, 'km'] as const),
  ...(['mile', 'miles'] as const).map((form) => [form, 'mile'] as const),
  ...(['year', 'years', 'yr', 'yrs'] as const).map((form) => [form, 'year'] as const),
  ...(['month', 'months'] as const).map((form) => [form, 'month'] as const),
  ...(['week', 'weeks'] as const).map((form) => [form, 'week'] as const),
  ...(['day', 'days'] as const).map((form) => [form, 'day'] as const),
  ...(['hour', 'hours', 'hr', 'hrs'] as const).map((form) => [form, 'hour'] as const),
  ...(['minute', 'minutes', 'min', 'mins'] as const).map((form) => [form, 'minute'] as const),
]);

/**
 * Figures of a unit: words that start with a digit ("28", "1,000", "1.2bn", "5km"), not names with
 * digits in them ("G7", "A320"), outside quotations; each with its key.
 */
export function figures(info: Mentionable): Figure[] {
  return statedFigures(info).filter((figure) => !figure.conversion);
}

/**
 * The figures that only convert the one before them ("(45 miles)" after "70 km"): never reported
 * as dropped or added, but a figure the other version states as its conversion is still stated
 * there ("70 miles (110 km)" and "110 km (70 miles)" say the same).
 */
export function conversions(info: Mentionable): Figure[] {
  return statedFigures(info).filter((figure) => figure.conversion);
}

/** Each unit's figures, read once: the number findings, the fates and the runs all ask. */
const statedCache = new WeakMap<Mentionable, (Figure & { readonly conversion: boolean })[]>();

function statedFigures(info: Mentionable): (Figure & { readonly conversion: boolean })[] {
  let stated = statedCache.get(info);
  if (stated === undefined) statedCache.set(info, (stated = readFigures(info)));
  return stated;
}

function readFigures(info: Mentionable): (Figure & { readonly conversion: boolean })[] {
  const text = info.unit.text;
  const found = info.words.flatMap((word, index) => {
    if (!/^\p{Nd}/u.test(word.text) || isQuoted(word.start, info.quotations)) return [];
    const digits = /^[\p{Nd},.\u00a0\u202f]*/u.exec(word.text)![0];
    // A power written in superscript ("10⁶") is part of the number: "10⁶" and "106" differ.
    const power = SUPERSCRIPT.exec(text.slice(word.end))?.[0] ?? '';
    const number = `${digits.replace(/[,\u00a0\u202f]/gu, '').replace(/\.$/u, '')}${power === '' ? '' : `^${power}`}`;
    const currency = /[£$€¥₹]$/u.exec(text.slice(0, word.start))?.[0] ?? '';
    const next = info.words[index + 1];
    // What follows: written on ("bn"), a sign right after ("%"), or the next word ("million",
    // "per cent" from its second word).
    const attached = word.text.slice(digits.length).toLowerCase();
    const sign = text.slice(word.end, word.end + 1) === '%' ? '%' : '';
    const spaced = next !== undefined && /^[\s\u00a0-]*$/u.test(text.slice(word.end, next.start)) ? next.folded : '';
    const perCent = spaced === 'per' && info.words[index + 2]?.folded === 'cent' ? 'percent' : '';
    const scale = SCALE.get(attached) ?? SCALE.get(sign) ?? SCALE.get(perCent) ?? SCALE.get(spaced) ?? attached;
    return [{ word, key: `${currency}${number}${scale === '' ? '' : ` ${scale}`}`, conversion: false }];
  });
  // A conversion states the figure before it in another unit: both have a unit (or a currency),
  // and the units differ ("70 km (45 miles)"); "12 people (3 of them children)" is two figures.
  return found.map((figure, position) => {
    const previous = found[position - 1];
    const unit = (key: string) => key.replace(/[\p{Nd}.]+/u, '#');
    const converts =
      previous !== undefined &&
      unit(previous.key) !== '#' &&
      unit(figure.key) !== '#' &&
      unit(previous.key) !== unit(figure.key) &&
      inParenthesesAfter(info, previous.word, figure.word);
    return converts ? { ...figure, conversion: true } : figure;
  });
}

/** Superscript digits right after a number: a power of it. */
const SUPERSCRIPT = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+/u;

/**
 * True when a figure stands in parentheses right after another, with at most a unit word between
 * them: the "45 miles" of "70 km (45 miles)", the "£5m" of "$7m (£5m)". Such a figure may be the
 * same quantity again; whether it is depends on their units (see `readFigures`).
 */
function inParenthesesAfter(info: Mentionable, previous: Word, word: Word): boolean {
  const text = info.unit.text;
  const before = text.slice(0, word.start);
  // "(45 miles)", "(£5m)": an opening parenthesis, perhaps a currency sign, then the figure.
  if (!/\(\s*[£$€¥₹]?$/u.test(before)) return false;
  const between = info.words.filter((candidate) => candidate.start > previous.start && candidate.end < word.start);
  return between.length <= 1 && !text.slice(previous.end, before.lastIndexOf('(')).includes(')');
}

/**
 * The keys under which `NameIndex.says` can find a name: the name as compared, spelt out, its
 * alias, its first letters and the keys of name-form-keys.ts (for its other forms). Two names with
 * no key in common are never taken one for the other, so an index of units by these keys narrows a
 * search of a long document to the few units worth asking (looked up by `findingKeys`).
 */
export function lookupKeys(name: string): string[] {
  const key = nameKey(name);
  const alias = ALIAS_OF.get(key);
  return [
    `=${key}`,
    `=${spelledOut(key)}`,
    ...(alias === undefined ? [] : [`~${alias}`]),
    ...(key.length >= SHARED_BEGINNING ? [`^${key.slice(0, SHARED_BEGINNING)}`] : []),
    ...fileKeys(key),
  ];
}

/**
 * The keys to find the units that may say a name by: those of `lookupKeys` that say it as it is
 * or by an alias, and those its other forms are filed under. A party label ("R-MI") is said by
 * other names (its state and party), so it is looked for by its beginning as well, as before.
 */
export function findingKeys(name: string): string[] {
  const key = nameKey(name);
  const alias = ALIAS_OF.get(key);
  return [
    `=${key}`,
    `=${spelledOut(key)}`,
    ...(alias === undefined ? [] : [`~${alias}`]),
    ...(partyLabelNames(name).length > 0 && key.length >= SHARED_BEGINNING
      ? [`^${key.slice(0, SHARED_BEGINNING)}`]
      : []),
    ...findKeys(key),
  ];
}

/** The forms under which `saysWhole` looks a run of name words up: as written, and its initials. */
export function wholeForms(run: string): string[] {
  const short = initials(run);
  return short === '' ? [run] : [run, short];
}

/** A figure as written, with its currency, sign and scale word: "$7 million", "1.5%", "105 miles". */
export function figureText(info: Mentionable, word: Word, key: string): string {
  const text = info.unit.text;
  let start = word.start;
  if (/[£$€¥₹]/u.test(text[start - 1] ?? '')) start -= 1;
  let end = word.end + (SUPERSCRIPT.exec(text.slice(word.end))?.[0].length ?? 0);
  if (text[end] === '%') end += 1;
  const scaled = key.includes(' ') && /^[\p{Nd},.]+$/u.test(word.text) && end === word.end;
  const index = info.words.indexOf(word);
  const next = info.words[index + 1];
  if (scaled && next !== undefined) {
    end = next.end;
    if (next.folded === 'per' && info.words[index + 2]?.folded === 'cent') end = info.words[index + 2]!.end;
  }
  return text.slice(start, end);
}
