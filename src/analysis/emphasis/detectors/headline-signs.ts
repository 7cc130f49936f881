/**
 * Signs of a sensational headline, read from its words and punctuation alone: words in capitals
 * for effect, a bracketed tag ("(VIDEO)"), the reader addressed in the second person, a question,
 * an exclamation, a teaser that trails off in an ellipsis. A headline's own house style is no sign: a headline set wholly in capitals (as
 * wire copy long was) has no word in capitals for effect, and an acronym is a name, not a shout.
 */
import type { UnitInfo } from '../context.ts';
import type { Word } from '../match.ts';
import { SECOND_PERSON } from '../tone/tone-signs.ts';

/** One sign, as a reader would name it, with the words that show it. */
export interface HeadlineSign {
  readonly key: 'capitals' | 'tag' | 'second person' | 'question' | 'exclamation' | 'teaser';
  readonly words: readonly string[];
}

/** A word written in capitals only, with at least two letters: "EXPOSED", "U.S." has its dots. */
const isAllCaps = (text: string): boolean => /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u.test(text);

/** An acronym that is not a word of the language: shorter than five letters and never written in lower case. */
const LONG_WORD = 5;

/** True when the headline is set in capitals throughout (most of its lettered words are). */
function allInCapitals(words: readonly Word[]): boolean {
  const lettered = words.filter((word) => /\p{L}/u.test(word.text));
  return lettered.length > 0 && lettered.filter((word) => isAllCaps(word.text)).length / lettered.length >= 0.6;
}

/** True when a word lies inside one of the unit's quotations: the speaker's words, not the writer's. */
function quoted(info: UnitInfo, word: Word): boolean {
  return info.quotations.some((quotation) => word.start >= quotation.start && word.end <= quotation.end);
}

/**
 * The sensational signs of a headline. `elsewhere` holds every word of both versions written in
 * lower case (folded): an all-capital word that the texts also write in lower case is an ordinary
 * word set in capitals for effect; one they never write in lower case is an acronym unless it is
 * long ("BREAKING", "REVEALED").
 */
export function headlineSigns(info: UnitInfo, elsewhere: ReadonlySet<string>): HeadlineSign[] {
  const signs: HeadlineSign[] = [];
  const text = info.unit.text.trim();
  const tags = [...text.matchAll(/[([]\s*\p{Lu}[\p{Lu}\s]{2,}\s*[)\]]/gu)].map((match) => match[0]);
  if (!allInCapitals(info.words)) {
    const shouted = info.words.filter(
      (word) =>
        isAllCaps(word.text) &&
        !tags.some((tag) => tag.includes(word.text)) &&
        (elsewhere.has(word.folded) || [...word.text].length >= LONG_WORD),
    );
    if (shouted.length > 0) signs.push({ key: 'capitals', words: shouted.map((word) => word.text) });
  }
  if (tags.length > 0) signs.push({ key: 'tag', words: tags });
  const you = info.words.filter((word) => SECOND_PERSON.has(word.folded.replace(/’/gu, "'")) && !quoted(info, word));
  if (you.length > 0) signs.push({ key: 'second person', words: you.map((word) => word.text) });
  const unquoted = info.quotations.reduce(
    (rest, quotation) =>
      rest.slice(0, quotation.start) + ' '.repeat(quotation.end - quotation.start) + rest.slice(quotation.end),
    info.unit.text,
  );
  if (/\?/u.test(unquoted)) signs.push({ key: 'question', words: [] });
  if (/!/u.test(unquoted)) signs.push({ key: 'exclamation', words: [] });
  // A headline that breaks off withholds what it promises, so that the reader clicks to learn it.
  if (/(?:…|\.\.\.)$/u.test(unquoted.trim())) signs.push({ key: 'teaser', words: [] });
  return signs;
}

/** The signs of the new headline that the old one did not show (the same words, or the same kind without words). */
export function newSigns(to: readonly HeadlineSign[], from: readonly HeadlineSign[]): HeadlineSign[] {
  return to.flatMap((sign) => {
    const old = from.find((other) => other.key === sign.key);
    if (old === undefined) return [sign];
    if (sign.words.length === 0) return [];
    const seen = new Set(old.words.map((word) => word.toLowerCase()));
    const words = sign.words.filter((word) => !seen.has(word.toLowerCase()));
    return words.length > 0 ? [{ key: sign.key, words }] : [];
  });
}

/** The signs in words: “words in capitals for effect (“DESTROYS”)”, “a question”. */
export function describeSigns(signs: readonly HeadlineSign[]): string {
  const quote = (words: readonly string[]) => [...new Set(words)].map((word) => `“${word}”`).join(', ');
  const parts = signs.map((sign) => {
    switch (sign.key) {
      case 'capitals':
        return `words in capitals for effect (${quote(sign.words)})`;
      case 'tag':
        return `the tag ${quote(sign.words)}`;
      case 'second person':
        return `the reader addressed as ${quote(sign.words)}`;
      case 'question':
        return 'a question';
      case 'exclamation':
        return 'an exclamation mark';
      case 'teaser':
        return 'a teaser that trails off in an ellipsis';
    }
  });
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
