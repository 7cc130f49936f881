/**
 * How deeply a page's elements may nest, and the error for a page past it.
 *
 * Readability's work grows with about the cube of the nesting depth (1,400 nested elements took
 * 53 s), the page reader slows down with the square of the elements left open, and the code that
 * walks the tree recurses, so 2,000 nested <div>s overflowed the stack. Real pages stay far below
 * the limit: browsers' developer tools warn past 32 levels, and the saved pages in the tests nest
 * 11 deep at most. A page past it is refused by name rather than read for minutes.
 */
import { IngestError } from './errors.ts';

/** The deepest element nesting an HTML article may have: <html> is level 1. */
export const MAX_HTML_DEPTH = 200;

/** The refusal of a page nested past MAX_HTML_DEPTH, at `line` when the reader knows it. */
export function tooDeep(file: string, line?: number): IngestError {
  return new IngestError({
    file,
    line,
    problem: `the page's elements nest more than ${MAX_HTML_DEPTH} deep here (an element inside an element, ${MAX_HTML_DEPTH} times over); real pages nest a few dozen deep at most, and deeper ones take minutes to read.`,
    fix: "save the article's page again from the browser, or copy its text into a .txt or .md file.",
  });
}
