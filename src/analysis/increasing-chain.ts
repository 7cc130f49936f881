/**
 * The longest chain of pairs increasing on both sides: the pairs of two sequences that can all be
 * kept in order. The aligner cuts long documents at such chains of identical sentences, and the
 * word diff cuts long sentences at such chains of words found once on each side.
 */

/** The longest chain of pairs increasing on both sides (pairs sorted by their first index). */
export function increasingChain(pairs: readonly (readonly [number, number])[]): [number, number][] {
  // Patience sorting on the second index: tails[k] is the pair ending the best chain of length k + 1.
  const tails: number[] = [];
  const parent = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]!]![1] < j) low = middle + 1;
      else high = middle;
    }
    parent[index] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = index;
  });
  const chain: [number, number][] = [];
  for (let index = tails.at(-1) ?? -1; index >= 0; index = parent[index]!)
    chain.push([pairs[index]![0], pairs[index]![1]]);
  return chain.reverse();
}
