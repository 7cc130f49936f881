/**
 * The fate of each name: whether the rewrite still says it, whole or in another of its forms ("US"
 * for "United States", "Ukrainian" for "Ukraine"), only by its last word, or not at all; and the
 * names only the rewrite says. Names are those of `names`: a month or a weekday standing alone is
 * a date, not a name, and a courtesy title is house style.
 */
import type { EmphasisContext, UnitInfo } from './context.ts';
import { unitsOf } from './context.ts';
import type { NameFate, Span } from './fates.ts';
import { ABSENT } from './fates.ts';
import {
  capitalisedForms,
  findingKeys,
  lookupKeys,
  NameIndex,
  nameKey,
  names,
  saysWhole,
  wholeForms,
  wordRuns,
} from './mentions.ts';

/** The names of the original with their fate, in reading order, then the names only the rewrite says. */
export function nameFates(context: EmphasisContext): NameFate[] {
  const from = unitsOf(context, 'from');
  const to = unitsOf(context, 'to');
  const forms = new Map([...from, ...to].map((info) => [info, capitalisedForms(info)]));
  const fromIndex = new NameIndex(from.flatMap((info) => forms.get(info)!));
  const toIndex = new NameIndex(to.flatMap((info) => forms.get(info)!));
  const byUnit = new Map<UnitInfo, NameIndex>();
  const unitIndex = (info: UnitInfo) =>
    byUnit.get(info) ?? byUnit.set(info, new NameIndex(forms.get(info)!)).get(info)!;
  // The rewrite's units by the keys of their names: only those sharing a key can say a name.
  const unitsByKey = new Map<string, Set<UnitInfo>>();
  for (const info of to)
    for (const form of forms.get(info)!)
      for (const key of lookupKeys(form)) (unitsByKey.get(key) ?? unitsByKey.set(key, new Set()).get(key)!).add(info);
  const toOrder = new Map(to.map((info, index) => [info, index]));
  const candidates = (run: string) => {
    const words = run.split(/[\s-]+/u);
    const keys = [...wholeForms(run), words.at(-1)!].flatMap(findingKeys);
    const found = new Set(keys.flatMap((key) => [...(unitsByKey.get(key) ?? [])]));
    // In reading order, without reading every unit of the rewrite for each name.
    return [...found].sort((x, y) => toOrder.get(x)! - toOrder.get(y)!);
  };
  const fates: NameFate[] = [];
  for (const [name, { run, spans }] of occurrences(from)) {
    const fate = nameFate(toIndex, run);
    // Where the rewrite says it: whole, or by its last word when that is all it says.
    const there =
      fate === 'dropped' ? [] : candidates(run).filter((info) => nameFate(unitIndex(info), run) !== 'dropped');
    fates.push({
      name,
      fate,
      from: { units: [...new Set(spans.map((span) => span.unit))], spans },
      to: { units: there.map((info) => info.unit.id), spans: [] },
    });
  }
  const recorded = new Set(fates.map((entry) => entry.name));
  for (const [name, { run, spans }] of occurrences(to)) {
    // The rewrite's own names: said in the original neither whole nor by their last word.
    if (recorded.has(name) || nameFate(fromIndex, run) !== 'dropped') continue;
    fates.push({
      name,
      fate: 'added',
      from: ABSENT,
      to: { units: [...new Set(spans.map((span) => span.unit))], spans },
    });
  }
  return fates;
}

/** Each name of a side once, by its key: as first written, and every place it stands. */
function occurrences(infos: readonly UnitInfo[]): Map<string, { run: string; spans: Span[] }> {
  const found = new Map<string, { run: string; spans: Span[] }>();
  for (const info of infos) {
    for (const run of wordRuns(info.unit.text, names(info))) {
      const key = nameKey(run.text);
      // "I" and initials alone are not names a reader follows through versions.
      if ([...key].length < 2) continue;
      const entry = found.get(key) ?? found.set(key, { run: run.text, spans: [] }).get(key)!;
      entry.spans.push({ unit: info.unit.id, start: run.start, end: run.end });
    }
  }
  return found;
}

/**
 * Kept when the other version says the name whole (in another form, "Ukrainian" for "Ukraine", or
 * by its initials); shortened when it says only the name's last word, which usually names the same
 * one ("Lund" for "Maria Lund", but also "Grey" beside "Paul Smith" for "Paul Grey": the reader
 * should look); dropped otherwise ("Harbour" of "Harbour Bridge" does not say "Harbour Residents'
 * Association").
 */
function nameFate(index: NameIndex, name: string): 'kept' | 'shortened' | 'dropped' {
  if (saysWhole(index, name)) return 'kept';
  const words = name.split(/[\s-]+/u);
  return words.length > 1 && index.says(words.at(-1)!) ? 'shortened' : 'dropped';
}
