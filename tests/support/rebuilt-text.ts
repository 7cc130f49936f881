/**
 * A side's text rebuilt from a report alone, for the property tests that check a report loses no
 * character: aligned units from their diff segments, every other unit from its own text.
 */
import type { Report } from '../../src/analysis/index.ts';

/** A side of the comparison, as the report names it. */
type Side = Report['findings'][number]['marks'][number]['side'];

/** The text of one side, rebuilt from the report: diff segments for aligned units, unit text for the rest. */
export function rebuiltText(report: Report, side: Side): string {
  const fromDiff = new Map(
    report.groups
      .flatMap((group) => group.diff[side])
      .map((unit) => [unit.unit, unit.segments.map((s) => s.text).join('')]),
  );
  return report[side].units.map((unit) => (fromDiff.get(unit.id) ?? unit.text) + unit.after).join('');
}
