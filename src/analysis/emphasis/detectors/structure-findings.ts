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
  return [...unalignedFindings(context, 'from'), ...unalignedFindings(context, 'to'), ...groupFindings(context)];
}

function unalignedFindings(context: EmphasisContext, side: 'from' | 'to'): Draft[] {
  const ids = side === 'from' ? context.input.dropped : context.input.added;
  return ids.map((id) => {
    const info = context[side].get(id)!;
    const place = sideOf([info]);
    const dropped = side === 'from';
    if (info.unit.kind === 'heading') {
      return {
        kind: 'structure',
        change: dropped ? 'heading dropped' : 'heading added',
        salience: dropped ? 0.3 : 0.25,
        from: dropped ? place : NOWHERE,
        to: dropped ? NOWHERE : place,
        marks: [],
        explanation: dropped
          ? `The rewrite drops the section heading “${info.unit.text}”.`
          : `The rewrite adds the section heading “${info.unit.text}”.`,
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
      from: dropped ? place : NOWHERE,
      to: dropped ? NOWHERE : place,
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
    const from = group.from.map((id) => context.from.get(id)!);
    const to = group.to.map((id) => context.to.get(id)!);
    const sides = { from: sideOf(from), to: sideOf(to), marks: [], group: group.id };
    const kinds = (infos: readonly UnitInfo[]) => new Set(infos.map((info) => info.unit.kind));
    const fromKinds = kinds(from);
    const toKinds = kinds(to);
    const textChanged = [...group.diff.from, ...group.diff.to].some((unit) =>
      unit.segments.some((segment) => segment.op !== 'same'),
    );
    if (fromKinds.has('heading') && textChanged) {
      drafts.push({
        kind: 'structure',
        change: 'heading renamed',
        salience: 0.3,
        ...sides,
        explanation: `The section heading “${from[0]!.unit.text}” is now “${to[0]!.unit.text}”.`,
      });
      continue;
    }
    if (fromKinds.has('heading')) continue;
    const items = (infos: readonly UnitInfo[]) => infos.filter((info) => info.unit.kind === 'list-item').length;
    if (fromKinds.has('sentence') && !fromKinds.has('list-item') && toKinds.has('list-item')) {
      drafts.push({
        kind: 'structure',
        change: 'sentence to list',
        salience: 0.4,
        ...sides,
        explanation: `The rewrite turns this sentence into a list of ${items(to)} items, which sets each point apart.`,
      });
    } else if (toKinds.has('sentence') && !toKinds.has('list-item') && fromKinds.has('list-item')) {
      drafts.push({
        kind: 'structure',
        change: 'list to sentence',
        salience: 0.35,
        ...sides,
        explanation: `The rewrite folds a list of ${items(from)} items into running text.`,
      });
    }
    if (fromKinds.has('headline') || fromKinds.has('standfirst')) continue;
    const fromPosition = Math.min(...from.map((info) => info.position));
    const toPosition = Math.min(...to.map((info) => info.position));
    const percent = (share: number) => `${Math.round(share * 100)}%`;
    if (fromPosition - toPosition >= MOVE_DISTANCE && toPosition <= LEAD) {
      drafts.push({
        kind: 'structure',
        change: 'moved up',
        salience: 0.5,
        ...sides,
        explanation: `The rewrite moves this up into its lead: it sits ${percent(fromPosition)} of the way down the original, ${percent(toPosition)} in the rewrite.`,
      });
    } else if (toPosition - fromPosition >= MOVE_DISTANCE && fromPosition <= LEAD) {
      drafts.push({
        kind: 'structure',
        change: 'moved down',
        salience: 0.5,
        ...sides,
        explanation: `The rewrite moves this out of the lead: it sits ${percent(fromPosition)} of the way down the original, ${percent(toPosition)} in the rewrite.`,
      });
    }
  }
  return drafts;
}
