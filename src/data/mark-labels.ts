/** What each kind of mark is called on the page: in the filter, the legend and for screen readers. */
import type { MarkCategory } from '../analysis/index.ts';

export const MARK_LABELS: Readonly<Record<MarkCategory, { readonly singular: string; readonly plural: string }>> = {
  hedge: { singular: 'hedge', plural: 'Hedges' },
  booster: { singular: 'booster', plural: 'Boosters' },
  verb: { singular: 'reporting verb', plural: 'Reporting verbs' },
  quotation: { singular: 'quotation', plural: 'Quotations' },
  source: { singular: 'source', plural: 'Sources' },
  name: { singular: 'name', plural: 'Names' },
  number: { singular: 'figure', plural: 'Figures' },
  tone: { singular: 'opinion', plural: 'Opinion' },
};

/** The categories in the order the filter lists them. */
export const MARK_CATEGORIES = Object.keys(MARK_LABELS) as MarkCategory[];
