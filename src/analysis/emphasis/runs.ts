/**
 * Runs: consecutive units of one version that have no counterpart in the other (a dropped tail of
 * background, four paragraphs of opinion on top), and where the original's lede went. A long cut
 * or insertion is one change to an editor, best said once ("the last 12 sentences"), not once a
 * sentence.
 */
import type { EmphasisContext, UnitInfo } from './context.ts';
import { isCreditLine } from './credit-lines.ts';

/** Consecutive body units of one side, none of which the other side has. */
export interface Run {
  readonly side: 'from' | 'to';
  /** Its sentences and list items, in reading order (headings between them do not break a run). */
  readonly members: readonly UnitInfo[];
  /**
   * The section headings of the same side, equally without counterpart, that open the run or sit
   * between its members: the shortest summary of what the run is about.
   */
  readonly headings: readonly UnitInfo[];
  /** True when the run opens the body (nothing of the body before it has a counterpart). */
  readonly opens: boolean;
  /** True when the run closes the body. */
  readonly closes: boolean;
  /**
   * Where the run sits: the groups of the aligned units right before and right after it (undefined
   * at the start or end of the body). A dropped run and an added run between the same two groups
   * are one passage replaced by another.
   */
  readonly between: readonly [string | undefined, string | undefined];
}

/** Units of the body that runs are made of: headline and standfirst stand on their own. */
const isBody = (info: UnitInfo) => info.unit.kind !== 'headline' && info.unit.kind !== 'standfirst';

/** The runs of a side's units without counterpart (dropped on the original's side, added on the rewrite's). */
export function unalignedRuns(context: EmphasisContext, side: 'from' | 'to'): Run[] {
  const unaligned = new Set(side === 'from' ? context.input.dropped : context.input.added);
  const body = [...context[side].values()].filter(isBody);
  type Building = {
    members: UnitInfo[];
    headings: UnitInfo[];
    opens: boolean;
    closes: boolean;
    between: [string | undefined, string | undefined];
  };
  const runs: Building[] = [];
  let current: Building | undefined;
  // Headings without counterpart seen since the last member or aligned unit: they head what follows.
  let pending: UnitInfo[] = [];
  let seenAligned = false;
  let lastGroup: string | undefined;
  for (const info of body) {
    if (!unaligned.has(info.unit.id)) {
      const group = context.groupOf[side].get(info.unit.id)?.id;
      if (current !== undefined) current.between[1] = group;
      current = undefined;
      pending = [];
      seenAligned = true;
      lastGroup = group;
      continue;
    }
    // A dropped or added heading neither breaks a run nor counts among its sentences.
    if (info.unit.kind === 'heading') {
      pending.push(info);
      continue;
    }
    if (current === undefined) {
      current = { members: [], headings: [], opens: !seenAligned, closes: false, between: [lastGroup, undefined] };
      runs.push(current);
    }
    current.headings.push(...pending);
    pending = [];
    current.members.push(info);
  }
  const last = runs.at(-1);
  if (last !== undefined && last === current) last.closes = true;
  return runs.map((run) => ({ side, ...run }));
}

/** The original's lede: its first sentence (or list item) of the body. */
export function ledeOf(context: EmphasisContext): UnitInfo | undefined {
  // A byline or credit line set as a paragraph of its own is no sentence of the story.
  return [...context.from.values()].find((info) => isBody(info) && info.unit.kind !== 'heading' && !isCreditLine(info));
}

/**
 * Where the original's lede comes in the rewrite: the place (1 for first) of the first body unit
 * it became among the rewrite's sentences and list items, or undefined when it was dropped.
 */
export function ledePlace(context: EmphasisContext): number | undefined {
  const lede = ledeOf(context);
  const group = lede === undefined ? undefined : context.groupOf.from.get(lede.unit.id);
  if (group === undefined) return undefined;
  const body = [...context.to.values()].filter((info) => isBody(info) && info.unit.kind !== 'heading');
  const places = group.to.map((id) => body.findIndex((info) => info.unit.id === id)).filter((index) => index >= 0);
  return places.length === 0 ? undefined : Math.min(...places) + 1;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** A place in words: "fifth", "12th", "21st". */
export function ordinal(place: number): string {
  const word = ORDINALS[place - 1];
  if (word !== undefined) return word;
  const tens = place % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][place % 10] ?? 'th');
  return `${place}${suffix}`;
}
