/**
 * The headline's angle: the most read line of a story, often the only one. A reworded headline is
 * always a finding, whatever words changed, because "Talks aim to avert a strike" and "Stalemate in
 * strike talks" tell the same meeting as two stories. It quotes the stretches that differ on both
 * sides and both headlines whole, so that a reader sees what the new headline leads with and what
 * the old one led with; it ranks by how far the headline moved. A headline dropped or added is a
 * finding too; one changed only in case or typography (Title Case, curly quotes) is house style and
 * raises nothing, unless the new one shows signs of a sensational headline (see headline-signs.ts).
 *
 * A headline whose only change is a hedge, booster or reporting verb (dropped, added, or swapped for
 * one word) is left to the framing findings of lexical-findings.ts, which say it in terms of certainty.
 */
import type { EmphasisContext, UnitInfo } from '../context.ts';
import type { Draft } from '../finding.ts';
import { clampSalience, excerpt, NOWHERE, sideOf } from '../finding.ts';
import { stem } from '../../similarity/features.ts';
import type { Word } from '../match.ts';
import { SALIENCE } from '../salience.ts';
import type { HeadlineSign } from './headline-signs.ts';
import { describeSigns, headlineSigns, newSigns } from './headline-signs.ts';

/** A headline dropped or added: the page's most read line is gone or new, though it may be the layout's doing. */
const PRESENCE_SALIENCE = SALIENCE.headline.presence;
/** A headline kept in words but given sensational signs ("(VIDEO)", capitals for effect). */
const SIGNS_SALIENCE = SALIENCE.headline.signs;
/** A reworded headline: at least this, and up to 1 as its words move (half of them changed is a new headline). */
const REWORDED_BASE = SALIENCE.headline.reworded;
const REWORDED_SPAN = SALIENCE.headline.rewordedSpan;
/** Added to a headline's salience when it brings signs of a sensational headline. */
const SIGNS_BONUS = SALIENCE.headline.signsBonus;
/** Differing stretches named in the sentence; a headline rewritten further is quoted whole anyway. */
const MAX_STRETCHES = 4;
/** Words quoted of what a headline leads with when those words were kept from further on. */
const LEADING_WORDS = 4;
/** Headlines quoted up to this length (whole words, with an ellipsis when cut). */
const HEADLINE_LENGTH = 200;

/** A stretch of the word diff: the old headline's words and the new one's at one place (either may be empty). */
interface Stretch {
  readonly from: readonly Word[];
  readonly to: readonly Word[];
  /** True when the stretch opens the new headline (or, with no new words, the old one). */
  readonly leading: boolean;
  /** Where the stretch sits in the new headline: the index of the new word it comes before or replaces. */
  readonly at: number;
}

/** The headline finding of a comparison, if the headline changed. */
export function headlineFindings(context: EmphasisContext): Draft[] {
  const fromHead = headlineOf(context, 'from');
  const toHead = headlineOf(context, 'to');
  if (fromHead === undefined && toHead === undefined) return [];
  const elsewhere = lowerCaseWords(context);
  if (fromHead === undefined) {
    const signs = headlineSigns(toHead!, elsewhere);
    return [
      {
        kind: 'framing',
        change: 'headline added',
        salience: clampSalience(PRESENCE_SALIENCE + (signs.length > 0 ? 2 * SIGNS_BONUS : 0)),
        explanation: `The rewrite adds a headline, “${quote(toHead!)}”, where the original has none${signsClause(signs)}.`,
        from: NOWHERE,
        to: sideOf([toHead!]),
        marks: [],
        group: context.groupOf.to.get(toHead!.unit.id)?.id,
      },
    ];
  }
  if (toHead === undefined) {
    return [
      {
        kind: 'framing',
        change: 'headline dropped',
        salience: PRESENCE_SALIENCE,
        explanation: `The rewrite has no headline; the original’s read “${quote(fromHead)}”.`,
        from: sideOf([fromHead]),
        to: NOWHERE,
        marks: [],
        group: context.groupOf.from.get(fromHead.unit.id)?.id,
      },
    ];
  }
  const signs = newSigns(headlineSigns(toHead, elsewhere), headlineSigns(fromHead, elsewhere));
  const stretches = wordDiff(fromHead.words, toHead.words);
  const sides = {
    from: sideOf([fromHead]),
    to: sideOf([toHead]),
    marks: [],
    group: (context.groupOf.to.get(toHead.unit.id) ?? context.groupOf.from.get(fromHead.unit.id))?.id,
  };
  if (stretches.length === 0 || onlyLexicon(stretches, fromHead, toHead)) {
    // Same words (case and typography aside), or only certainty words the framing findings report.
    if (signs.length === 0) return [];
    return [
      {
        kind: 'framing',
        change: 'headline sensational',
        salience: SIGNS_SALIENCE,
        explanation: `The rewrite’s headline “${quote(toHead)}” keeps the original’s angle but adds ${describeSigns(signs)}.`,
        ...sides,
      },
    ];
  }
  const changed = stretches.reduce((sum, stretch) => sum + stretch.from.length + stretch.to.length, 0);
  const moved = changed / (fromHead.words.length + toHead.words.length);
  const salience = clampSalience(
    REWORDED_BASE + REWORDED_SPAN * Math.min(1, 2 * moved) + (signs.length > 0 ? SIGNS_BONUS : 0),
  );
  return [
    {
      kind: 'framing',
      change: 'headline reworded',
      salience,
      explanation: `The headline ${clauses(stretches, fromHead, toHead)}: “${quote(fromHead)}” became “${quote(toHead)}”${signsClause(signs)}.`,
      ...sides,
    },
  ];
}

