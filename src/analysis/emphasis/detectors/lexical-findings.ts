/**
 * Hedges, boosters and reporting verbs that change between corresponding units, and the same in
 * the headline and standfirst taken together (framing: what a reader sees first, often all they
 * see). Only the writer's own words count: words inside quotation marks are the speaker's.
 */
import { isTop } from '../context.ts';
import type { EmphasisContext, UnitInfo, VerbMatch } from '../context.ts';
import type { ChangeOf, Draft, KindAndChange, Mark, MarkCategory } from '../finding.ts';
import { clampSalience, listed, sideOf } from '../finding.ts';
import { prominence, SALIENCE } from '../salience.ts';
import type { VerbStance } from '../lexicons.ts';
import type { LexiconMatch } from '../match.ts';

/** Hedges, boosters and reporting verbs changed in the headline and standfirst, and in each group. */
export function lexicalFindings(context: EmphasisContext): Draft[] {
  const drafts: Draft[] = [];
  const top = (side: 'from' | 'to') => [...context[side].values()].filter(isTop);
  const fromTop = top('from');
  const toTop = top('to');
  if (fromTop.length > 0 && toTop.length > 0) drafts.push(...compare(fromTop, toTop, undefined, true));
  for (const group of context.input.groups) {
    const fromUnits = group.from.map((id) => context.from.get(id)!);
    const toUnits = group.to.map((id) => context.to.get(id)!);
    if (fromUnits.some(isTop) || toUnits.some(isTop)) continue;
    drafts.push(...compare(fromUnits, toUnits, group.id, false));
  }
  return drafts;
}

/** The findings of one pair of unit lists: a group, or the two headline-and-standfirst pairs. */
function compare(
  fromUnits: readonly UnitInfo[],
  toUnits: readonly UnitInfo[],
  group: string | undefined,
  framing: boolean,
): Draft[] {
  // A change near the top of the article reaches more readers than one near the end.
  const place = prominence(Math.min(...fromUnits.map((info) => info.position)));
  const weigh = (weights: { readonly body: number; readonly top: number }) =>
    clampSalience(framing ? weights.top : weights.body * place);
  const sides = (fromMarks: readonly Mark[], toMarks: readonly Mark[]) => ({
    from: sideOf(fromUnits),
    to: sideOf(toUnits),
    marks: [...fromMarks, ...toMarks],
    group,
  });
  const where = framing ? 'The rewrite’s headline and standfirst' : 'The rewrite';
  const drafts: Draft[] = [];
  // In the headline and standfirst, a hedge or booster is part of the framing.
  const kindAndChange = (top: ChangeOf<'framing'>, own: KindAndChange): KindAndChange =>
    framing ? { kind: 'framing', change: top } : own;

  const hedges = countChanges(fromUnits, toUnits, (info) => info.hedges, true);
  if (hedges.dropped.length > 0) {
    drafts.push({
      ...kindAndChange('hedge dropped', { kind: 'hedge', change: 'dropped' }),
      salience: weigh(SALIENCE.certainty.hedgeDropped),
      explanation: `${where} ${framing ? 'drop' : 'drops'} the ${new Set(hedges.dropped.map((m) => m.text)).size > 1 ? 'hedges' : 'hedge'} ${listed(hedges.dropped.map((m) => m.text))}${inContext(fromUnits, hedges.dropped)}: what the original presented as uncertain now reads as more certain.`,
      ...sides(marks(fromUnits, hedges.dropped, 'hedge', 'from'), []),
    });
  }
  if (hedges.added.length > 0) {
    drafts.push({
      ...kindAndChange('hedge added', { kind: 'hedge', change: 'added' }),
      salience: weigh(SALIENCE.certainty.hedgeAdded),
      explanation: `${where} ${framing ? 'add' : 'adds'} ${listed(hedges.added.map((m) => m.text))}${inContext(toUnits, hedges.added)}: ${framing ? 'they present' : 'it presents'} as uncertain what the original stated plainly.`,
      ...sides([], marks(toUnits, hedges.added, 'hedge', 'to')),
    });
  }

  const boosters = countChanges(fromUnits, toUnits, (info) => info.boosters, true);
  if (boosters.added.length > 0) {
    drafts.push({
      ...kindAndChange('booster added', { kind: 'booster', change: 'added' }),
      salience: weigh(SALIENCE.certainty.boosterAdded),
      explanation: `${where} ${framing ? 'add' : 'adds'} ${listed(boosters.added.map((m) => m.text))}${inContext(toUnits, boosters.added)}, which the original does not use here: a stronger claim than the original made.`,
      ...sides([], marks(toUnits, boosters.added, 'booster', 'to')),
    });
  }
  if (boosters.dropped.length > 0) {
    drafts.push({
      ...kindAndChange('booster dropped', { kind: 'booster', change: 'dropped' }),
      salience: weigh(SALIENCE.certainty.boosterDropped),
      explanation: `${where} ${framing ? 'drop' : 'drops'} ${listed(boosters.dropped.map((m) => m.text))}${inContext(fromUnits, boosters.dropped)}: ${framing ? 'they tone' : 'it tones'} down the original’s claim.`,
      ...sides(marks(fromUnits, boosters.dropped, 'booster', 'from'), []),
    });
  }

  if (framing) {
    const framingVerbs = framingVerbChange(fromUnits, toUnits);
    if (framingVerbs !== undefined) {
      drafts.push({
        kind: 'framing',
        change: 'verb changed',
        salience: weigh(SALIENCE.certainty.verb),
        explanation: framingVerbs.explanation,
        ...sides(marks(fromUnits, framingVerbs.from, 'verb', 'from'), marks(toUnits, framingVerbs.to, 'verb', 'to')),
      });
    }
    return drafts;
  }
  for (const change of verbChanges(fromUnits, toUnits)) {
    const { from, to } = change;
    const salience = weigh(
      from?.stance === 'counter-factive' || to?.stance === 'counter-factive'
        ? SALIENCE.certainty.counterFactiveVerb
        : SALIENCE.certainty.verb,
    );
    const fromMarks = from === undefined ? [] : marks(fromUnits, [from], 'verb', 'from');
    const toMarks = to === undefined ? [] : marks(toUnits, [to], 'verb', 'to');
    drafts.push({
      kind: 'reporting-verb',
      change: from !== undefined && to !== undefined ? 'changed' : from !== undefined ? 'dropped' : 'added',
      salience,
      explanation: verbExplanation(
        from,
        to,
        to === undefined ? inContext(fromUnits, [from!]) : inContext(toUnits, [to]),
      ),
      ...sides(fromMarks, toMarks),
    });
  }
  return drafts;
}

