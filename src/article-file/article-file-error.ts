/**
 * A generated article file that does not read back: edited by hand, cut short, or written by an
 * older ingest. Whatever is wrong, the fix is the same: generate the file again from its source.
 */

/** A problem in a generated article file, with the file, the problem and the one fix. */
export class ArticleFileError extends Error {
  readonly file: string;
  readonly problem: string;

  constructor(file: string, problem: string) {
    super(
      `${file}: ${problem}\n  Fix: run \`npm run ingest\` to generate it again from its source (or compare the source file itself); generated files are not edited by hand.`,
    );
    this.name = 'ArticleFileError';
    this.file = file;
    this.problem = problem;
  }
}
