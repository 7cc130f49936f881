/**
 * Framing words that are loaded in one use and plain in another: "a total of 40" counts, "a total
 * disaster" judges; "a crowd of 5,000 gathered" reports, "the open-borders crowd" sneers; "the
 * Syrian regime" labels, "the sanctions regime" names a set of rules. The rules read the words
 * beside the framing word only.
 */
import type { Word } from '../match.ts';
import { FAMILY_OF } from './framing-lexicon.ts';
import { valenceOf } from './valence.ts';

/** Words before "crowd" that make it a gathering of people, not a label for a camp. */
const GATHERING = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'large',
  'huge',
  'big',
  'small',
  'massive',
  'growing',
  'packed',
  'cheering',
  'angry',
  'enthusiastic',
  'capacity',
  'sellout',
  'record',
  'overflow',
  'home',
  'festival',
]);

/** Words after a verb of saying that open what was said: a clause, not a thing taken or had. */
const SPEECH_NEXT = new Set([
  'that',
  'to',
  'about',
  'of',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'there',
  'his',
  'her',
  'their',
]);

/** Words before "regime" that make it a set of rules: "the sanctions regime", "a tax regime". */
const RULES = new Set(['sanctions', 'tax', 'trade', 'visa', 'tariff', 'regulatory', 'fiscal', 'inspection', 'testing']);

/** True when the framing word at `index` (its headword given) is in its loaded use. */
export function inLoadedUse(words: readonly Word[], index: number, headword: string): boolean {
  const previous = words[index - 1]?.folded;
  const next = words[index + 1]?.folded;
  switch (headword) {
    case 'total':
      // An intensifier when it intensifies a judgement ("a total disaster", "Total Coward"); "a
      // total of 40" and "total revenue" are sums.
      return next !== undefined && (valenceOf(next) !== undefined || FAMILY_OF.has(next));
    case 'crowd':
      return next !== 'of' && previous !== undefined && !GATHERING.has(previous) && !/^\p{N}/u.test(previous);
    case 'claim':
    case 'boast':
      // A verb of saying when a clause follows ("claimed that", "claimed he", "boasted about"), or
      // nothing; "claimed responsibility", "claimed the title", "boasts 330 members" say no more
      // than "took" or "has".
      return next === undefined || SPEECH_NEXT.has(next) || /^\p{Lu}/u.test(words[index + 1]!.text);
    case 'regime':
      return previous === undefined || !RULES.has(previous);
    default:
      return true;
  }
}
