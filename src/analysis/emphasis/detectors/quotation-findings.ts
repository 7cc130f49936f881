/**
 * Every direct quotation of either version, classified: kept verbatim, trimmed (the rewrite
 * quotes part of it), altered (words inside the quotation marks changed), stitched to another
 * quotation, turned into indirect speech or into paraphrase, dropped, or new (no quotation of the
 * original to come from). Typography, case, British or American spelling and the punctuation at a
 * quotation's end do not count: "productive." and “productive” are the same.
 */
import type { EmphasisContext } from '../context.ts';
import type { Draft } from '../finding.ts';
import { clampSalience, listed, sideOf } from '../finding.ts';
import { sameSpelling } from '../house-style.ts';
import { foldedSalience, prominence, SALIENCE } from '../salience.ts';
import { HEDGES } from '../lexicons.ts';
import type { Word } from '../match.ts';
import { compileLexicon, matchLexicon } from '../match.ts';
import { quotationCandidates } from './quotation-candidates.ts';
import type { QuoteRef } from './quotation-refs.ts';
import { quoted, quoteMarks, quoteSide, sameWords, sideQuotes } from './quotation-refs.ts';
import { findStitches, indirectFinding, openingTurnedIndirect, stitchedFinding } from './quotation-speech.ts';

export type Verdict =
  | { readonly change: 'kept' }
  | { readonly change: 'trimmed'; readonly leftOut: readonly Word[] }
  | { readonly change: 'altered'; readonly overlap: number };

const HEDGE_LEXICON = compileLexicon(HEDGES);

/** Share of a quotation's words that must recur for a changed quotation to count as the same one altered. */
const ALTERED_OVERLAP = 0.5;
/** Share of a quotation's longer words found in the counterpart's text for it to count as paraphrased. */
const PARAPHRASE_OVERLAP = 0.3;

/** One finding for every quotation of the original, and one for each new quotation of the rewrite. */
export function quotationFindings(context: EmphasisContext): Draft[] {
  return judgeQuotations(context).map((judgement) => judgement.draft);
}

/** One quotation judged (or several stitched into one): its finding, and the quotations it is about. */
export interface Judgement {
  readonly draft: Draft;
  /** The original's quotations concerned: none for a quotation only the rewrite has. */
  readonly from: readonly QuoteRef[];
  /** The rewrite's quotation that stands for them, if one does. */
  readonly to: QuoteRef | undefined;
}

const judged = new WeakMap<EmphasisContext, readonly Judgement[]>();

/** Every quotation of both versions judged once: the quotation findings and the fates read this. */
export function judgeQuotations(context: EmphasisContext): readonly Judgement[] {
  let judgements = judged.get(context);
  if (judgements === undefined) judged.set(context, (judgements = judge(context)));
  return judgements;
}

