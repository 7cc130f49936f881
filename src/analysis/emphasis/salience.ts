/**
 * Salience weights the detectors share, in one table: how much each kind of change counts before
 * its place in the article, and how much where a change sits counts. A reader of the top of an
 * article sees what most readers see; a change near the end is read by few. The detectors read
 * every base weight here, so that the ranking of all findings is set (and calibrated) in one place.
 */
import { clampSalience, LISTED_SALIENCE } from './finding.ts';

/**
 * Base salience of each kind of change, before `prominence` where the detector weighs by place.
 * Changes to what the reader believes (words put in a speaker's mouth, a caveat lost, a figure
 * changed) rank above changes to what the reader learns (a sentence dropped or added).
 */
export const SALIENCE = {
  /** What a change at the very end of the body loses against one at the top (headline, lede). */
  endDiscount: 0.4,
  headline: {
    /** A headline dropped or added: the most read line is gone or new, though it may be the layout's doing. */
    presence: 0.45,
    /** A headline kept in words but given sensational signs ("(VIDEO)", capitals for effect). */
    signs: 0.5,
    /** A reworded headline: at least `reworded`, and up to `reworded + rewordedSpan` as its words move. */
    reworded: 0.6,
    rewordedSpan: 0.4,
    /** Added when the headline brings signs of a sensational headline. */
    signsBonus: 0.05,
  },
  /**
   * The lede, the first sentence of the body: after the headline, what most readers read. A new
   * angle (it opens with other words, or much of it is new) ranks high, from `angle` up to
   * `angle + angleSpan` as its words move; a lede reworded within its angle ranks from `reworded`,
   * so that one small word changed stays low; another sentence brought up to lead ranks `replaced`.
   * A new angle stays below a headline reworded as far (0.8 at a quarter of its words): the
   * headline is read by more readers still.
   */
  lede: {
    angle: 0.7,
    angleSpan: 0.1,
    reworded: 0.25,
    rewordedSpan: 0.4,
    replaced: 0.75,
  },
  quotation: {
    /** Kept word for word: a classification, never listed. */
    kept: 0.05,
    /** Words inside quotation marks changed: the speaker is made to say something else. */
    altered: 0.9,
    /** Two quotations joined into one: hides that the words were said apart. */
    stitched: 0.8,
    /** The writer's own words put in quotation marks: a quotation made up. */
    invented: 0.75,
    /**
     * A quotation with no counterpart in the original, in a sentence the original has a version of
     * (times prominence): new material rather than words changed in a speaker's mouth, so below an
     * altered, stitched or invented quotation. In a sentence that is itself new, the addition of that
     * sentence reports it already, and the quotation is folded under it.
     */
    new: 0.5,
    /** Part of a quotation left out, with the speaker's own hedge among the cut words. */
    trimmedHedge: 0.7,
    /**
     * Part of a quotation left out: the speaker's words changed, so above a sentence dropped or a
     * new quotation, below words altered inside the marks.
     */
    trimmed: 0.6,
    /** The opening of a quotation turned into the writer's words (several words). */
    openingIndirect: 0.6,
    /** The same, one word only: a pronoun swapped for the name it stands for is common and mild. */
    openingIndirectWord: 0.35,
    /** A quotation turned into indirect speech (times prominence). */
    indirect: 0.6,
    /** A quotation turned into the writer's own words (times prominence). */
    paraphrased: 0.5,
    /** A quotation gone (times prominence). */
    dropped: 0.55,
  },
  /** Hedges, boosters and verbs: in the body (times prominence), and in the headline or standfirst. */
  certainty: {
    hedgeDropped: { body: 0.55, top: 0.9 },
    hedgeAdded: { body: 0.45, top: 0.7 },
    boosterAdded: { body: 0.5, top: 0.8 },
    boosterDropped: { body: 0.35, top: 0.6 },
    /** A reporting verb changed, or a framing verb in the headline. */
    verb: { body: 0.5, top: 0.8 },
    /** A verb that denies its claim ("falsely claimed"): changes what the reader believes. */
    counterFactiveVerb: { body: 0.6, top: 0.8 },
  },
  /** How a claim is sourced or qualified, whatever the words (times prominence, except the floor). */
  sourcing: {
    /** A verification caveat lost ("could not be independently verified"): among the gravest edits. */
    caveatDropped: 0.9,
    /** ...and high wherever it sits, even at the end of the article. */
    caveatDroppedFloor: 0.72,
    /** A claim made conditional ("if …") now stated without the condition. */
    conditionalDropped: 0.6,
    /** A claim attributed to a source now stated in the writer's own voice. */
    sourceDropped: 0.6,
    /** A caveat added: the rewrite more careful than the original, worth a note. */
    caveatAdded: 0.35,
    /** A source added for what the original stated plainly: moves the claim away from the writer. */
    sourceAdded: 0.3,
  },
  attribution: {
    /** An agency no longer credited: another newsroom's work presented as the rewrite's own. */
    agencyDropped: 0.7,
    agencyAdded: 0.45,
    bylineDropped: 0.45,
    /** A credit line of the rewrite's own ("… contributed to this report"): worth a note. */
    creditLineAdded: 0.3,
    photoCreditDropped: 0.4,
    /** A credit changed rather than dropped weighs this much less. */
    creditChangedDiscount: 0.1,
    /** A named source made vague ("officials"): the reader no longer learns who (times prominence). */
    vaguer: 0.65,
    moreSpecific: 0.4,
  },
  name: {
    /** A name dropped is information the reader never gets (times prominence). */
    dropped: 0.45,
    /** A name added is often the same referent said another way ("American" for "US"). */
    added: 0.15,
    /** A name dropped from one sentence though the rewrite keeps it elsewhere. */
    droppedHere: 0.35,
  },
  number: {
    /** A figure changed: a fact is now different. */
    changed: 0.85,
    /** A figure dropped or added (times prominence). */
    droppedOrAdded: 0.45,
  },
  structure: {
    headingRenamed: 0.3,
    headingDropped: 0.3,
    headingAdded: 0.25,
    sentenceToList: 0.4,
    listToSentence: 0.35,
    /** A sentence brought into the lead: what most readers now learn first. */
    movedUp: 0.5,
    /** A sentence pushed out of the lead, often by new material above it, which its own finding reports. */
    movedDown: 0.4,
  },
  /**
   * A clause cut from a sentence the rewrite keeps, or added to it (times prominence): less than a
   * sentence of its own, and often the writer's tidying, but where claims and caveats slip.
   */
  clause: { cut: 0.35, added: 0.35 },
  /**
   * Opinion in the writer's own voice (loaded words, capitals for effect, exclamation, a question,
   * first or second person, outside quotation marks). Added, it turns report into opinion: above a
   * neutral sentence added or a booster added (times prominence), high in the headline or
   * standfirst. Removed, it makes the rewrite more neutral: worth a note, listed when strong.
   */
  tone: {
    added: 0.55,
    addedTop: 0.75,
    /** Added per loaded word or sign beyond the first, up to `strengthMost`. */
    strengthStep: 0.03,
    strengthMost: 0.12,
    removed: 0.15,
    removedStrong: 0.35,
    /** Added to a run of added sentences that carries opinion. */
    runBonus: 0.1,
  },
  /** A run of sentences dropped or added, by where its first sentence stood (times prominence). */
  run: {
    dropped: 0.45,
    added: 0.35,
  },
  /** One sentence dropped or added: base, plus up to `top` at the top and `length` for a long one. */
  unit: {
    dropped: 0.25,
    added: 0.2,
    top: 0.3,
    length: 0.2,
  },
} as const;

/** The weight of a place in the body: 1 at the top (position 0), 0.6 at the end (position 1). */
export function prominence(position: number): number {
  return 1 - SALIENCE.endDiscount * position;
}

/**
 * Salience of a finding folded into a summary (one run of dropped sentences, one finding for the
 * lead): kept in the report, one click away, but below the listed threshold so that the page shows
 * the summary instead of a flood, and in the order of the salience it would have had on its own.
 */
export function foldedSalience(salience: number): number {
  return clampSalience(Math.min(LISTED_SALIENCE - 0.01, 0.25 * salience));
}
