/**
 * A user-facing error (a file, a problem, a fix) as text for a terminal. The file's name and the
 * problem can quote an article (a file name from a story folder, a line of its text), so their
 * control characters are made visible; the layout is the usual one, the newline before "Fix" ours.
 */
import { IngestError } from '../ingest/errors.ts';
import { visibleControls } from './visible-controls.ts';

/** What an error tells the user: the shape IngestError and ArticleFileError share. */
export interface UserError {
  readonly file: string;
  readonly line?: number | undefined;
  readonly problem: string;
  readonly fix: string;
}

/** The error's message with every control character that came with its parts shown as a visible escape. */
export function visibleError(error: UserError): string {
  return new IngestError({
    file: visibleControls(error.file),
    line: error.line,
    problem: visibleControls(error.problem),
    fix: visibleControls(error.fix),
  }).message;
}

/** Any other text for standard error (a stack trace, an option parser's message): each line's control characters made visible, the lines kept. */
export function visibleLines(text: string): string {
  return text.split('\n').map(visibleControls).join('\n');
}
