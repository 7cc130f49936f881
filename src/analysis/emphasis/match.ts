/**
 * Finds lexicon words in a unit's text, word by word (a phrase such as "appeared to" matches
 * consecutive words), with their offsets, and says whether each lies inside a quotation: words in
 * quotation marks are the speaker's, not the writer's, and are judged as quotations instead.
 */
import { foldWord } from '../similarity/features.ts';
import { foldCase } from '../units/normalize.ts';
import { tokenize } from '../units/tokenize.ts';
import type { Entry } from './lexicons.ts';
import type { Quotation } from './quotations.ts';

/** A lexicon word found in a text. */
export interface LexiconMatch {
  readonly headword: string;
  /** Index of its first word in the word list it was found in. */
  readonly index: number;
  /** The words as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

/** A word of a text: its folded form and where it is. */
export interface Word {
  readonly folded: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Capitalised, and not the first word of its unit: a name, a month, a title ("May" the month). */
  readonly capitalisedInside: boolean;
}

/** The words of a text, in order. */
export function textWords(text: string): Word[] {
  const words: Word[] = [];
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') continue;
    words.push({
      folded: foldWord(token.text),
      text: token.text,
      start: token.start,
      end: token.end,
      capitalisedInside: words.length > 0 && isCapitalised(token.text),
    });
  }
  return words;
}

interface CompiledForm {
  readonly words: readonly string[];
  readonly headword: string;
}

/** True when a word starts with a capital letter (tested without a regular expression for ASCII). */
export function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 128) return first >= 65 && first <= 90;
  return /^\p{Lu}/u.test(word);
}

/** A lexicon compiled for matching: its forms as folded words, by first word, longest first. */
export interface CompiledLexicon {
  readonly byFirstWord: ReadonlyMap<string, readonly CompiledForm[]>;
}

/** Compiles a lexicon's entries for matching. */
export function compileLexicon(entries: readonly Entry[]): CompiledLexicon {
  const byFirstWord = new Map<string, CompiledForm[]>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      const words = foldCase(form).split(' ');
      byFirstWord.set(words[0]!, [...(byFirstWord.get(words[0]!) ?? []), { words, headword: entry.headword }]);
    }
  }
  for (const forms of byFirstWord.values()) forms.sort((x, y) => y.words.length - x.words.length);
  return { byFirstWord };
}

/**
 * The lexicon's words in a text. In a sentence, a capitalised word inside the sentence is taken for
 * a name ("May" the month, "States" of the United States); in a headline, standfirst or heading,
 * which may be in Title Case, case is ignored.
 */
export function matchLexicon(
  words: readonly Word[],
  text: string,
  lexicon: CompiledLexicon,
  quotations: readonly Quotation[],
  titleCase: boolean,
): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  for (let index = 0; index < words.length; index += 1) {
    for (const form of lexicon.byFirstWord.get(words[index]!.folded) ?? []) {
      const span = words.slice(index, index + form.words.length);
      if (span.length < form.words.length) continue;
      if (!span.every((word, offset) => word.folded === form.words[offset] && (titleCase || !word.capitalisedInside)))
        continue;
      const start = span[0]!.start;
      const end = span.at(-1)!.end;
      matches.push({
        headword: form.headword,
        index,
        text: text.slice(start, end),
        start,
        end,
        quoted: isQuoted(start, quotations),
      });
      index += form.words.length - 1;
      break;
    }
  }
  return matches;
}

/** True when an offset lies inside one of the quotations. */
export function isQuoted(offset: number, quotations: readonly Quotation[]): boolean {
  return quotations.some((quotation) => offset >= quotation.start && offset < quotation.end);
}
