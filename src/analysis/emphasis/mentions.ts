/**
 * Names and figures of a unit: the words the source findings and the story overview look for, and
 * how a name said one way is recognised when said another ("US" for "United States", "Ukrainian"
 * for "Ukraine").
 */
import type { UnitInfo } from './context.ts';
import { TITLE_KINDS } from './context.ts';
import { NAME_ALIASES } from './lexicons.ts';
import type { Word } from './match.ts';
import { findQuotations } from './quotations.ts';
import { isCapitalised, isQuoted, textWords } from './match.ts';

/** What the finders need of a unit: its text and kind, its words and its quotations. */
export type Mentionable = Pick<UnitInfo, 'unit' | 'words' | 'quotations'>;

/** A unit read for its names and figures, outside any emphasis context. */
export function mentionable(unit: UnitInfo['unit']): Mentionable {
  return { unit, words: textWords(unit.text), quotations: findQuotations(unit.text) };
}

/** Names (capitalised words inside a sentence) of a unit, outside quotations. */
export function names(info: Mentionable): Word[] {
  if (TITLE_KINDS.has(info.unit.kind)) return [];
  return info.words.filter((word) => word.capitalisedInside && !isQuoted(word.start, info.quotations));
}

/** A name as compared: possessive and dots dropped ("Moscow’s", "U.S."), case kept. */
export const nameKey = (text: string): string => text.replace(/['’]s$/u, '').replace(/\./gu, '');

/** The initials of a name of several words: "United States" gives "US". */
function initials(name: string): string {
  const words = name.split(/[\s-]+/u);
  return words.length > 1 ? words.map((word) => word[0]).join('') : '';
}

const ALIAS_OF = new Map(NAME_ALIASES.flatMap((names, index) => names.map((name) => [name, index] as const)));

/** Letters two forms of one name share at least: "Ukrain" of "Ukraine" and "Ukrainian". */
const SHARED_BEGINNING = 4;

/** A unit's capitalised words, its runs of them ("United States") and their initials ("US"). */
export function capitalisedForms(info: Mentionable): string[] {
  const capitalised = info.words.filter((word) => isCapitalised(word.text));
  // Runs of names inside the sentence: "The United States" opens with an article, not a name.
  const runs = wordRuns(info.unit.text, info.words.filter((word) => word.capitalisedInside)).map((run) => run.text);
  return [...capitalised.map((word) => word.text), ...runs, ...runs.map(initials).filter((value) => value !== '')];
}

/** Names said on one side, to ask whether a name is among them, perhaps said another way. */
export class NameIndex {
  readonly #keys = new Set<string>();
  readonly #aliases = new Set<number>();
  /** Keys by their first letters, to find the forms of one name ("Ukraine", "Ukrainian"). */
  readonly #byBeginning = new Map<string, string[]>();

  constructor(names: readonly string[]) {
    for (const name of names) {
      const key = nameKey(name);
      if (this.#keys.has(key)) continue;
      this.#keys.add(key);
      const alias = ALIAS_OF.get(key);
      if (alias !== undefined) this.#aliases.add(alias);
      if (key.length >= SHARED_BEGINNING) {
        const beginning = key.slice(0, SHARED_BEGINNING);
        this.#byBeginning.set(beginning, [...(this.#byBeginning.get(beginning) ?? []), key]);
      }
    }
  }

  /** True when the name is said: as it is, by an alias, or in another form of the same word. */
  says(name: string): boolean {
    const key = nameKey(name);
    if (this.#keys.has(key)) return true;
    const alias = ALIAS_OF.get(key);
    if (alias !== undefined && this.#aliases.has(alias)) return true;
    if (key.length < SHARED_BEGINNING) return false;
    return (this.#byBeginning.get(key.slice(0, SHARED_BEGINNING)) ?? []).some((other) => sameWordForms(key, other));
  }
}

/**
 * Two forms of one name: one is the other with a short ending changed ("Ukraine" and
 * "Ukrainian", "Russia" and "Russian"), not two names that merely begin alike ("Austria" and
 * "Australia").
 */
function sameWordForms(x: string, y: string): boolean {
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (longer.length - shorter.length > 4) return false;
  let shared = 0;
  while (shared < shorter.length && shorter[shared] === longer[shared]) shared += 1;
  return shared >= shorter.length - 1;
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

/** True when a run of name words is said: whole, by its initials, or each word on its own. */
export function saysRun(index: NameIndex, run: string): boolean {
  return index.says(run) || index.says(initials(run)) || run.split(/[\s-]+/u).every((word) => index.says(word));
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

/**
 * Numbers of a unit's words: words that start with a digit ("28", "1,000", "1.2bn", "5km"), not
 * names with digits in them ("G7", "A320"), outside quotations.
 */
export function numbers(info: Mentionable): Word[] {
  return info.words.filter((word) => /^\p{Nd}/u.test(word.text) && !isQuoted(word.start, info.quotations));
}

/**
 * A number as compared: its digits and decimal point only. "1,000" is "1000", and a unit or a
 * multiplier written on ("1.2bn", "5km") is the rewrite's style when it spells it out ("1.2
 * billion", "5 km"), not a different figure.
 */
export const numberKey = (word: Word): string => (/^[\p{Nd},.\u00a0\u202f]*/u.exec(word.text)?.[0] ?? '').replace(/[,\u00a0\u202f]/gu, '').replace(/\.$/u, '');
