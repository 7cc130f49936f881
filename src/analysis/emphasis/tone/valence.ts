/**
 * Valence of a word from VADER's lexicon, for the tone analysis: how strongly ten raters felt a word
 * to be positive or negative, out of context. A strong valence marks a word that evaluates
 * ("appalling", "heroic"), unless plain news uses it to report (see factual-words.ts).
 */
import { FACTUAL_WORDS } from './factual-words.ts';
import { VADER_ENTRIES } from './vader-lexicon.ts';

/**
 * The size of negative valence from which a word is loaded on its own: VADER's raters scored each
 * word from -4 (extremely negative) to +4 (extremely positive), and 2 is the middle of either half,
 * where a word stops being mildly and becomes plainly negative ("problem" -1.7, "bad" -2.5,
 * "appalling" -3.4). Set by that principle, not tuned.
 */
export const LOADED_NEGATIVE = 2;

/**
 * The valence from which a positive word is loaded on its own: the top quarter of the scale, where
 * praise is unmistakable ("superb", "fantastic"). News reports outcomes in positive words as a
 * matter of course ("engagement" 2.0, "strength" 2.2, "positively" 2.4: a deal reached, talks
 * welcomed), so plain positive valence says little of the writer; the framing lexicon's puffery
 * ("legendary", "heroic") covers praise below this.
 */
export const LOADED_POSITIVE = 3;

const VALENCE: ReadonlyMap<string, number> = new Map(
  VADER_ENTRIES.trim()
    .split('\n')
    .flatMap((line) => {
      const [valence, ...words] = line.split(' ');
      return words.map((word) => [word, Number(valence)] as const);
    }),
);

/**
 * The forms a word may be listed under: itself, then its stem without a regular ending. VADER lists
 * words as its raters saw them, so some inflections are missing ("horrify" without "horrified");
 * an inflected form judges as its stem does.
 */
function stems(folded: string): string[] {
  const forms = [folded];
  for (const [ending, replacements] of ENDINGS) {
    if (!folded.endsWith(ending) || folded.length - ending.length < 3) continue;
    const stem = folded.slice(0, -ending.length);
    forms.push(...replacements.map((replacement) => stem + replacement));
  }
  return forms;
}

/** Regular English endings and what may stand in their place in the listed form. */
const ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ily', ['y']],
  ['ly', ['', 'le']],
  ['ied', ['y']],
  ['ies', ['y']],
  ['ed', ['', 'e']],
  ['ing', ['', 'e']],
  ['es', ['']],
  ['s', ['']],
];

/** VADER's valence of a folded word, or of its stem, when the cut of the lexicon has it. */
export function valenceOf(folded: string): number | undefined {
  for (const form of stems(folded)) {
    const valence = VALENCE.get(form);
    if (valence !== undefined) return valence;
  }
  return undefined;
}

/** The valence of a folded word when it is loaded: strong, and not a word news reports with. */
export function loadedValence(folded: string): number | undefined {
  const valence = valenceOf(folded);
  if (valence === undefined || (valence > -LOADED_NEGATIVE && valence < LOADED_POSITIVE)) return undefined;
  if (stems(folded).some((form) => FACTUAL_WORDS.has(form))) return undefined;
  return valence;
}
