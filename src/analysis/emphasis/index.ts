/**
 * Emphasis analysis: what the rewrite changed in meaning, not just in words. Each detector reads
 * the same context (both versions and their alignment) and drafts findings; the findings are then
 * ranked by salience (ties in reading order) and numbered.
 */
import { emphasisContext, type EmphasisInput } from './context.ts';
import type { Draft, Finding } from './finding.ts';
import { levelOf } from './finding.ts';
import { lexicalFindings } from './lexical-findings.ts';
import { quotationFindings } from './quotation-findings.ts';
import { sourceFindings } from './source-findings.ts';
import { structureFindings } from './structure-findings.ts';

export type { EmphasisGroup, EmphasisInput, EmphasisSide } from './context.ts';
export type { Finding, FindingKind, FindingSide, Level, Mark, MarkCategory } from './finding.ts';
export { isKeptQuotation, isListed, LISTED_SALIENCE } from './finding.ts';

/** The findings of a comparison, most salient first. */
export function findEmphasis(input: EmphasisInput): Finding[] {
  const context = emphasisContext(input);
  const drafts: Draft[] = [...lexicalFindings(context), ...quotationFindings(context), ...sourceFindings(context), ...structureFindings(context)];
  // Reading order breaks ties: the first unit of the original (or of the rewrite) the finding touches.
  const orderA = new Map(input.a.units.map((unit) => [unit.id, unit.order]));
  const orderB = new Map(input.b.units.map((unit) => [unit.id, unit.order]));
  const position = (draft: Draft): number =>
    Math.min(...draft.a.units.map((id) => orderA.get(id) ?? Infinity), ...draft.b.units.map((id) => (orderB.get(id) ?? Infinity) + 0.5), Infinity);
  const ranked = drafts
    .map((draft, index) => ({ draft, index, position: position(draft) }))
    .sort((x, y) => y.draft.salience - x.draft.salience || x.position - y.position || x.index - y.index);
  return ranked.map(({ draft }, index) => ({ id: `f${index}`, level: levelOf(draft.salience), ...draft }));
}
