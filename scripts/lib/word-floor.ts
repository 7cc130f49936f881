/**
 * The floor of any comparison of two texts' words: splitting both into words and giving each
 * distinct word an integer id, as every analysis must do at least once. Timed in the same run as
 * the analysis (npm run bench), it turns the analysis's time into a multiple that means the same
 * on a faster or a slower machine.
 */

/** A word: letters and digits, with inner apostrophes or hyphens ("don't", "Russia-Ukraine"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** How many times the floor is timed; its median is the figure. */
const RUNS = 7;

/** Splits both texts into words and interns them; the median time of RUNS runs, in ms. */
export function wordFloor(...texts: readonly string[]): number {
  const times: number[] = [];
  let ids = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const vocabulary = new Map<string, number>();
    for (const text of texts) {
      const words = text.match(WORD) ?? [];
      const interned = new Int32Array(words.length);
      words.forEach((word, index) => {
        let id = vocabulary.get(word);
        if (id === undefined) {
          id = vocabulary.size;
          vocabulary.set(word, id);
        }
        interned[index] = id;
      });
      ids += interned.length;
    }
    times.push(performance.now() - started);
  }
  // Used, so that no engine can leave the work out.
  if (ids < 0) throw new Error('unreachable');
  return times.sort((x, y) => x - y)[Math.floor(RUNS / 2)]!;
}
