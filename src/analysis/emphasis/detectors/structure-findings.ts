/**
 * What the rewrite leaves out or adds, ranked by prominence (a sentence dropped from the top of
 * the original weighs more than one from the end, and a long one more than a short one), and how
 * the article's structure changed: headings renamed, dropped or added, a sentence turned into a
 * list or back, a fact moved up into the lead or buried lower.
 */
import type { EmphasisContext, UnitInfo } from '../context.ts';
import type { Draft } from '../finding.ts';
import { clampSalience, excerpt, NOWHERE, sideOf } from '../finding.ts';

/** The lead: the first share of the body a reader of the top of an article sees. */
const LEAD = 0.2;
/** How far (as a share of the body) a fact must travel to count as moved up or buried. */
const MOVE_DISTANCE = 0.3;

/** Units dropped and added, headings changed, sentences turned into lists, facts moved in or out of the lead. */
export function structureFindings(context: EmphasisContext): Draft[] {
  return [...unalignedFindings(context, 'a'), ...unalignedFindings(context, 'b'), ...groupFindings(context)];
}

function unalignedFindings(context: EmphasisContext, side: 'a' | 'b'): Draft[] {
  const ids = side === 'a' ? context.input.dropped : context.input.added;
  return ids.map((id) => {
    const info = context[side].get(id)!;
    const place = sideOf([info]);
    const dropped = side === 'a';
    if (info.unit.kind === 'heading') {
      return {
        kind: 'structure',
        change: dropped ? 'heading dropped' : 'heading added',
        salience: dropped ? 0.3 : 0.25,
        a: dropped ? place : NOWHERE,
        b: dropped ? NOWHERE : place,
        marks: [],
        explanation: dropped ? `The rewrite drops the section heading “${info.unit.text}”.` : `The rewrite adds the section heading “${info.unit.text}”.`,
      };
    }
    // Top of the article and length both count; a headline or standfirst is the very top.
    const length = Math.min(1, info.words.length / 25);
    // At most 0.75 (dropped) and 0.7 (added): below a headline's lost hedge, a number changed or a
    // quotation altered, which change what the reader believes rather than what they learn.
    const salience = clampSalience((dropped ? 0.25 : 0.2) + 0.3 * (1 - info.position) + 0.2 * length);
    return {
      kind: dropped ? 'omission' : 'addition',
      change: dropped ? 'dropped' : 'added',
      salience,
      a: dropped ? place : NOWHERE,
      b: dropped ? NOWHERE : place,
      marks: [],
      explanation: dropped
        ? `A reader of the rewrite never learns this: “${excerpt(info.unit.text, 120)}”`
        : `The rewrite says something the original does not: “${excerpt(info.unit.text, 120)}”`,
    };
  });
}

function groupFindings(context: EmphasisContext): Draft[] {
  const drafts: Draft[] = [];
  for (const group of context.input.groups) {
    const a = group.a.map((id) => context.a.get(id)!);
    const b = group.b.map((id) => context.b.get(id)!);
    const sides = { a: sideOf(a), b: sideOf(b), marks: [], group: group.id };
    const kinds = (infos: readonly UnitInfo[]) => new Set(infos.map((info) => info.unit.kind));
    const kindsA = kinds(a);
    const kindsB = kinds(b);
    const textChanged = [...group.diff.a, ...group.diff.b].some((unit) => unit.segments.some((segment) => segment.op !== 'same'));
    if (kindsA.has('heading') && textChanged) {
      drafts.push({
        kind: 'structure',
        change: 'heading renamed',
        salience: 0.3,
        ...sides,
        explanation: `The section heading “${a[0]!.unit.text}” is now “${b[0]!.unit.text}”.`,
      });
      continue;
    }
    if (kindsA.has('heading')) continue;
    const items = (infos: readonly UnitInfo[]) => infos.filter((info) => info.unit.kind === 'list-item').length;
    if (kindsA.has('sentence') && !kindsA.has('list-item') && kindsB.has('list-item')) {
      drafts.push({
        kind: 'structure',
        change: 'sentence to list',
        salience: 0.4,
        ...sides,
        explanation: `The rewrite turns this sentence into a list of ${items(b)} items, which sets each point apart.`,
      });
    } else if (kindsB.has('sentence') && !kindsB.has('list-item') && kindsA.has('list-item')) {
      drafts.push({
        kind: 'structure',
        change: 'list to sentence',
        salience: 0.35,
        ...sides,
        explanation: `The rewrite folds a list of ${items(a)} items into running text.`,
      });
    }
    if (kindsA.has('headline') || kindsA.has('standfirst')) continue;
    const from = Math.min(...a.map((info) => info.position));
    const to = Math.min(...b.map((info) => info.position));
    const percent = (share: number) => `${Math.round(share * 100)}%`;
    if (from - to >= MOVE_DISTANCE && to <= LEAD) {
      drafts.push({
        kind: 'structure',
        change: 'moved up',
        salience: 0.5,
        ...sides,
        explanation: `The rewrite moves this up into its lead: it sits ${percent(from)} of the way down the original, ${percent(to)} in the rewrite.`,
      });
    } else if (to - from >= MOVE_DISTANCE && from <= LEAD) {
      drafts.push({
        kind: 'structure',
        change: 'moved down',
        salience: 0.5,
        ...sides,
        explanation: `The rewrite moves this out of the lead: it sits ${percent(from)} of the way down the original, ${percent(to)} in the rewrite.`,
      });
    }
  }
  return drafts;
}
