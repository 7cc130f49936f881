/**
 * A comparison report as text for a terminal: the story-level summary, the statistics, what changed (the findings worth a
 * reader's attention, most salient first), then every group in the order of the original, with removed words in [-brackets-] and added words in {+braces+} (and in red and
 * green when colour is on). Pure: the caller decides on colour (TTY, NO_COLOR). Every string of the report may carry
 * an article's characters, so each has its control characters made visible before any is printed: the only escape
 * sequences in the output are our own colours.
 */
import type { Report, ReportGroup, Segment } from '../analysis/index.ts';
import { isKeptQuotation, isListed, LISTED_SALIENCE } from '../analysis/index.ts';
import { withVisibleControls } from './visible-controls.ts';

/** How to render. */
export interface RenderOptions {
  readonly color: boolean;
}

const ANSI = {
  red: '\u001b[31m',
  green: '\u001b[32m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  reset: '\u001b[0m',
} as const;

/** The "What changed" section: findings worth attention, most salient first, with their level. */
function whatChanged(report: Report, paint: (code: keyof typeof ANSI, text: string) => string): string[] {
  const shown = report.findings.filter(isListed);
  const kept = report.findings.filter(isKeptQuotation).length;
  const minor = report.findings.length - shown.length - kept;
  const lines = [paint('bold', 'What changed')];
  if (shown.length === 0) lines.push('  nothing that changes the emphasis');
  for (const finding of shown) {
    const level = finding.level.padEnd(6);
    lines.push(
      `  ${finding.level === 'high' ? paint('bold', level) : level} ${finding.explanation} ${paint('dim', `(${finding.kind}, ${finding.id})`)}`,
    );
  }
  const rest = [
    minor > 0 ? `${minor} ${minor === 1 ? 'finding' : 'findings'} below salience ${LISTED_SALIENCE}` : '',
    kept > 0 ? `${kept} ${kept === 1 ? 'quotation' : 'quotations'} kept word for word` : '',
  ].filter(Boolean);
  if (rest.length > 0) lines.push(paint('dim', `  also in --json: ${rest.join('; ')}`));
  lines.push('');
  return lines;
}

/** Renders a report as text. */
export function renderReport(untrusted: Report, options: RenderOptions): string {
  // Done once for the whole report rather than field by field, so that no field can be missed.
  const report = withVisibleControls(untrusted);
  const paint = (code: keyof typeof ANSI, text: string): string =>
    options.color ? `${ANSI[code]}${text}${ANSI.reset}` : text;
  const textOf = (side: 'from' | 'to', id: string): string =>
    report[side].units.find((unit) => unit.id === id)?.text ?? '';
  const segments = (list: readonly Segment[]): string =>
    list
      .map((segment) =>
        segment.op === 'same'
          ? segment.text
          : segment.op === 'removed'
            ? paint('red', `[-${segment.text}-]`)
            : paint('green', `{+${segment.text}+}`),
      )
      .join('');

  const { stats } = report;
  const share = (part: number, whole: number): string => (whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`);
  const lines = [
    paint('bold', 'In short'),
    ...report.summary.sentences.map((sentence) => `  ${sentence}`),
    '',
    paint('bold', 'Summary'),
    `  original: ${stats.from.words} words in ${stats.from.units} units; kept verbatim ${share(stats.from.same, stats.from.words)}, reworded ${share(stats.from.changed, stats.from.words)}, dropped ${share(stats.from.unaligned, stats.from.words)}`,
    `  rewrite:  ${stats.to.words} words in ${stats.to.units} units; kept verbatim ${share(stats.to.same, stats.to.words)}, reworded ${share(stats.to.changed, stats.to.words)}, new ${share(stats.to.unaligned, stats.to.words)}`,
    `  groups:   ${Object.entries(stats.operations)
      .map(([op, count]) => `${count} ${op}`)
      .join(', ')}`,
    `  similarity: ${stats.similarity.toFixed(2)}`,
    '',
    ...whatChanged(report, paint),
  ];

  const describe = (group: ReportGroup): string =>
    `${group.op}${group.op === 'moved' && group.changed ? ', edited' : ''} (${group.from.join('+')} -> ${group.to.join('+')}, similarity ${group.similarity.toFixed(2)})`;
  const dropped = new Set(report.dropped);
  const groupByFirstFromUnit = new Map(report.groups.map((group) => [group.from[0], group]));
  for (const unit of report.from.units) {
    const group = groupByFirstFromUnit.get(unit.id);
    if (group !== undefined) {
      lines.push(paint('dim', `${group.id} ${describe(group)}`));
      lines.push(`  - ${group.diff.from.map((diff) => segments(diff.segments)).join(' ')}`);
      lines.push(`  + ${group.diff.to.map((diff) => segments(diff.segments)).join(' ')}`);
    } else if (dropped.has(unit.id)) {
      lines.push(paint('dim', `dropped (${unit.id})`), `  - ${paint('red', `[-${unit.text}-]`)}`);
    }
  }
  for (const id of report.added) {
    lines.push(paint('dim', `added (${id})`), `  + ${paint('green', `{+${textOf('to', id)}+}`)}`);
  }
  return `${lines.join('\n')}\n`;
}
