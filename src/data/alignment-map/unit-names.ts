/**
 * How the map's words name a unit: "the headline", "the standfirst", "heading 2", "sentence 12".
 * Sentences and list items share one count (the body, as the story summary counts it), so that
 * "sentences 1 to 14" means the same in the text alternative, the blocks' names and the summary.
 */
import type { ReportUnit } from '../../analysis/index.ts';

/** A unit's name: its family and, for headings and sentences, its number within the family (from 1). */
export type UnitName =
  { readonly family: 'headline' | 'standfirst' } | { readonly family: 'heading' | 'sentence'; readonly number: number };

/** Names every unit of a side, by id. */
export function unitNames(units: readonly ReportUnit[]): ReadonlyMap<string, UnitName> {
  const names = new Map<string, UnitName>();
  let headings = 0;
  let sentences = 0;
  for (const unit of units) {
    if (unit.kind === 'headline' || unit.kind === 'standfirst') names.set(unit.id, { family: unit.kind });
    else if (unit.kind === 'heading') names.set(unit.id, { family: 'heading', number: (headings += 1) });
    else names.set(unit.id, { family: 'sentence', number: (sentences += 1) });
  }
  return names;
}

/** "the headline", "sentence 12": a name inside a phrase. */
export function nameText(name: UnitName): string {
  return 'number' in name ? `${name.family} ${name.number}` : `the ${name.family}`;
}

/**
 * Names in reading order as a phrase, runs of sentences as ranges: "the headline, sentences 1 to 14,
 * heading 2 and sentence 15". A reader hears a range once instead of fourteen numbers.
 */
export function namesPhrase(names: readonly UnitName[]): string {
  const items: ({ first: number; last: number } | string)[] = [];
  for (const name of names) {
    const previous = items.at(-1);
    if (name.family !== 'sentence') items.push(nameText(name));
    else if (typeof previous === 'object' && previous.last + 1 === name.number) previous.last = name.number;
    else items.push({ first: name.number, last: name.number });
  }
  // Two neighbours read better as two numbers ("2, 4 and 5") than as a range.
  const parts = items.flatMap((item) =>
    typeof item === 'object' && item.last === item.first + 1
      ? [
          { first: item.first, last: item.first },
          { first: item.last, last: item.last },
        ]
      : [item],
  );
  // Each run of sentences between other names says what its numbers count, once, at its start:
  // after "heading 1" a bare "4" would read as heading 4.
  const words: string[] = [];
  parts.forEach((item, index) => {
    if (typeof item === 'string') {
      words.push(item);
      return;
    }
    const range = item.first === item.last ? `${item.first}` : `${item.first} to ${item.last}`;
    if (typeof parts[index - 1] === 'object') {
      words.push(range);
      return;
    }
    const run = parts.slice(index, nextName(parts, index));
    const plural = run.length > 1 || item.last > item.first;
    words.push(`${plural ? 'sentences' : 'sentence'} ${range}`);
  });
  return listPhrase(words);
}

/** Where the run of sentence ranges that starts at `index` ends: the next name, or the end. */
function nextName(parts: readonly (object | string)[], index: number): number {
  const next = parts.findIndex((item, at) => at > index && typeof item === 'string');
  return next === -1 ? parts.length : next;
}

/** "a", "a and b", "a, b and c". */
export function listPhrase(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}
