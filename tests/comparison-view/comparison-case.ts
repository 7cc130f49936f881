/**
 * The small comparison the view tests share: two short texts, compared by the analysis library,
 * with a dropped hedge, a changed figure, a new reporting verb, an added sentence that holds a
 * right-to-left override, and article text full of `<` and `&`.
 */
import { compareUnits, lineUnits } from '../../src/analysis/index.ts';
import type { Report } from '../../src/analysis/index.ts';

/** The original's lines. */
export const FROM = [
  'Officials said the talks may possibly succeed next week.',
  'The minister said prices rose 5% & <b>fast</b>.',
  'Snow fell on the Geneva lake shore all through the long night.',
];

/** The rewrite's lines. */
export const TO = [
  'Officials claimed the talks will certainly succeed next week.',
  'The minister said prices rose 7% & <b>fast</b>.',
  'Reuters reported from Kyiv that \u202eall sides\u202c agreed on nothing.',
];

/** The report of FROM against TO. */
export function caseReport(): Report {
  return compareUnits(lineUnits(FROM), lineUnits(TO));
}
