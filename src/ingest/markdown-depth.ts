/**
 * How deeply a Markdown article's block quotes and lists nest, measured line by line before the
 * text is parsed.
 *
 * The Markdown reader (micromark) rechecks every open quote and list on every line, and the code
 * that walks its tree recurses: 5,000 nested ">" overflowed the stack, and 2,000 lines quoted one
 * level deeper each took half a minute. Real articles quote a quote of a quote at most, and nest
 * lists a few levels; a file past the limit is refused by name rather than read for minutes.
 *
 * A quote or list opens only through markers at the start of a line (">", "- ", "* ", "+ ",
 * "1. ", "1) ") or, for a list inside a list item, through indentation of at least two columns
 * per level. So a line's depth is at most the markers at its start plus half the columns of
 * indentation before and between them; the scan counts that, which never undercounts and
 * overcounts only lists indented by more than two columns a level. It costs one pass over the
 * line starts.
 */
import { IngestError } from './errors.ts';

/** The deepest nesting of block quotes and lists a Markdown article may have. */
export const MAX_MARKDOWN_DEPTH = 100;

/** A list marker: a bullet, or up to nine digits and "." or ")", then a space or tab or the line's end. */
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/u;

/**
 * Refuses, naming the file and the line, Markdown whose quotes and lists nest deeper than
 * MAX_MARKDOWN_DEPTH. `firstLine` is the file line of the text's first line (after frontmatter).
 */
export function checkMarkdownDepth(markdown: string, file: string, firstLine: number): void {
  let line = firstLine;
  for (let start = 0; start <= markdown.length; line += 1) {
    const end = nextLineEnd(markdown, start);
    const depth = lineDepth(markdown, start, end);
    if (depth > MAX_MARKDOWN_DEPTH) {
      throw new IngestError({
        file,
        line,
        problem: `quotes or lists nest more than ${MAX_MARKDOWN_DEPTH} deep on this line (">" or a list item inside another, ${MAX_MARKDOWN_DEPTH} times over, or as much indentation); real articles nest a few levels, and deeper text takes minutes to read.`,
        fix: 'remove the extra ">" markers or indentation, or save the article as a .txt file if its text is meant as written.',
      });
    }
    start = end + (markdown[end] === '\r' && markdown[end + 1] === '\n' ? 2 : 1);
  }
}

/** The index of the line break ending the line that starts at `start` (the text's length for the last). */
function nextLineEnd(text: string, start: number): number {
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\n' || char === '\r') return index;
  }
  return text.length;
}

/** The most quotes and lists the start of text[start, end) can open or continue. */
function lineDepth(text: string, start: number, end: number): number {
  let depth = 0;
  let columns = 0;
  let index = start;
  while (index < end) {
    const char = text[index];
    if (char === ' ') {
      columns += 1;
      index += 1;
    } else if (char === '\t') {
      columns += 4;
      index += 1;
    } else if (char === '>') {
      depth += 1 + Math.floor(columns / 2);
      columns = 0;
      index += 1;
    } else {
      // Only a short run of characters can be a marker: match on a bounded slice.
      const marker = LIST_MARKER.exec(text.slice(index, Math.min(end, index + 11)));
      if (marker === null) break;
      depth += 1 + Math.floor(columns / 2);
      columns = 0;
      index += marker[0].length;
    }
  }
  // White space up to the line's end is a blank line, which nests nothing.
  return index === end ? depth : depth + Math.floor(columns / 2);
}
