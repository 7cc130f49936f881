/**
 * A problem in something a user wrote (an article file, a story.yaml), reported so that it can be
 * fixed without reading our code: which file, which line when one applies, what is wrong, what to do.
 */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;
  readonly fix: string;

  constructor(details: { file: string; line?: number | undefined; problem: string; fix: string }) {
    const where = details.line === undefined ? details.file : `${details.file}:${details.line}`;
    super(`${where}: ${details.problem}\n  Fix: ${details.fix}`);
    this.name = 'IngestError';
    this.file = details.file;
    this.line = details.line;
    this.problem = details.problem;
    this.fix = details.fix;
  }
}
