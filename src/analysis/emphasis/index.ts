/**
 * Emphasis analysis: what the rewrite changed in meaning, not just in words. Each detector reads
 * the same context (both versions and their alignment) and drafts findings; the findings are then
 * ranked by salience (ties in reading order) and numbered.
 */
import type { EmphasisContext, EmphasisInput } from './context.ts';
import { emphasisContext } from './context.ts';
import type { Fates } from './fates.ts';
import type { Draft, Finding } from './finding.ts';
import { levelOf } from './finding.ts';
import { foldRepeats } from './repeats.ts';
import { figureFates } from './figure-fates.ts';
import { nameFates } from './name-fates.ts';
import { quotationFates } from './quotation-fates.ts';
import { agencyFindings, creditFindings } from './detectors/credit-findings.ts';
import { certaintyFindings } from './detectors/certainty-findings.ts';
import { creditLineFindings } from './detectors/credit-line-findings.ts';
import { clauseFindings } from './detectors/clause-findings.ts';
import { droppedCaveatFindings } from './detectors/dropped-caveat-findings.ts';
import { lexicalFindings } from './detectors/lexical-findings.ts';
import { headlineFindings } from './detectors/headline-findings.ts';
import { ledeFindings } from './detectors/lede-findings.ts';
import { groupNameFindings, nameFindings } from './detectors/name-findings.ts';
import { numberFindings } from './detectors/number-findings.ts';
import { quotationFindings } from './detectors/quotation-findings.ts';
import { structureFindings } from './detectors/structure-findings.ts';
import { foldToneIntoAdditions, toneFindings } from './detectors/tone-findings.ts';
import { foldIntoRuns } from './detectors/unaligned-findings.ts';
import { vaguerFindings } from './detectors/vaguer-findings.ts';

export type { EmphasisGroup, EmphasisInput, EmphasisSide } from './context.ts';
export type { Change, ChangeOf, Finding, FindingKind, FindingSide, Level, Mark, MarkCategory } from './finding.ts';
export { CHANGES, isKeptQuotation, isListed, LISTED_SALIENCE } from './finding.ts';
export type { Fates, FigureFate, NameFate, QuotationFate } from './fates.ts';

/**
 * The detectors, by family: hedges, boosters and reporting verbs; the headline's and the lede's angle; quotations;
 * who is credited; attributions turned vaguer; caveats, conditionals and sources dropped; names; figures; what was left out or added and the
 * structure. Their order is the order of findings of equal salience at one place.
 */
const DETECTORS: readonly ((context: EmphasisContext) => Draft[])[] = [
  lexicalFindings,
  headlineFindings,
  ledeFindings,
  quotationFindings,
  agencyFindings,
  creditFindings,
  creditLineFindings,
  vaguerFindings,
  certaintyFindings,
  droppedCaveatFindings,
  nameFindings,
  groupNameFindings,
  numberFindings,
  clauseFindings,
  structureFindings,
  toneFindings,
];

/**
 * The findings of a comparison, most salient first, and the fates of its quotations, names and
 * figures (judged once: the quotation and number findings read the same judgements).
 */
export function findEmphasis(input: EmphasisInput): { findings: Finding[]; fates: Fates } {
  const context = emphasisContext(input);
  const drafts: Draft[] = foldRepeats(
    foldToneIntoAdditions(
      context,
      foldIntoRuns(
        context,
        DETECTORS.flatMap((detect) => detect(context)),
      ),
    ),
  );
  // Reading order breaks ties: the first unit of the original (or of the rewrite) the finding touches.
  const fromOrder = new Map(input.from.units.map((unit) => [unit.id, unit.order]));
  const toOrder = new Map(input.to.units.map((unit) => [unit.id, unit.order]));
  const position = (draft: Draft): number =>
    Math.min(
      ...draft.from.units.map((id) => fromOrder.get(id) ?? Infinity),
      ...draft.to.units.map((id) => (toOrder.get(id) ?? Infinity) + 0.5),
      Infinity,
    );
  const ranked = drafts
    .map((draft, index) => ({ draft, index, position: position(draft) }))
    .sort((x, y) => y.draft.salience - x.draft.salience || x.position - y.position || x.index - y.index);
  const findings = ranked.map(({ draft }, index) => ({ id: `f${index}`, level: levelOf(draft.salience), ...draft }));
  return {
    findings,
    fates: { quotations: quotationFates(context), names: nameFates(context), figures: figureFates(context) },
  };
}
