/**
 * A generated article file that does not read back: edited by hand, cut short, or written by an
 * older ingest. Whatever is wrong, the fix is the same: generate the file again from its source.
 */

const FIX =
  'run `npm run ingest` to generate it again from its source (or compare the source file itself); generated files are not edited by hand.';

/** A problem in a generated article file, with the file, the problem and the one fix. */
export class ArticleFileError extends Error {
  readonly file: string;
  readonly problem: string;
  readonly fix = FIX;

  constructor(file: string, problem: string) {
    super(`${file}: ${problem}\n  Fix: ${FIX}`);
    this.name = 'ArticleFileError';
    this.file = file;
    this.problem = problem;
  }
}
