/**
 * Units and findings as the report stores them: plain copies, so that a report shares nothing
 * with its inputs and serialises the same whichever way it was built.
 */
import type { Fates, Finding } from '../emphasis/index.ts';
import type { Unit } from '../units/units.ts';
import type { ReportFates, ReportFinding } from './report-schema.ts';

/** A unit as the report stores it (a copy, so the report shares nothing with its inputs). */
export function plainUnit(unit: Unit): Unit {
  return { id: unit.id, kind: unit.kind, text: unit.text, after: unit.after, block: unit.block, order: unit.order };
}

/** A finding as the report stores it: optional fields present only when set. */
export function plainFinding(finding: Finding): ReportFinding {
  const { group, ...rest } = finding;
  return {
    ...rest,
    from: { units: [...rest.from.units], excerpt: rest.from.excerpt },
    to: { units: [...rest.to.units], excerpt: rest.to.excerpt },
    marks: rest.marks.map((mark) => ({ ...mark })),
    ...(group === undefined ? {} : { group }),
  };
}

/** Fates as the report stores them: plain copies, sides and spans included. */
export function plainFates(fates: Fates): ReportFates {
  const side = (value: Fates['names'][number]['from']) => ({
    units: [...value.units],
    spans: value.spans.map((span) => ({ unit: span.unit, start: span.start, end: span.end })),
  });
  return {
    quotations: fates.quotations.map((entry) => ({ ...entry, from: side(entry.from), to: side(entry.to) })),
    names: fates.names.map((entry) => ({ ...entry, from: side(entry.from), to: side(entry.to) })),
    figures: fates.figures.map((entry) => ({ ...entry, from: side(entry.from), to: side(entry.to) })),
  };
}
