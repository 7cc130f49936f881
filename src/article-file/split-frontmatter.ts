/**
 * Where a Markdown file's frontmatter ends: the one rule, shared by the reader of generated
 * article files (read-article.ts) and ingest's reader of the Markdown sources people write
 * (src/ingest/markdown-source.ts). A fence is a line of `---`; the closing one may also be `...`.
 */

/** A Markdown file cut into its frontmatter (when it has one) and its body, with their first lines. */
export interface SplitMarkdown {
  /** The YAML between the fences, unparsed; undefined when the file opens no frontmatter. */
  readonly yaml: string | undefined;
  readonly body: string;
  /** The file's line number of the body's first line, for messages about the body. */
  readonly bodyLine: number;
}

const OPENING = /^---[ \t]*(?:\r\n|\r|\n)/u;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/u;

/**
 * Cuts a Markdown file at its frontmatter fences. Undefined when the first line opens a fence that
 * no line closes: a mistake each reader reports in the words its own readers need.
 */
export function splitFrontmatter(text: string): SplitMarkdown | undefined {
  const opening = OPENING.exec(text);
  if (opening === null) return { yaml: undefined, body: text, bodyLine: 1 };
  const lines = text.slice(opening[0].length).split(/(?<=\r\n|\r(?!\n)|\n)/u);
  const end = lines.findIndex((line) => CLOSING.test(line.trimEnd()));
  if (end < 0) return undefined;
  return { yaml: lines.slice(0, end).join(''), body: lines.slice(end + 1).join(''), bodyLine: end + 3 };
}
