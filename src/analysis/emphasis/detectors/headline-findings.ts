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
import { SALIENCE } from '../salience.ts';
import type { HeadlineSign } from './headline-signs.ts';
import { describeSigns, headlineSigns, newSigns } from './headline-signs.ts';
import { clauses, movedShare, onlyLexicon, wordDiff } from './word-stretches.ts';

/** A headline dropped or added: the page's most read line is gone or new, though it may be the layout's doing. */
const PRESENCE_SALIENCE = SALIENCE.headline.presence;
/** A headline kept in words but given sensational signs ("(VIDEO)", capitals for effect). */
const SIGNS_SALIENCE = SALIENCE.headline.signs;
/** A reworded headline: at least this, and up to 1 as its words move (half of them changed is a new headline). */
const REWORDED_BASE = SALIENCE.headline.reworded;
const REWORDED_SPAN = SALIENCE.headline.rewordedSpan;
/** Added to a headline's salience when it brings signs of a sensational headline. */
const SIGNS_BONUS = SALIENCE.headline.signsBonus;
/** Headlines quoted up to this length (whole words, with an ellipsis when cut). */
const HEADLINE_LENGTH = 200;

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
  const moved = movedShare(stretches, fromHead, toHead);
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

/** The headline of a side, if it has one (a first line that is no headline is body text: units/headline-place.ts). */
function headlineOf(context: EmphasisContext, side: 'from' | 'to'): UnitInfo | undefined {
  return [...context[side].values()].find((unit) => unit.unit.kind === 'headline');
}

/** Every word of both versions written other than in capitals only, folded. */
function lowerCaseWords(context: EmphasisContext): Set<string> {
  const words = new Set<string>();
  for (const info of [...context.from.values(), ...context.to.values()])
    for (const word of info.words) if (word.text !== word.text.toUpperCase()) words.add(word.folded);
  return words;
}

const quote = (info: UnitInfo): string => excerpt(info.unit.text, HEADLINE_LENGTH);

function signsClause(signs: readonly HeadlineSign[]): string {
  return signs.length === 0 ? '' : `, with ${describeSigns(signs)}`;
}