/**
 * Matches whose headword occurs fewer times on the other side. With `swapsCancel`, one word of the
 * list swapped for another ("may" for "might", "substantial" for "significant") is no change:
 * only what is left over after pairing them counts.
 */
function countChanges(
  fromUnits: readonly UnitInfo[],
  toUnits: readonly UnitInfo[],
  pick: (info: UnitInfo) => readonly LexiconMatch[],
  swapsCancel: boolean,
): { dropped: LexiconMatch[]; added: LexiconMatch[] } {
  const fromMatches = fromUnits.flatMap(pick);
  const toMatches = toUnits.flatMap(pick);
  const surplus = (mine: readonly LexiconMatch[], theirs: readonly LexiconMatch[]) => {
    const left = new Map<string, number>();
    for (const match of theirs) left.set(match.headword, (left.get(match.headword) ?? 0) + 1);
    return mine.filter((match) => {
      const count = left.get(match.headword) ?? 0;
      left.set(match.headword, count - 1);
      return count <= 0;
    });
  };
  const dropped = surplus(fromMatches, toMatches);
  const added = surplus(toMatches, fromMatches);
  if (!swapsCancel) return { dropped, added };
  const swapped = Math.min(dropped.length, added.length);
  return { dropped: dropped.slice(swapped), added: added.slice(swapped) };
}

/**
 * Reporting verbs of one side with no verb of the same headword on the other, paired in order; a
 * pair is reported when the stance changed, an unpaired verb when it is not neutral.
 */
function verbChanges(
  fromUnits: readonly UnitInfo[],
  toUnits: readonly UnitInfo[],
): { from?: VerbMatch; to?: VerbMatch }[] {
  const changed = countChanges(fromUnits, toUnits, (info) => info.verbs, false) as {
    dropped: VerbMatch[];
    added: VerbMatch[];
  };
  const changes: { from?: VerbMatch; to?: VerbMatch }[] = [];
  const pairs = Math.max(changed.dropped.length, changed.added.length);
  for (let index = 0; index < pairs; index += 1) {
    const from = changed.dropped[index];
    const to = changed.added[index];
    if (from !== undefined && to !== undefined) {
      if (from.stance !== to.stance) changes.push({ from, to });
    } else if (from !== undefined && from.stance !== 'neutral') {
      changes.push({ from });
    } else if (to !== undefined && to.stance !== 'neutral') {
      changes.push({ to });
    }
  }
  return changes;
}

/**
 * The reporting verbs of the headline and standfirst, compared as a whole: a headline's verb and
 * a standfirst's often trade places, so verbs are not paired one by one; what counts is whether the
 * rewrite's top says more firmly (or more tentatively) what the original's said.
 */
