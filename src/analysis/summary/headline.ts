/**
 * The headline in one sentence: kept, set differently (case, quotation marks), reworded, added or
 * dropped, quoting both sides whole, since most readers see only the headline. A first line that
 * does not read as a headline (a paragraph, a byline) arrives as body text (units/headline-place.ts).
 */
import type { EmphasisContext, UnitInfo } from '../emphasis/context.ts';
import type { ReportSummary } from '../report/report-schema.ts';

/** What happened to the headline, and the sentence that says so (none when neither version has one). */
export function headlineSummary(context: EmphasisContext): {
  readonly headline: ReportSummary['headline'];
  readonly sentence: string | undefined;
} {
  const from = headlineOf(context, 'from');
  const to = headlineOf(context, 'to');
  if (from === undefined && to === undefined) return { headline: 'none', sentence: undefined };
  if (from === undefined) {
    return {
      headline: 'added',
      sentence: `The rewrite adds a headline, “${text(to!)}”, where the original has none.`,
    };
  }
  if (to === undefined) {
    return { headline: 'dropped', sentence: `The rewrite has no headline; the original’s read “${text(from)}”.` };
  }
  if (text(from) === text(to)) {
    return { headline: 'kept', sentence: `The headline is kept word for word: “${text(from)}”.` };
  }
  const words = (info: UnitInfo) => info.words.map((word) => word.folded).join(' ');
  if (words(from) === words(to)) {
    return {
      headline: 'restyled',
      sentence: `The headline keeps its words, set differently: “${text(from)}” became “${text(to)}”.`,
    };
  }
  return { headline: 'reworded', sentence: `The headline is reworded: “${text(from)}” became “${text(to)}”.` };
}

function headlineOf(context: EmphasisContext, side: 'from' | 'to'): UnitInfo | undefined {
  return [...context[side].values()].find((unit) => unit.unit.kind === 'headline');
}

const text = (info: UnitInfo): string => info.unit.text.trim();
