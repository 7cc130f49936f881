/**
 * How a link that could not be turned into an article file is reported: as an IngestError naming
 * the link (the command line's "file"), what happened, and the way round it that always works,
 * which is to save the page in a browser and pass the file.
 */
import { IngestError } from '../../src/ingest/index.ts';

/** The way round any failure to fetch or read a page from its link. */
export const SAVE_IN_BROWSER =
  'open the link in your browser, save the page (File > Save Page As…, "Web Page, HTML only") and pass the saved file instead of the link.';

/** The error for `link`: `problem` says what happened; `first`, when given, is a fix to try before saving the page by hand. */
export function fetchFailure(link: string, problem: string, first?: string): IngestError {
  return new IngestError({
    file: link,
    problem,
    fix: first === undefined ? SAVE_IN_BROWSER : `${first} Otherwise, ${SAVE_IN_BROWSER}`,
  });
}