function judge(context: EmphasisContext): Judgement[] {
  const fromQuotes = sideQuotes(context.from);
  const allToQuotes = sideQuotes(context.to);
  // Quotations stitched together first: their words are kept, the joining is the finding.
  const stitches = findStitches(fromQuotes, allToQuotes);
  const stitched = new Set<QuoteRef>(stitches.flatMap((stitch) => [stitch.to, ...stitch.pieces]));
  const toQuotes = allToQuotes.filter((quote) => !stitched.has(quote));
  // Every pair that could be the same quotation, best first (kept, then trimmed, then altered;
  // a pair in one alignment group before one across groups), then taken greedily: a quotation
  // kept word for word elsewhere must not be taken for an altered copy of a shorter one.
  // Only the pairs an index of their words finds could be the same quotation (see
  // quotation-candidates.ts): comparing every pair grew with the square of the quotations.
  const candidates: { from: QuoteRef; to: QuoteRef; verdict: Verdict; score: number }[] = [];
  const unstitched = fromQuotes.filter((quote) => !stitched.has(quote));
  const folded = (quote: QuoteRef) => quote.words.map((word) => word.folded);
  const toIndexes = quotationCandidates(unstitched.map(folded), toQuotes.map(folded));
  for (const [at, fromQuote] of unstitched.entries()) {
    const group = context.groupOf.from.get(fromQuote.info.unit.id);
    for (const toIndex of toIndexes[at]!) {
      const toQuote = toQuotes[toIndex]!;
      const verdict = classify(fromQuote.words, toQuote.words);
      if (verdict === undefined) continue;
      const score =
        (verdict.change === 'kept' ? 3 : verdict.change === 'trimmed' ? 2 : 1 + verdict.overlap) +
        (group !== undefined && context.groupOf.to.get(toQuote.info.unit.id) === group ? 0.5 : 0);
      candidates.push({ from: fromQuote, to: toQuote, verdict, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  const matchedFrom = new Map<QuoteRef, { to: QuoteRef; verdict: Verdict }>();
  const used = new Set<QuoteRef>();
  for (const { from, to, verdict } of candidates) {
    if (matchedFrom.has(from) || used.has(to)) continue;
    matchedFrom.set(from, { to, verdict });
    used.add(to);
  }
  // A quotation the original reopens at each paragraph, joined into one, keeps every piece.
  const judgements: Judgement[] = stitches.flatMap((stitch) =>
    stitch.apart
      ? [{ draft: stitchedFinding(stitch, context), from: stitch.pieces, to: stitch.to }]
      : stitch.pieces.map((piece) => ({
          draft: matched(piece, stitch.to, { change: 'kept' }, context),
          from: [piece],
          to: stitch.to,
        })),
  );
  for (const fromQuote of fromQuotes) {
    if (stitched.has(fromQuote)) continue;
    const match = matchedFrom.get(fromQuote);
    judgements.push(
      match === undefined
        ? { draft: unmatched(fromQuote, context), from: [fromQuote], to: undefined }
        : { draft: matched(fromQuote, match.to, match.verdict, context), from: [fromQuote], to: match.to },
    );
  }
  // The original's text as folded words, to tell a quotation made of the original's own words.
  let fromText: string | undefined;
  const foldedFromText = () =>
    (fromText ??= ` ${[...context.from.values()].map((info) => info.words.map((word) => word.folded).join(' ')).join(' ')} `);
  // The same words put in quotation marks twice (in the headline and again in the body) are one
  // change: the first is listed, the repeat folded under it.
  const invented = new Set<string>();
  for (const toQuote of toQuotes) {
    if (used.has(toQuote)) continue;
    const draft = newQuotation(toQuote, context, foldedFromText);
    const words = toQuote.words.map((word) => word.folded).join(' ');
    const repeat = draft.change === 'invented' && invented.has(words);
    if (draft.change === 'invented') invented.add(words);
    judgements.push({
      draft: repeat ? { ...draft, salience: foldedSalience(draft.salience) } : draft,
      from: [],
      to: toQuote,
    });
  }
  return judgements;
}

/** How quotation b of the rewrite relates to quotation a of the original, if it is the same one. */
export function classify(from: readonly Word[], to: readonly Word[]): Verdict | undefined {
  const fromFolded = from.map((word) => word.folded);
  const toFolded = to.map((word) => word.folded);
  if (sameWords(fromFolded, toFolded)) return { change: 'kept' };
  // Trimmed: the rewrite's words are the original's, in order, with some left out.
  const kept = new Set<number>();
  let position = 0;
  for (const word of toFolded) {
    while (position < fromFolded.length && !sameSpelling(fromFolded[position]!, word)) position += 1;
    if (position === fromFolded.length) break;
    kept.add(position);
    position += 1;
  }
  if (kept.size === toFolded.length && toFolded.length < fromFolded.length) {
    const leftOut = from.filter((_, index) => !kept.has(index));
    return edgeWordsOnly(from, leftOut) ? { change: 'kept' } : { change: 'trimmed', leftOut };
  }
  const inFrom = new Set(fromFolded);
  const inTo = new Set(toFolded);
  const shared = [...inTo].filter((word) => inFrom.has(word)).length;
  const overlap = shared / Math.max(inFrom.size, inTo.size);
  return overlap >= ALTERED_OVERLAP ? { change: 'altered', overlap } : undefined;
}

/**
 * Words a quotation may lose at its edge without the speaker's words changing: a pronoun, an
 * article or a conjunction that the rewrite moves outside the marks or drops to fit its sentence
 * ("he “must be mindful…”", "“…and we will”" becoming "“we will”").
 */
const EDGE_WORDS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'and', 'but', 'so', 'that']);

/** True when the words left out are one or two such words at the opening or the close. */
function edgeWordsOnly(from: readonly Word[], leftOut: readonly Word[]): boolean {
  if (leftOut.length === 0 || leftOut.length > 2 || !leftOut.every((word) => EDGE_WORDS.has(word.folded))) return false;
  const indexes = leftOut.map((word) => from.indexOf(word));
  const atOpening = indexes.every((index, position) => index === position);
  const atClose = indexes.every((index, position) => index === from.length - leftOut.length + position);
  return atOpening || atClose;
}

function matched(from: QuoteRef, to: QuoteRef, verdict: Verdict, context: EmphasisContext): Draft {
  const base = {
    from: quoteSide(from),
    to: quoteSide(to),
    marks: [...quoteMarks(from), ...quoteMarks(to)],
    group: context.groupOf.from.get(from.info.unit.id)?.id,
  };
  if (verdict.change === 'kept') {
    return {
      ...base,
      kind: 'quotation',
      change: 'kept',
      salience: SALIENCE.quotation.kept,
      explanation: `The quotation “${quoted(from)}” is kept word for word.`,
    };
  }
  if (verdict.change === 'trimmed') {
    const opening = openingTurnedIndirect(from, to, verdict.leftOut);
    if (opening !== undefined && spans(from.text, verdict.leftOut).length === 1) {
      return {
        ...base,
        kind: 'quotation',
        change: 'indirect',
        salience:
          verdict.leftOut.length > 1 ? SALIENCE.quotation.openingIndirect : SALIENCE.quotation.openingIndirectWord,
        explanation: `The rewrite turns the opening of the quotation “${quoted(from)}” into its own words: the speaker’s “${opening.said}” becomes “${opening.now}”, outside the quotation marks.`,
      };
    }
    const leftOut = spans(from.text, verdict.leftOut);
    const hedges = matchLexicon(verdict.leftOut, from.text, HEDGE_LEXICON, [], false).map((match) => match.text);
    const hedgeNote = hedges.length > 0 ? `, and with it the speaker’s own hedge ${listed(hedges)}` : '';
    return {
      ...base,
      kind: 'quotation',
      change: 'trimmed',
      salience: clampSalience(hedges.length > 0 ? SALIENCE.quotation.trimmedHedge : SALIENCE.quotation.trimmed),
      explanation: `The rewrite quotes only part of “${quoted(from)}”: it leaves out ${listed(leftOut)}${hedgeNote}.`,
    };
  }
  return {
    ...base,
    kind: 'quotation',
    change: 'altered',
    salience: SALIENCE.quotation.altered,
    explanation: `The words inside the quotation marks changed: the original quotes “${quoted(from)}”, the rewrite “${quoted(to)}”.`,
  };
}

/** An original quotation with no counterpart: paraphrased when its words live on around the group, else dropped. */
function unmatched(from: QuoteRef, context: EmphasisContext): Draft {
  const group = context.groupOf.from.get(from.info.unit.id);
  const counterpart = (group?.to ?? []).map((id) => context.to.get(id)!);
  const content = from.words.filter((word) => [...word.folded].length >= 4).map((word) => word.folded);
  const around = new Set(counterpart.flatMap((info) => info.words.map((word) => word.folded)));
  const share = content.length === 0 ? 0 : content.filter((word) => around.has(word)).length / content.length;
  const place = prominence(from.info.position);
  const indirect = indirectFinding(from, counterpart, group?.id);
  if (indirect !== undefined) return indirect;
  if (counterpart.length > 0 && share >= PARAPHRASE_OVERLAP) {
    return {
      kind: 'quotation',
      change: 'paraphrased',
      salience: clampSalience(SALIENCE.quotation.paraphrased * place),
      from: quoteSide(from),
      to: sideOf(counterpart),
      marks: quoteMarks(from),
      group: group?.id,
      explanation: `The rewrite turns the quotation “${quoted(from)}” into its own words: the reader no longer sees what was actually said.`,
    };
  }
  return {
    kind: 'quotation',
    change: 'dropped',
    salience: clampSalience(SALIENCE.quotation.dropped * place),
    from: quoteSide(from),
    to: sideOf(counterpart),
    marks: quoteMarks(from),
    group: group?.id,
    explanation: `The quotation “${quoted(from)}” is gone from the rewrite.`,
  };
}

/** A rewrite quotation with no counterpart in the original. */
function newQuotation(to: QuoteRef, context: EmphasisContext, foldedFromText: () => string): Draft {
  const group = context.groupOf.to.get(to.info.unit.id);
  const counterpart = (group?.from ?? []).map((id) => context.from.get(id)!);
  const folded = to.words.map((word) => word.folded).join(' ');
  const unquotedInFrom = foldedFromText().includes(` ${folded} `);
  return {
    kind: 'quotation',
    // Words the original has as its own, now in quotation marks: a quotation made up.
    change: unquotedInFrom ? 'invented' : 'new',
    salience: unquotedInFrom ? SALIENCE.quotation.invented : newSalience(to, counterpart.length > 0),
    from: sideOf(counterpart),
    to: quoteSide(to),
    marks: quoteMarks(to),
    group: group?.id,
    explanation: unquotedInFrom
      ? `The rewrite puts “${quoted(to)}” in quotation marks, though the original does not quote these words.`
      : `The rewrite quotes “${quoted(to)}”, a quotation the original does not have.`,
  };
}

/**
 * A new quotation weighs by where it stands; in a sentence with no counterpart in the original it is
 * folded, since the finding for the added sentence already tells the reader the words are new.
 */
function newSalience(to: QuoteRef, aligned: boolean): number {
  const alone = clampSalience(SALIENCE.quotation.new * prominence(to.info.position));
  return aligned ? alone : foldedSalience(alone);
}

/** Runs of consecutive left-out words, as written. */
function spans(text: string, words: readonly Word[]): string[] {
  const runs: string[] = [];
  let start = -1;
  let end = -1;
  for (const word of words) {
    if (start >= 0 && /^[\s\p{P}]*$/u.test(text.slice(end, word.start))) {
      end = word.end;
      continue;
    }
    if (start >= 0) runs.push(text.slice(start, end));
    start = word.start;
    end = word.end;
  }
  if (start >= 0) runs.push(text.slice(start, end));
  return runs;
}
