/**
 * Files that are documents but not text: a PDF saved instead of the article's page. Its bytes may
 * hold no NUL near the start and can even decode as Windows-1252, so without this check a PDF would
 * be refused with a puzzling encoding message, or published as a page of symbols. Its signature
 * says what it is, and the message can say so by name.
 */
import { IngestError } from './errors.ts';

/** `%PDF-`, which opens every PDF file (after at most a byte-order mark or white space). */
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d];
/** How far into a file white space before the signature is looked past. */
const SIGNATURE_WINDOW = 1024;

/** Throws an IngestError naming `file` when its bytes are a PDF rather than text. */
export function refuseBinaryDocument(bytes: Uint8Array, file: string): void {
  if (!isPdf(bytes)) return;
  throw new IngestError({
    file,
    problem: 'the file looks like a PDF (it starts with "%PDF-"), not an article saved as text.',
    fix: 'save the article as text, Markdown or HTML (from the browser: "Save page as", or copy its text into a .txt file) and use that file.',
  });
}

function isPdf(bytes: Uint8Array): boolean {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < Math.min(bytes.length, SIGNATURE_WINDOW) && isWhiteSpace(bytes[start]!)) start += 1;
  return PDF_SIGNATURE.every((byte, index) => bytes[start + index] === byte);
}

function isWhiteSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0c;
}
