/**
 * A reader that runs out of call stack on a hostile file (elements, quotes or JSON nested
 * thousands deep) throws a RangeError with no file in it, which would stop the whole ingest, and
 * `--skip-broken` skips only IngestErrors. The depth checks of each format refuse the nesting
 * they know of first; this catches whatever nesting they do not, so that it stays that story's
 * problem, reported by name.
 */
import { IngestError } from './errors.ts';

/** True for the RangeError JavaScript throws when the call stack runs out. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/iu.test(error.message);
}

/** Runs `read`; a stack overflow inside it becomes an IngestError naming `file`. */
export function guardStack<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    throw new IngestError({
      file,
      problem:
        'the file nests too deeply to be read (something inside something, thousands of times over: quotes, lists, elements or JSON data); reading it ran out of stack space.',
      fix: 'remove the deep nesting, save the page again from the browser, or copy the article text into a .txt file.',
    });
  }
}
