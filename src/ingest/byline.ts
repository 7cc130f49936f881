/**
 * Bylines: "Written By Ravi Hari", "By J. K. Rowling and Sam Lee", "By: Ana de la Cruz". Prose that
 * merely starts with "By" ("By Thursday all were home") is not a byline: every word of a name is
 * capitalised, except the particles that names and lists of names contain.
 */

const PREFIX = /^(?:written\s+)?by\s*:?\s+/iu;
const MAX_WORDS = 8;
const NAME_PARTICLES = new Set([
  'and',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'el',
  'y',
]);

/** The name in a byline, or undefined when the line is not one. */
export function bylineName(text: string): string | undefined {
  const prefix = PREFIX.exec(text);
  if (prefix === null) return undefined;
  const name = text.slice(prefix[0].length).trim();
  // "Jane Doe, Reuters" and "Jane Doe in Kyiv": the part before a comma is the name to check.
  const words = name.split(/,/u)[0]?.trim().split(/\s+/u) ?? [];
  if (words.length === 0 || name.split(/\s+/u).length > MAX_WORDS) return undefined;
  if (/[!?;:]/u.test(name) || /\p{Ll}\.$/u.test(name)) return undefined;
  const capitalised = words.every(
    (word, index) =>
      /^["'“‘(]?\p{Lu}/u.test(word) || (index > 0 && (NAME_PARTICLES.has(word.toLowerCase()) || word === 'in')),
  );
  return capitalised ? name : undefined;
}
