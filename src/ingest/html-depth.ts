/**
 * How deeply a page's elements nest, measured before the page is read into a document.
 *
 * Readability's work grows with about the cube of the nesting depth (1,400 nested elements took
 * 53 s), the page reader (linkedom) slows down with the square of the elements left open, and the
 * code that walks the tree recurses, so 2,000 nested <div>s overflowed the stack. Real pages stay
 * far below the limit: browsers' developer tools warn past 32 levels, and the saved pages in the
 * tests nest 11 deep at most. A page past it is refused by name rather than read for minutes.
 *
 * The depth is counted by the tokenizer linkedom itself parses with (htmlparser2, same options),
 * so void elements and implied end tags (a <p> closed by the next <p>) count as the document will
 * nest them; it stops at the first element past the limit, so the scan never costs more than
 * reading the page once.
 */
import { Parser } from 'htmlparser2';
import { IngestError } from './errors.ts';

/** The deepest element nesting an HTML article may have: <html> is level 1. */
export const MAX_HTML_DEPTH = 200;

/** Thrown inside the tokenizer's callback to stop it at the first element too deep. */
class TooDeep extends Error {
  readonly line: number;

  constructor(line: number) {
    super('too deep');
    this.line = line;
  }
}

/** Refuses, naming the file and the line, a page whose elements nest deeper than MAX_HTML_DEPTH. */
export function checkHtmlDepth(html: string, file: string): void {
  let depth = 0;
  const parser: Parser = new Parser(
    {
      onopentag() {
        depth += 1;
        if (depth > MAX_HTML_DEPTH) throw new TooDeep(lineAt(html, parser.startIndex));
      },
      onclosetag() {
        depth -= 1;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  try {
    parser.end(html);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    throw new IngestError({
      file,
      line: error.line,
      problem: `the page's elements nest more than ${MAX_HTML_DEPTH} deep here (an element inside an element, ${MAX_HTML_DEPTH} times over); real pages nest a few dozen deep at most, and deeper ones take minutes to read.`,
      fix: "save the article's page again from the browser, or copy its text into a .txt or .md file.",
    });
  }
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}
