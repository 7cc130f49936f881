/**
 * What the bounded Markdown readers (markdown-container-limit.ts, markdown-emphasis-limit.ts,
 * markdown-span-limit.ts) throw where a limit is passed: the line in the parsed text and the words
 * of the message, so that the Markdown source turns every one of them into an IngestError alike.
 */
export class MarkdownLimitPassed extends Error {
  /** The line, in the parsed text, where the limit was passed. */
  readonly line: number;
  readonly problem: string;
  readonly fix: string;

  constructor(line: number, problem: string, fix: string) {
    super(problem);
    this.name = 'MarkdownLimitPassed';
    this.line = line;
    this.problem = problem;
    this.fix = fix;
  }
}
