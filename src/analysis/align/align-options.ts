/**
 * The aligner's tuning: thresholds and penalties, one configuration for every kind of text,
 * measured on the evaluation sets.
 */

/** Tuning of the aligner. */
export interface AlignOptions {
  /** Least similarity for units in order to be aligned. */
  readonly threshold: number;
  /** Least similarity for units out of order to be paired as a move. Chosen by `npm run calibrate:alignment`. */
  readonly moveThreshold: number;
  /** Score taken off a pair that extends a split or merge (shares a unit with the pair before it). */
  readonly groupPenalty: number;
  /**
   * Least containment (share of the shorter unit found in the longer) for a member of a split or
   * merge; containment runs higher than similarity, so its bar is higher. Chosen by
   * `npm run calibrate:alignment`.
   */
  readonly memberThreshold: number;
  /**
   * How much the threshold rises with the share of units kept verbatim. In a light revision (most
   * sentences unchanged) a changed sentence must resemble its source closely to count as an edit
   * of it rather than new writing; in a paraphrase nothing is verbatim and looser pairs are real.
   */
  readonly verbatimRise: number;
  /**
   * The share of the threshold that a pair filling a one-unit gap between pairs in order must reach
   * (./gaps.ts): its place is evidence of its own. Chosen by `npm run calibrate:alignment`.
   */
  readonly gapShare: number;
}

/** The configuration measured on the evaluation sets (see README, "Measured"). */
export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  threshold: 0.15,
  moveThreshold: 0.45,
  groupPenalty: 0.1,
  memberThreshold: 0.65,
  verbatimRise: 0.4,
  gapShare: 0.7,
};
