/**
 * A small, fast, seeded generator (mulberry32): the same seed gives the same numbers on every
 * machine, so that a synthetic pair, a generated hostile folder or a random test case can be made
 * again from its seed.
 */

/** Numbers in [0, 1), the same for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