function framingVerbChange(
  fromUnits: readonly UnitInfo[],
  toUnits: readonly UnitInfo[],
): { from: VerbMatch[]; to: VerbMatch[]; explanation: string } | undefined {
  const fromVerbs = fromUnits.flatMap((info) => info.verbs);
  const toVerbs = toUnits.flatMap((info) => info.verbs);
  const stances = (verbs: readonly VerbMatch[]) =>
    new Set(verbs.map((verb) => verb.stance).filter((stance) => stance !== 'neutral'));
  const fromStances = stances(fromVerbs);
  const toStances = stances(toVerbs);
  // Verbs whose stance the other side's top does not have at all.
  const added = toVerbs.filter((verb) => verb.stance !== 'neutral' && !fromStances.has(verb.stance));
  const dropped = fromVerbs.filter((verb) => verb.stance !== 'neutral' && !toStances.has(verb.stance));
  if (added.length === 0 && dropped.length === 0) return undefined;
  const texts = (verbs: readonly VerbMatch[]) => listed(verbs.map((verb) => verb.text));
  const originals =
    fromVerbs.length > 0 ? `the original’s use ${texts(fromVerbs)}` : 'the original’s use no reporting verb';
  let explanation: string;
  if (added.some((verb) => verb.stance !== 'tentative') && fromStances.has('tentative')) {
    explanation = `The rewrite’s headline and standfirst use ${texts(added)} where the original’s use only ${texts(fromVerbs)}: they state more firmly what the original reported tentatively.`;
  } else if (added.length > 0) {
    explanation = `The rewrite’s headline and standfirst use ${texts(added)} where ${originals}: the rewrite ${STANCE_EFFECT[added[0]!.stance]}.`;
  } else {
    explanation = `The rewrite’s headline and standfirst drop ${texts(dropped)}: the original’s framing of the statement is gone.`;
  }
  return { from: dropped.length > 0 ? dropped : fromVerbs, to: added, explanation };
}

const STANCE_EFFECT: Readonly<Record<VerbStance, string>> = {
  neutral: 'reports the statement without judging it',
  tentative: 'makes the statement more tentative',
  factive: 'presents the statement as established fact',
  'counter-factive': 'casts doubt on the statement',
  forceful: 'gives the speaker a force the original did not',
};

function verbExplanation(from: VerbMatch | undefined, to: VerbMatch | undefined, context: string): string {
  if (from !== undefined && to !== undefined) {
    const effect =
      from.stance === 'tentative'
        ? 'drops the original’s tentativeness'
        : to.stance === 'neutral'
          ? `reports neutrally what the original framed with “${from.text}”`
          : STANCE_EFFECT[to.stance];
    return `“${from.text}” became “${to.text}”${context}: the rewrite ${effect}.`;
  }
  if (to !== undefined)
    return `The rewrite adds the reporting verb “${to.text}”${context}, which ${STANCE_EFFECT[to.stance]}.`;
  return `The rewrite drops the reporting verb “${from!.text}”${context}, which ${from!.stance === 'tentative' ? 'made the statement tentative' : 'framed the statement'}.`;
}

/** Words on each side of a match, to show it in its sentence: “received a cautious welcome from some”. */
const CONTEXT_WORDS = 3;

/** A single match in a few words of its sentence, in parentheses; nothing for several matches. */
function inContext(units: readonly UnitInfo[], matches: readonly LexiconMatch[]): string {
  if (matches.length !== 1) return '';
  const match = matches[0]!;
  const owner = units.find((info) => [...info.hedges, ...info.boosters, ...info.verbs].includes(match as VerbMatch));
  if (owner === undefined) return '';
  const index = match.index;
  const last = index + match.text.split(/\s+/u).length - 1;
  const from = owner.words[Math.max(0, index - CONTEXT_WORDS)]!;
  const to = owner.words[Math.min(owner.words.length - 1, last + CONTEXT_WORDS)]!;
  if (from.start === match.start && to.end === match.end) return '';
  const before = from.start > 0 ? '…' : '';
  const after = to.end < owner.unit.text.trimEnd().length - 1 ? '…' : '';
  return ` (“${before}${owner.unit.text.slice(from.start, to.end)}${after}”)`;
}

/** Marks for matches found in the given units. */
function marks(
  units: readonly UnitInfo[],
  matches: readonly LexiconMatch[],
  category: MarkCategory,
  side: 'from' | 'to',
): Mark[] {
  const result: Mark[] = [];
  for (const match of matches) {
    const owner = units.find((info) =>
      (category === 'hedge' ? info.hedges : category === 'booster' ? info.boosters : info.verbs).includes(
        match as VerbMatch,
      ),
    );
    if (owner !== undefined) result.push({ side, unit: owner.unit.id, start: match.start, end: match.end, category });
  }
  return result;
}
