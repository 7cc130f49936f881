/**
 * Salience weights the detectors share: how much where a change sits in the article counts. A
 * reader of the top of an article sees what most readers see; a change near the end is read by few.
 */
import { clampSalience, LISTED_SALIENCE } from './finding.ts';

/** What a change at the very end of the body loses against one at the top (headline, lede). */
const END_DISCOUNT = 0.4;

/** The weight of a place in the body: 1 at the top (position 0), 0.6 at the end (position 1). */
export function prominence(position: number): number {
  return 1 - END_DISCOUNT * position;
}

/**
 * Salience of a finding folded into a summary (one run of dropped sentences, one finding for the
 * lead): kept in the report, one click away, but below the listed threshold so that the page shows
 * the summary instead of a flood, and in the order of the salience it would have had on its own.
 */
export function foldedSalience(salience: number): number {
  return clampSalience(Math.min(LISTED_SALIENCE - 0.01, 0.25 * salience));
}
