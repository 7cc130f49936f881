/**
 * The fate of each quotation, read from the quotation findings' own judgement (made once per
 * comparison): kept, trimmed, altered, stitched, indirect, paraphrased or dropped for each of the
 * original's quotations, added or invented for the rewrite's own. A quotation stitched to others
 * is recorded once for each quotation of the original that went into it.
 */
import type { EmphasisContext } from './context.ts';
import type { QuoteRef } from './detectors/quotation-refs.ts';
import { quoteMarks, quoteSide } from './detectors/quotation-refs.ts';
import { judgeQuotations } from './detectors/quotation-findings.ts';
import type { FateSide, QuotationFate } from './fates.ts';
import { ABSENT } from './fates.ts';

/** The fates of both versions' quotations: the original's in reading order, then the rewrite's own. */
export function quotationFates(context: EmphasisContext): QuotationFate[] {
  const fates: QuotationFate[] = [];
  for (const { draft, from, to } of judgeQuotations(context)) {
    if (draft.kind !== 'quotation') continue;
    const fate = draft.change === 'new' ? 'added' : draft.change;
    // Turned into the writer's words, the quotation stands in the units that report it, no longer
    // in quotation marks of its own.
    const toSide: FateSide =
      to !== undefined ? place(to) : fate === 'dropped' ? ABSENT : { units: [...draft.to.units], spans: [] };
    if (from.length === 0 && to !== undefined) fates.push({ text: words(to), fate, from: ABSENT, to: toSide });
    for (const quote of from) fates.push({ text: words(quote), fate, from: place(quote), to: toSide });
  }
  const order = new Map([...context.from.keys()].map((id, index) => [id, index]));
  const first = (fate: QuotationFate) => fate.from.spans[0];
  // Stitched quotations come first out of the judgement; the record follows the original.
  return fates
    .map((fate, index) => ({ fate, index }))
    .sort((x, y) => {
      const [a, b] = [first(x.fate), first(y.fate)];
      if (a === undefined || b === undefined)
        return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0) || x.index - y.index;
      return order.get(a.unit)! - order.get(b.unit)! || a.start - b.start;
    })
    .map(({ fate }) => fate);
}

/** The quoted words, without the punctuation that closes them. */
const words = (quote: QuoteRef): string => quote.text.trim().replace(/[,.;:]+$/u, '');

/** Where a quotation stands: its units, and its stretch in each. */
function place(quote: QuoteRef): FateSide {
  return {
    units: quoteSide(quote).units,
    spans: quoteMarks(quote).map((mark) => ({ unit: mark.unit, start: mark.start, end: mark.end })),
  };
}
