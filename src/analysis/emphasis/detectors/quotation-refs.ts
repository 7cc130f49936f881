/**
 * The quotations of one version as the quotation findings compare them: each with its words and
 * the places it covers. A quotation may run over several units: a paragraph left open at its end
 * and closed in a later one ("“Now… doing what they’re doing. ¶ I watched… a good man.”") is one
 * quotation, as a reader reads it.
 */
import type { UnitInfo } from '../context.ts';
import type { FindingSide, Mark } from '../finding.ts';
import { excerpt } from '../finding.ts';
import type { Word } from '../match.ts';
import { textWords } from '../match.ts';
import type { Quotation } from '../quotations.ts';
import { continuedQuotationEnd } from '../quotations.ts';
import { sameSpelling } from '../house-style.ts';

/** A stretch of one unit inside a quotation. */
export interface QuotePart {
  readonly info: UnitInfo;
  readonly start: number;
  readonly end: number;
}

/** A quotation of one version: where it opens, its text and words, and every stretch it covers. */
export interface QuoteRef {
  readonly info: UnitInfo;
  readonly quotation: Quotation;
  readonly text: string;
  readonly words: readonly Word[];
  readonly parts: readonly QuotePart[];
}

/** Units a quotation left open may run on through before it must have closed. */
const MAX_CONTINUED_UNITS = 6;

/** The quotations of a side's units, in reading order, each joined with its continuation. */
export function sideQuotes(side: ReadonlyMap<string, UnitInfo>): QuoteRef[] {
  const infos = [...side.values()];
  const refs: QuoteRef[] = [];
  infos.forEach((info, index) => {
    info.quotations.forEach((quotation, quotationIndex) => {
      const parts: QuotePart[] = [{ info, start: quotation.start, end: quotation.end }];
      const last = quotationIndex === info.quotations.length - 1;
      const single = /['‘’]/u.test(info.unit.text[quotation.start - 1] ?? '');
      if (last && !quotation.closed) parts.push(...continuation(infos, index, single));
      const text = parts.map((part) => part.info.unit.text.slice(part.start, part.end)).join(' ');
      const words = textWords(text);
      if (words.length > 0) refs.push({ info, quotation, text, words, parts });
    });
  });
  return refs;
}

/** The units after a quotation left open that it runs on through, when it closes in one of them. */
function continuation(infos: readonly UnitInfo[], index: number, single: boolean): QuotePart[] {
  const parts: QuotePart[] = [];
  for (let next = index + 1; next < infos.length && parts.length < MAX_CONTINUED_UNITS; next += 1) {
    const info = infos[next]!;
    if (info.unit.kind !== infos[index]!.unit.kind) return [];
    const end = continuedQuotationEnd(info.unit.text, single);
    if (end === undefined) return [];
    // A closing mark that opens the next unit closes the quotation with no words of that unit.
    if (end === 0) return parts;
    parts.push({ info, start: 0, end: end === -1 ? info.unit.text.length : end });
    if (end !== -1) return parts;
  }
  return [];
}

/** The words of two quotations are the same words: equal, or one word in another spelling. */
export function sameWords(from: readonly string[], to: readonly string[]): boolean {
  return from.length === to.length && from.every((word, index) => sameSpelling(word, to[index]!));
}

/** A quotation as a reader would quote it back: trimmed of its closing punctuation. */
export const quoted = (quote: QuoteRef): string => excerpt(quote.text.trim().replace(/[,.;:]+$/u, ''), 100);

/** A side of a quotation finding: the quotation itself, or else the units it would have been in. */
export function quoteSide(quote: QuoteRef): FindingSide {
  return { units: [...new Set(quote.parts.map((part) => part.info.unit.id))], excerpt: quoted(quote) };
}

/** The marks of a quotation: one on each stretch it covers. */
export function quoteMarks(quote: QuoteRef): Mark[] {
  return quote.parts.map((part) => ({
    side: part.info.side,
    unit: part.info.unit.id,
    start: part.start,
    end: part.end,
    category: 'quotation' as const,
  }));
}
