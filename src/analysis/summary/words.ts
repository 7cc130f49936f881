/**
 * Small helpers for the summary's plain sentences: counts with their noun, lists of names. A
 * summary is read before anything else on the page, so a count of one reads as a word ("one
 * sentence", "its only sentence"), never as "1 sentences".
 */
import type { Unit } from '../units/units.ts';

/** What a version's body is made of, for counting: "sentences", "list items", or "passages" when mixed. */
export function nounOf(units: readonly Pick<Unit, 'kind'>[]): { readonly one: string; readonly many: string } {
  const kinds = new Set(units.map((unit) => unit.kind));
  if (kinds.size > 1) return { one: 'passage', many: 'passages' };
  return kinds.has('list-item') ? { one: 'list item', many: 'list items' } : { one: 'sentence', many: 'sentences' };
}

/** A count with its noun: "one sentence", "4 sentences". */
export function counted(count: number, noun: { readonly one: string; readonly many: string }): string {
  return count === 1 ? `one ${noun.one}` : `${count} ${noun.many}`;
}

/** Parts joined as a sentence lists them: "a", "a and b", "a, b and c". */
export function joined(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Names listed plainly, at most `most` of them, the rest counted: "A, B and 3 more". */
export function someOf(names: readonly string[], most = 4): string {
  if (names.length <= most) return joined(names);
  return joined([...names.slice(0, most - 1), `${names.length - most + 1} more`]);
}
