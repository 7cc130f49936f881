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

/**
 * The keys a name's key is filed under: one for a doubled letter; one for it as the shorter of two
 * forms (or as long as the other), with all but its last letter; one for it as the longer form of
 * each shorter length, with the letters a form of that length would share with it.
 */
export function fileKeys(key: string): string[] {
  if (key.length < SHARED_BEGINNING) return [];
  const keys = [doubledKey(key), `as long ${key.length} ${shared(key, key.length)}`];
  for (let shorter = Math.max(SHARED_BEGINNING, key.length - LONGER_FORM); shorter < key.length; shorter += 1)
    keys.push(`longer than ${shorter} ${shared(key, shorter)}`);
  return keys;
}

/** The keys to look a name's key up by: those its other forms, shorter, as long or longer, are filed under. */
export function findKeys(key: string): string[] {
  if (key.length < SHARED_BEGINNING) return [];
  const keys = [doubledKey(key), `longer than ${key.length} ${shared(key, key.length)}`];
  for (let shorter = Math.max(SHARED_BEGINNING, key.length - LONGER_FORM); shorter <= key.length; shorter += 1)
    keys.push(`as long ${shorter} ${shared(key, shorter)}`);
  return keys;
}

/** The letters a form of the given shorter length shares with the key at least. */
const shared = (key: string, shorter: number): string => key.slice(0, Math.max(SHARED_BEGINNING, shorter - 1));

/** One letter doubled or not: the same beginning, and the same letters with every run written once. */
const doubledKey = (key: string): string => `doubled ${key.slice(0, SHARED_BEGINNING)} ${singleLetters(key)}`;
