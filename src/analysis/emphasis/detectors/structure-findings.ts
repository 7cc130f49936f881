/**
 * What the rewrite leaves out or adds (see unaligned-findings.ts), and how the article's structure
 * changed: headings renamed, dropped or added, a sentence turned into a list or back, a fact moved
 * up into the lead or buried lower. When new material on top pushes the original's lead down, that
 * is one finding about the lede, not one per sentence shifted.
 */
import type { EmphasisContext, UnitInfo } from '../context.ts';
import type { Draft } from '../finding.ts';
import { excerpt, sideOf } from '../finding.ts';
import { ledeOf, ledePlace, ordinal, unalignedRuns } from '../runs.ts';
import { foldedSalience, SALIENCE } from '../salience.ts';
import { unalignedFindings } from './unaligned-findings.ts';

/** The lead: the first share of the body a reader of the top of an article sees. */
const LEAD = 0.2;
/** How far (as a share of the body) a fact must travel to count as moved up or buried. */
const MOVE_DISTANCE = 0.3;

/** Units dropped and added, headings changed, sentences turned into lists, facts moved in or out of the lead. */
export function structureFindings(context: EmphasisContext): Draft[] {
  return [...unalignedFindings(context), ...groupFindings(context)];
}

function groupFindings(context: EmphasisContext): Draft[] {
  const drafts: Draft[] = [];
  const movedUp: MovedUp[] = [];
  const movedDown: Draft[] = [];
  // The original's lede cannot move up into the rewrite's lead: it was the lead. It may sit a
  // few units down (under a byline set as a paragraph), which in a short article is a large share.
  const lede = ledeOf(context);
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
        salience: SALIENCE.structure.headingRenamed,
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
        salience: SALIENCE.structure.sentenceToList,
        ...sides,
        explanation: `The rewrite turns this sentence into a list of ${items(to)} items, which sets each point apart.`,
      });
    } else if (toKinds.has('sentence') && !toKinds.has('list-item') && fromKinds.has('list-item')) {
      drafts.push({
        kind: 'structure',
        change: 'list to sentence',
        salience: SALIENCE.structure.listToSentence,
        ...sides,
        explanation: `The rewrite folds a list of ${items(from)} items into running text.`,
      });
    }
    if (fromKinds.has('headline') || fromKinds.has('standfirst')) continue;
    const fromPosition = Math.min(...from.map((info) => info.position));
    const toPosition = Math.min(...to.map((info) => info.position));
    const percent = (share: number) => `${Math.round(share * 100)}%`;
    const quoted = `“${excerpt(from[0]!.unit.text, 90)}”`;
    const where = `${percent(fromPosition)} of the way down the original, ${percent(toPosition)} in the rewrite`;
    if (
      fromPosition - toPosition >= MOVE_DISTANCE &&
      toPosition <= LEAD &&
      (lede === undefined || !from.includes(lede))
    ) {
      movedUp.push({
        from,
        where,
        draft: {
          kind: 'structure',
          change: 'moved up',
          salience: SALIENCE.structure.movedUp,
          ...sides,
          explanation: `The rewrite moves ${quoted} up into its lead: it sits ${where}.`,
        },
      });
    } else if (toPosition - fromPosition >= MOVE_DISTANCE && fromPosition <= LEAD) {
      movedDown.push({
        kind: 'structure',
        change: 'moved down',
        salience: SALIENCE.structure.movedDown,
        ...sides,
        explanation: `The rewrite moves ${quoted} out of the lead: it sits ${where}.`,
      });
    }
  }
  return [...drafts, ...movedUpFindings(context, movedUp), ...leadFindings(context, movedDown)];
}

/** A sentence moved up into the lead, with its original units and where it sat and sits. */
interface MovedUp {
  readonly from: readonly UnitInfo[];
  readonly where: string;
  readonly draft: Draft;
}

/**
 * Sentences moved up into the lead: consecutive ones in the original (a passage brought up from
 * the end) make one finding that counts them and quotes the first; the others are folded.
 */
function movedUpFindings(context: EmphasisContext, movedUp: readonly MovedUp[]): Draft[] {
  const order = new Map([...context.from.values()].map((info, index) => [info.unit.id, index]));
  const first = (moved: MovedUp) => Math.min(...moved.from.map((info) => order.get(info.unit.id)!));
  const last = (moved: MovedUp) => Math.max(...moved.from.map((info) => order.get(info.unit.id)!));
  const passages: MovedUp[][] = [];
  for (const moved of [...movedUp].sort((x, y) => first(x) - first(y))) {
    const passage = passages.at(-1);
    if (passage !== undefined && first(moved) === last(passage.at(-1)!) + 1) passage.push(moved);
    else passages.push([moved]);
  }
  return passages.flatMap(([head, ...rest]) => {
    if (rest.length === 0) return [head!.draft];
    const count = rest.length + 1;
    const explanation = `The rewrite moves ${count} sentences up into its lead, from “${excerpt(head!.from[0]!.unit.text, 90)}”: they sat ${head!.where}.`;
    return [
      { ...head!.draft, explanation },
      ...rest.map((moved) => ({ ...moved.draft, salience: foldedSalience(moved.draft.salience) })),
    ];
  });
}

/**
 * The sentences of the original's lead that the rewrite moved down, as one finding: the first of
 * them (the lede, most often) says where it now comes and how many went down with it; the others
 * are folded. When new sentences on top of the rewrite pushed the lede down, the finding about
 * them already says where the lede now comes, and this one is folded too.
 */
function leadFindings(context: EmphasisContext, movedDown: readonly Draft[]): Draft[] {
  const [first, ...others] = movedDown;
  if (first === undefined) return [];
  const lede = ledeOf(context);
  const place = ledePlace(context);
  const isLede = lede !== undefined && first.from.units.includes(lede.unit.id) && place !== undefined;
  const more = others.length === 0 ? '' : `; ${others.length} more of its lead went down with it`;
  const explanation = isLede
    ? `The original’s lede, “${excerpt(lede.unit.text, 90)}”, now comes ${ordinal(place)} in the rewrite${more}.`
    : `${first.explanation.replace(/\.$/u, '')}${more}.`;
  const opening = unalignedRuns(context, 'to').find((run) => run.opens && run.members.length > 1);
  const said = isLede && opening !== undefined;
  return [
    { ...first, salience: said ? foldedSalience(first.salience) : first.salience, explanation },
    ...others.map((draft) => ({ ...draft, salience: foldedSalience(draft.salience) })),
  ];
}
