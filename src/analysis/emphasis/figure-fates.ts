/**
 * Figures compared once per comparison: group by group (the figures one side of an aligned group
 * states and the other does not, which the number findings report), and as fates over the whole
 * story (each figure of the original kept, changed or dropped, and the rewrite's own figures).
 */
import type { EmphasisContext, EmphasisGroup, UnitInfo } from './context.ts';
import { unitsOf } from './context.ts';
import type { FateSide, FigureFate, Span } from './fates.ts';
import { ABSENT } from './fates.ts';
import type { Word } from './match.ts';
import { conversions, figures } from './mentions.ts';

/** An aligned group's figures that the other side of the group does not state. */
export interface GroupFigures {
  readonly group: EmphasisGroup;
  readonly from: readonly UnitInfo[];
  readonly to: readonly UnitInfo[];
  readonly onlyFrom: readonly Word[];
  readonly onlyTo: readonly Word[];
}

const compared = new WeakMap<EmphasisContext, readonly GroupFigures[]>();

/** The figures of every aligned group, compared once: the number findings and the fates read this. */
export function groupFigures(context: EmphasisContext): readonly GroupFigures[] {
  let groups = compared.get(context);
  if (groups === undefined) compared.set(context, (groups = compareGroups(context)));
  return groups;
}

function compareGroups(context: EmphasisContext): GroupFigures[] {
  return context.input.groups.map((group) => {
    const from = group.from.map((id) => context.from.get(id)!);
    const to = group.to.map((id) => context.to.get(id)!);
    const fromFigures = from.flatMap(figures);
    const toFigures = to.flatMap(figures);
    const fromKeys = new Set([...fromFigures, ...from.flatMap(conversions)].map((figure) => figure.key));
    const toKeys = new Set([...toFigures, ...to.flatMap(conversions)].map((figure) => figure.key));
    // A figure restated without its unit ("70 km" and "70", its unit garbled or left out) is the
    // same figure: a change of number needs another number, not one word fewer.
    const bare = (key: string) => key.split(' ')[0]!;
    const says = (keys: ReadonlySet<string>, key: string) =>
      keys.has(key) || keys.has(bare(key)) || (bare(key) === key && [...keys].some((other) => bare(other) === key));
    const onlyFrom = fromFigures.filter((figure) => !says(toKeys, figure.key)).map((figure) => figure.word);
    const onlyTo = toFigures.filter((figure) => !says(fromKeys, figure.key)).map((figure) => figure.word);
    return { group, from, to, onlyFrom, onlyTo };
  });
}

/** The unit of a group's side that holds a word. */
export const owner = (infos: readonly UnitInfo[], word: Word): string =>
  infos.find((info) => info.words.includes(word))!.unit.id;

/**
 * Each figure of the original once, in reading order: changed when the rewrite's counterpart of
 * the sentence that first states it has other figures in its place, kept when the rewrite states
 * it anywhere, dropped otherwise; then the figures only the rewrite states (not those standing in
 * for a changed one).
 */
export function figureFates(context: EmphasisContext): FigureFate[] {
  // Each changed figure of the original, by its place, with the figures now in its place.
  const replaced = new Map<string, FateSide>();
  const replacing = new Set<Word>();
  for (const { from, to, onlyFrom, onlyTo } of groupFigures(context)) {
    if (onlyFrom.length === 0 || onlyTo.length === 0) continue;
    const spans = onlyTo.map((word) => ({ unit: owner(to, word), start: word.start, end: word.end }));
    const side = { units: [...new Set(spans.map((span) => span.unit))], spans };
    for (const word of onlyFrom) replaced.set(`${owner(from, word)}:${word.start}`, side);
    for (const word of onlyTo) replacing.add(word);
  }
  const fromFigures = stated(unitsOf(context, 'from'));
  const toFigures = stated(unitsOf(context, 'to'));
  // A figure the other version states only as a conversion is still stated there.
  const fromConverted = stated(unitsOf(context, 'from'), conversions);
  const toConverted = stated(unitsOf(context, 'to'), conversions);
  const fates: FigureFate[] = [];
  for (const [key, { text, first, side }] of fromFigures) {
    const instead = replaced.get(`${first.unit}:${first.start}`);
    const there = (toFigures.get(key) ?? toConverted.get(key))?.side;
    fates.push(
      instead !== undefined
        ? { text, key, fate: 'changed', from: side, to: instead }
        : there !== undefined
          ? { text, key, fate: 'kept', from: side, to: there }
          : { text, key, fate: 'dropped', from: side, to: ABSENT },
    );
  }
  for (const [key, { text, side, words }] of toFigures) {
    if (fromFigures.has(key) || fromConverted.has(key) || words.every((word) => replacing.has(word))) continue;
    fates.push({ text, key, fate: 'added', from: ABSENT, to: side });
  }
  return fates;
}

/** Each figure of a side once, by its key: as first written, and every place it is stated. */
function stated(
  infos: readonly UnitInfo[],
  read: (info: UnitInfo) => readonly { readonly word: Word; readonly key: string }[] = figures,
): Map<string, { text: string; first: Span; side: FateSide; words: Word[] }> {
  const found = new Map<string, { text: string; first: Span; spans: Span[]; words: Word[] }>();
  for (const info of infos) {
    for (const { word, key } of read(info)) {
      const span = { unit: info.unit.id, start: word.start, end: word.end };
      const entry = found.get(key) ?? found.set(key, { text: word.text, first: span, spans: [], words: [] }).get(key)!;
      entry.spans.push(span);
      entry.words.push(word);
    }
  }
  return new Map(
    [...found].map(([key, { text, first, spans, words }]) => [
      key,
      { text, first, words, side: { units: [...new Set(spans.map((span) => span.unit))], spans } },
    ]),
  );
}
