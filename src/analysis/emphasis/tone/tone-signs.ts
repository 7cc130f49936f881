/**
 * Signs of opinion that are not words of a lexicon: words in capitals for effect, an exclamation,
 * a question asked in the writer's own voice, the writer speaking as "I" or "we", and the reader
 * addressed as "you". News copy reports in the third person and states rather than asks or
 * exclaims; each of these, outside quotation marks, is the writer stepping into the story.
 */
import type { Word } from '../match.ts';
import { isQuoted } from '../match.ts';
import type { Quotation } from '../quotations.ts';

/** A sign of the writer's own voice. */
export type SignKind = 'capitals' | 'exclamation' | 'question' | 'first person' | 'second person';

/** A sign found in a text: its kind and where it is. */
export interface ToneSign {
  readonly kind: SignKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The writer as "I" or "we". "us" counts only in lower case: "US" is the United States. */
const FIRST_PERSON = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  "we're",
  "we've",
  "we'd",
  "we'll",
  "let's",
]);

/** The reader addressed (outside quotations, the writer speaking to the reader). */
export const SECOND_PERSON = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  "you're",
  "you've",
  "you'd",
  "you'll",
]);

/**
 * Words of the language often set in capitals for effect; with the words the caller knows to be
 * words (a lexicon, or words the texts write in lower case), they tell emphasis from an acronym.
 */
const SHOUTED = new Set([
  'not',
  'never',
  'ever',
  'all',
  'every',
  'this',
  'what',
  'now',
  'must',
  'will',
  'real',
  'really',
  'very',
  'only',
  'just',
  'huge',
  'watch',
  'breaking',
  'exposed',
  'revealed',
  'exclusive',
  'truth',
  'fake',
  'finally',
  'wow',
]);

/**
 * Where a wire dateline ends: the words in capitals that open a story, before a comma, a dash or a
 * bracket ("BEIRUT (Reuters) -", "MOGADISHU, Somalia —"); 0 when the text opens otherwise.
 */
function datelineEnd(text: string, words: readonly Word[]): number {
  let end = 0;
  for (const word of words) {
    if (!isAllCaps(word.text) || text.slice(end, word.start).trim() !== '') break;
    end = word.end;
  }
  return end > 0 && /^\s*[,(—–-]/u.test(text.slice(end)) ? end : 0;
}

/** True when an offset lies inside round or square brackets. */
function inBrackets(text: string, offset: number): boolean {
  let depth = 0;
  for (let index = 0; index < offset; index += 1) {
    const character = text[index];
    if (character === '(' || character === '[') depth += 1;
    else if ((character === ')' || character === ']') && depth > 0) depth -= 1;
  }
  return depth > 0;
}

/** A word of capitals only with at least two letters: "EXPOSED"; not "U.S.", which has dots. */
const isAllCaps = (text: string): boolean => /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u.test(text);

/** Letters from which a word in capitals is taken for a shout even when no list knows it. */
const LONG_SHOUT = 7;
/** Letters below which a word in capitals is an acronym ("FBI", "UN") unless a list knows it. */
const SHORT_SHOUT = 4;

/**
 * The signs in a text. `isWord` says whether a folded word is a word of the language (not an
 * acronym): a word in capitals for effect has at least four letters and is a known word ("NEVER",
 * "DESTROYS") or is long ("BREAKING"); an acronym ("NATO", "FBI") is neither. A text set mostly in
 * capitals (an old wire headline) has no word in capitals for effect.
 */
export function toneSigns(
  text: string,
  words: readonly Word[],
  quotations: readonly Quotation[],
  isWord: (folded: string) => boolean,
): ToneSign[] {
  const signs: ToneSign[] = [];
  const own = words.filter((word) => !isQuoted(word.start, quotations));
  const lettered = words.filter((word) => /\p{L}/u.test(word.text));
  const mostlyCapitals =
    lettered.length > 0 && lettered.filter((word) => isAllCaps(word.text)).length * 2 > lettered.length;
  const dateline = datelineEnd(text, words);
  for (const word of own) {
    if (word.end <= dateline) continue;
    // "I" after a name is a numeral: "World War I", "Elizabeth I".
    if (word.text === 'I' && words[words.indexOf(word) - 1]?.capitalisedInside === true) continue;
    const letters = [...word.text].length;
    if (
      !mostlyCapitals &&
      isAllCaps(word.text) &&
      letters >= SHORT_SHOUT &&
      (letters >= LONG_SHOUT || SHOUTED.has(word.folded) || isWord(word.folded))
    )
      signs.push({ kind: 'capitals', text: word.text, start: word.start, end: word.end });
    // "US" in capitals is the country, "I" is always written so; "us" must be in lower case.
    else if (FIRST_PERSON.has(word.folded) && !(word.folded === 'us' && word.text !== 'us' && word.text !== 'Us'))
      signs.push({ kind: 'first person', text: word.text, start: word.start, end: word.end });
    else if (SECOND_PERSON.has(word.folded))
      signs.push({ kind: 'second person', text: word.text, start: word.start, end: word.end });
  }
  for (const match of text.matchAll(/[!?]+/gu)) {
    // A question in brackets is an aside or a link ("(Who are they? …)"), not one put to the reader.
    if (isQuoted(match.index, quotations) || inBrackets(text, match.index)) continue;
    const kind = match[0].includes('?') ? 'question' : 'exclamation';
    signs.push({ kind, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return signs.sort((x, y) => x.start - y.start);
}
