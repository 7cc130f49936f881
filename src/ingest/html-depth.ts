/**
 * How deeply a page's elements nest, measured before the page is read into a document (see
 * html-depth-limit.ts for why there is a limit).
 *
 * The depth is counted by the tokenizer linkedom itself parses with (htmlparser2, same options),
 * so void elements and implied end tags (a <p> closed by the next <p>) count as the document will
 * nest them; it stops at the first element past the limit, so the scan never costs more than
 * reading the page once.
 */
import { Parser } from 'htmlparser2';
import { MAX_HTML_DEPTH, tooDeep } from './html-depth-limit.ts';

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
    throw tooDeep(file, error.line);
  }
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}
