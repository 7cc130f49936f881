import { IngestError } from './errors.ts';

/** One line of a source file: its 1-based number and its text without the line break. */
export interface SourceLine {
  readonly number: number;
  readonly text: string;
}

/**
 * Decodes a source file's bytes as UTF-8. A byte-order mark is dropped (it is an encoding marker,
 * not text); bytes that are not valid UTF-8 are refused rather than replaced with U+FFFD, because a
 * silently replaced character would be a silent change to what the user wrote.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError({
      file,
      problem: 'the file is not valid UTF-8 text.',
      fix: 'save the file as UTF-8 (most editors offer this under "Save with encoding") and run ingest again.',
    });
  }
}

/** Splits text into lines, accepting LF, CRLF and lone CR line breaks. */
export function splitLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((line, index) => ({ number: index + 1, text: line }));
}

// `\s` covers the no-break space (U+00A0) and the BOM; zero-width spaces and joiners it does not.
const BLANK = /^[\s\u200B-\u200D\u2060]*$/u;

/** True for a line with no visible character: empty, spaces, no-break or zero-width spaces. */
export function isBlank(text: string): boolean {
  return BLANK.test(text);
}
