/**
 * Keys that file a name where its other forms look for it. Two forms of one name ("Ukraine",
 * "Ukrainian") or two transliterations ("Shabab", "Shabaab") begin with the same four letters, but
 * so do many names that are not forms of each other ("Maria Lund", "Maria Berg"): filed by their
 * beginning alone, a story naming thousands of people compared every name with every other. A
 * form differs from the other only in a short ending (so they share all but the shorter one's last
 * letter, and their lengths differ by four at most) or in one doubled letter; the keys say exactly
 * that, and every pair found is still checked by the comparison itself.
 */
import { singleLetters } from './spelling-keys.ts';

/** Letters two forms of one name share at least: "Ukrain" of "Ukraine" and "Ukrainian". */
export const SHARED_BEGINNING = 4;
/** How much longer one form of a name may be than another: "Ukraine", "Ukrainian". */
export const LONGER_FORM = 4;

/** The keys a name's key is filed under. */
export function fileKeys(key: string): string[] {
  return formKeys(key, (other) => [key.length, other]);
}

/** The keys to look a name's key up by: each of the filed keys of its possible other forms. */
export function findKeys(key: string): string[] {
  return formKeys(key, (other) => [other, key.length]);
}

/** A key for each length the other form may have: both lengths, and the beginning they share. */
function formKeys(key: string, lengths: (other: number) => readonly [number, number]): string[] {
  if (key.length < SHARED_BEGINNING) return [];
  const keys = [`doubled ${key.slice(0, SHARED_BEGINNING)} ${singleLetters(key)}`];
  for (let other = key.length - LONGER_FORM; other <= key.length + LONGER_FORM; other += 1) {
    if (other < SHARED_BEGINNING) continue;
    const [filed, sought] = lengths(other);
    const shared = Math.max(SHARED_BEGINNING, Math.min(filed, sought) - 1);
    keys.push(`form ${filed} ${sought} ${key.slice(0, shared)}`);
  }
  return keys;
}