/** Longer than this, a "headline" is a paragraph that a file without a headline put first. */
const MAX_HEADLINE_WORDS = 25;

/** The headline of a side, if it has one that reads as a headline. */
function headlineOf(context: EmphasisContext, side: 'from' | 'to'): UnitInfo | undefined {
  const info = [...context[side].values()].find((unit) => unit.unit.kind === 'headline');
  return info !== undefined && readsAsHeadline(info) ? info : undefined;
}

/**
 * False for a first line that a file without a headline made one: a paragraph (too long to be a
 * headline), a line of code ending in a semicolon, or a byline ("By Jane Smith").
 */
function readsAsHeadline(info: UnitInfo): boolean {
  const text = info.unit.text.trim();
  if (info.words.length > MAX_HEADLINE_WORDS || text.endsWith(';')) return false;
  return !/^By(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}$/u.test(text);
}

/** Every word of both versions written other than in capitals only, folded. */
function lowerCaseWords(context: EmphasisContext): Set<string> {
  const words = new Set<string>();
  for (const info of [...context.from.values(), ...context.to.values()])
    for (const word of info.words) if (word.text !== word.text.toUpperCase()) words.add(word.folded);
  return words;
}

const quote = (info: UnitInfo): string => excerpt(info.unit.text, HEADLINE_LENGTH);
const words = (list: readonly Word[], info: UnitInfo): string =>
  list.length === 0 ? '' : info.unit.text.slice(list[0]!.start, list.at(-1)!.end);

function signsClause(signs: readonly HeadlineSign[]): string {
  return signs.length === 0 ? '' : `, with ${describeSigns(signs)}`;
}

/**
 * The word diff of two headlines: the longest common subsequence of their stemmed, case-folded
 * words, and the stretches between its words. Case and typography are no change ("Signals" and
 * "signals"), nor is an inflection within the stem ("talk", "talks").
 */
function wordDiff(from: readonly Word[], to: readonly Word[]): Stretch[] {
  const a = from.map((word) => stem(word.folded));
  const b = to.map((word) => stem(word.folded));
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const stretches: Stretch[] = [];
  let i = 0;
  let j = 0;
  let pending = { from: [] as Word[], to: [] as Word[], leading: true, at: 0 };
  const flush = () => {
    if (pending.from.length > 0 || pending.to.length > 0) stretches.push(pending);
    pending = { from: [], to: [], leading: false, at: j + 1 };
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      pending.leading = false;
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) {
      pending.to.push(to[j]!);
      j += 1;
    } else {
      pending.from.push(from[i]!);
      i += 1;
    }
  }
  flush();
  return stretches;
}

/**
 * True when every stretch is a hedge, booster or reporting verb that the framing findings already
 * report: the stretch's words on one side are all such words, and the other side has at most one
 * word in their place ("may" for "will", "claims" for "confirms", "possible" dropped).
 */
function onlyLexicon(stretches: readonly Stretch[], fromHead: UnitInfo, toHead: UnitInfo): boolean {
  const covered = (info: UnitInfo, list: readonly Word[]) =>
    list.length > 0 &&
    list.every((word) =>
      [...info.hedges, ...info.boosters, ...info.verbs].some(
        (match) => word.start >= match.start && word.end <= match.end,
      ),
    );
  return stretches.every(
    (stretch) =>
      (covered(fromHead, stretch.from) && stretch.to.length <= 1) ||
      (covered(toHead, stretch.to) && stretch.from.length <= 1),
  );
}

/** What changed, stretch by stretch: “now leads with “X” where it led with “Y””, “says “X” where it said “Y””, “drops “Z””. */
function clauses(stretches: readonly Stretch[], fromHead: UnitInfo, toHead: UnitInfo): string {
  const parts = stretches.slice(0, MAX_STRETCHES).map((stretch, index) => {
    const old = words(stretch.from, fromHead);
    const now = words(stretch.to, toHead);
    if (stretch.leading) {
      if (old === '') return `now leads with “${now}”`;
      if (now === '') {
        // The new headline opens with words the old one had further on, up to its first new word.
        const until = stretches.slice(index + 1).find((next) => next.to.length > 0)?.at ?? toHead.words.length;
        const opening = words(toHead.words.slice(0, Math.min(until, LEADING_WORDS)), toHead);
        return opening === ''
          ? `no longer opens with “${old}”`
          : `now leads with “${opening}” where it led with “${old}”`;
      }
      return `now leads with “${now}” where it led with “${old}”`;
    }
    if (old === '') return `adds “${now}”`;
    if (now === '') return `drops “${old}”`;
    return `says “${now}” where it said “${old}”`;
  });
  if (stretches.length > MAX_STRETCHES) parts.push('changes more');
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
