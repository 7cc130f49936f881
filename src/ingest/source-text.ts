import { refuseBinaryDocument } from './binary-file.ts';
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

/**
 * An encoding said of a file rather than guessed: by the web server that sent it (the charset of
 * its Content-Type header, recorded in story.yaml as `fetched.charset`), or by the page itself (its
 * `<meta charset>`). The header is what the browser obeyed when the person read the page, so it is
 * taken as said; the page's own markup is often copied from a template and wrong, so it is only
 * taken where the bytes do not contradict it.
 */
export interface DeclaredCharset {
  readonly encoding: 'utf-8' | 'windows-1252';
  readonly by: 'header' | 'page';
}

/** A source file's text, the encoding it was read in, and a warning when that was a guess. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  readonly warning: string | undefined;
}

/**
 * The largest article file: about 350,000 words, several times a long book chapter. The analysis
 * is near linear (see the README's benchmark): this keeps one comparison within seconds and well
 * under a gigabyte of memory.
 */
export const MAX_ARTICLE_BYTES = 2_000_000;

/**
 * The largest saved web page. A news page is mostly markup, scripts and inline styles (a 3 MB
 * page often holds 60 KB of article), so a page may be this large, and MAX_ARTICLE_BYTES applies
 * to the article text read from it instead (article-text-size.ts).
 */
export const MAX_HTML_BYTES = 10_000_000;

/** A size in bytes as messages show it: "2.0 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * The error for a file over its limit (MAX_ARTICLE_BYTES for a source); `size` says how large it
 * is ("3221.2 MB", or "more than 2.0 MB" when it was read only up to the limit).
 */
export function fileTooLarge(file: string, size: string, limit: number = MAX_ARTICLE_BYTES): IngestError {
  if (limit === MAX_HTML_BYTES) {
    return new IngestError({
      file,
      problem: `the page is ${size}; Reworded reads saved web pages up to ${megabytes(limit)}.`,
      fix: 'save the page as "HTML only" (not "complete"), or copy the article text into a .txt file.',
    });
  }
  const why = limit === MAX_ARTICLE_BYTES ? ' (about 350,000 words), a size it analyses in seconds' : '';
  return new IngestError({
    file,
    problem: `the file is ${size}; Reworded compares articles up to ${megabytes(limit)}${why}.`,
    fix: 'split the file, or compare the part of the article that matters.',
  });
}

/** Bytes Windows-1252 leaves undefined: a file holding one is not Windows-1252 text. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/**
 * Most letters of Western text are ASCII even in French or German; a file read as Windows-1252
 * whose letters are mostly accented is more likely another 8-bit encoding (Cyrillic or Greek
 * text read this way turns into accented Latin letters), and is refused rather than garbled.
 */
const MAX_ACCENTED_SHARE = 0.3;

/**
 * Decodes an article file's bytes (at most `limit` of them: MAX_HTML_BYTES for a web page): UTF-8
 * (with or without a byte-order mark), UTF-16 with a byte-order mark, or, when the bytes are not
 * UTF-8 but read as typical Western text in Windows-1252 (curly quotes as bytes 0x93 and 0x94),
 * Windows-1252 with a warning; without the warning when the file was `declared` Windows-1252: by
 * its web server's header (taken as said), or by its own `<meta charset>` (src/ingest/html-charset.ts)
 * when its bytes hold no UTF-8 character. Anything else
 * (NUL bytes, which mean a binary file or UTF-16 without a mark; other 8-bit encodings) is refused
 * with a message that says what was found and what to do: a character guessed wrong would be a
 * silent change to what the user wrote.
 */
