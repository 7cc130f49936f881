/**
 * The tone in one sentence: opinion the rewrite adds in the writer's own voice (outside
 * quotations), or opinion of the original's own voice it removes, read from the tone findings. With
 * no tone finding the summary says nothing about tone: the absence of a finding is not, on its
 * own, evidence that the rewrite is neutral.
 */
import type { Report, ReportFinding, ReportSummary } from '../report/report-schema.ts';
import { someOf } from './words.ts';

/** How many words a tone sentence quotes at most. */
const QUOTED = 4;

/** The tone findings counted, and the sentence that says what they found (none without them). */
export function toneSummary(report: Pick<Report, 'findings' | 'from' | 'to'>): {
  readonly tone: ReportSummary['tone'];
  readonly sentence: string | undefined;
} {
  const added = report.findings.filter((finding) => finding.kind === 'tone' && finding.change === 'opinion added');
  const removed = report.findings.filter((finding) => finding.kind === 'tone' && finding.change === 'opinion removed');
  const tone = { added: added.length, removed: removed.length };
  const parts: string[] = [];
  if (added.length > 0)
    parts.push(`adds opinion in its own voice ${where(added, 'to')}${instances(report, added, 'to')}`);
  if (removed.length > 0)
    parts.push(
      `removes opinion the original gave in its own voice ${where(removed, 'from')}${instances(report, removed, 'from')}`,
    );
  if (parts.length === 0) return { tone, sentence: undefined };
  return { tone, sentence: `The rewrite ${parts.join('; it also ')}.` };
}

/** "in one sentence", "in 3 sentences": the units concerned on one side (a finding without units counts once). */
function where(findings: readonly ReportFinding[], side: 'from' | 'to'): string {
  const units = new Set(findings.flatMap((finding) => finding[side].units));
  const count = Math.max(units.size, findings.some((finding) => finding[side].units.length === 0) ? 1 : 0);
  return count === 1 ? 'in one sentence' : `in ${count} sentences`;
}

/** The marked words of the findings on one side, quoted: “, such as “coward” and “so-called”” (none without marks). */
function instances(
  report: Pick<Report, 'from' | 'to'>,
  findings: readonly ReportFinding[],
  side: 'from' | 'to',
): string {
  const texts = new Map(report[side].units.map((unit) => [unit.id, unit.text]));
  const words = findings.flatMap((finding) =>
    finding.marks
      .filter((mark) => mark.side === side)
      .map((mark) => texts.get(mark.unit)?.slice(mark.start, mark.end).trim() ?? '')
      .filter((word) => word !== ''),
  );
  const distinct = [...new Set(words)].map((word) => `“${word}”`);
  return distinct.length === 0 ? '' : `, such as ${someOf(distinct.slice(0, QUOTED))}`;
}