export function decodeText(
  bytes: Uint8Array,
  file: string,
  limit: number = MAX_ARTICLE_BYTES,
  declared: DeclaredCharset | undefined = undefined,
): DecodedText {
  if (bytes.length > limit) throw fileTooLarge(file, megabytes(bytes.length), limit);
  refuseBinaryDocument(bytes, file);
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) ||
    (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
  ) {
    throw new IngestError({
      file,
      problem: 'the file is UTF-32 text, which Reworded does not read.',
      fix: 'save the file as UTF-8 and run again.',
    });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeStrict(bytes, 'utf-16le', file), encoding: 'utf-16le', warning: undefined };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeStrict(bytes, 'utf-16be', file), encoding: 'utf-16be', warning: undefined };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new IngestError({
      file,
      problem: `the file holds a NUL byte (at byte ${nul}): it is a binary file (a word-processor document, a PDF) or UTF-16 text without a byte-order mark, not plain text.`,
      fix: 'open it in its program and save or export it as plain text (UTF-8).',
    });
  }
  const readable1252 = !bytes.some((byte) => UNDEFINED_IN_1252.has(byte));
  // The server said so: a German „Spaß“ in Windows-1252 holds bytes (ß“) that also form a UTF-8
  // character, and only the header tells it from UTF-8 text.
  if (declared?.by === 'header' && declared.encoding === 'windows-1252' && readable1252) {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', warning: undefined };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warning: undefined };
  } catch {
    // Not UTF-8: perhaps Windows-1252, below.
  }
  const invalid = firstInvalidUtf8(bytes);
  const found = `byte 0x${bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0')} at offset ${invalid} is not valid UTF-8`;
  // Said by the page itself (its <meta charset>): no guess, so no warning; but a UTF-8 character in
  // the bytes means a UTF-8 page with a stray byte (its template's <meta> left unchanged), which
  // read as Windows-1252 would garble every accented letter: refused or warned of below instead.
  if (declared?.by === 'page' && declared.encoding === 'windows-1252' && readable1252 && !hasUtf8Sequence(bytes)) {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', warning: undefined };
  }
  // UTF-8 characters around the bad byte mean a file edited in two encodings: read as
  // Windows-1252, every one of them would turn into two or three wrong characters.
  if ((bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || hasUtf8Sequence(bytes)) {
    throw new IngestError({
      file,
      problem: `the file mixes UTF-8 text with bytes that are not UTF-8 (${found}): it was probably edited in two encodings.`,
      fix: 'open it in an editor, correct the characters around that offset, and save it as UTF-8.',
    });
  }
  if (!bytes.some((byte) => UNDEFINED_IN_1252.has(byte))) {
    const text = new TextDecoder('windows-1252').decode(bytes);
    const letters = text.match(/\p{L}/gu) ?? [];
    const accented = letters.filter((letter) => letter.charCodeAt(0) > 0x7f).length;
    if (letters.length > 0 && accented / letters.length <= MAX_ACCENTED_SHARE) {
      return {
        text,
        encoding: 'windows-1252',
        warning: `${file}: ${found}; read as Windows-1252. Check that its quotes and accented letters look right, and save it as UTF-8 to silence this warning.`,
      };
    }
  }
  throw new IngestError({
    file,
    problem: `the file is not valid UTF-8 (${found}), and it does not read as Windows-1252 text either.`,
    fix: 'save the file as UTF-8 (most editors offer this under "Save with encoding") and run again.',
  });
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError({
      file,
      problem: `the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} (an odd number of bytes, or a broken surrogate pair).`,
      fix: 'save the file again as UTF-8 and run again.',
    });
  }
}

/** True when the bytes hold a well-formed multi-byte UTF-8 character (a lead byte and its continuations). */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  const continuation = (byte: number | undefined) => byte !== undefined && byte >= 0x80 && byte <= 0xbf;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index]!;
    const length =
      byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) continue;
    let valid = true;
    for (let offset = 1; offset < length; offset += 1) valid &&= continuation(bytes[index + offset]);
    if (valid) return true;
  }
  return false;
}

/** Offset of the first byte that breaks UTF-8 (the file is known not to be valid UTF-8). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 0 || index + length > bytes.length) return index;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(index, index + length));
    } catch {
      return index;
    }
    index += length;
  }
  return Math.max(0, bytes.length - 1);
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
