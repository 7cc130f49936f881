/**
 * What a reader gave the comparison page for one side (text typed or pasted, or a file dropped or
 * chosen), checked before anything is read: nothing given, an empty file, and a file or text over
 * its size limit are told at once, beside the field, without reading a byte of a 3 GB file.
 */
import { MAX_ARTICLE_BYTES, megabytes } from '../ingest/source-text.ts';
import { sourceByteLimit, sourceFormat } from '../ingest/source-format.ts';

/** The two sides of a comparison: the original (`from`) and the rewrite (`to`). */
export type Side = 'from' | 'to';

/** A file the reader chose or dropped, as much of it as the checks need before reading it. */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  /** The file's bytes, or its first `limit` bytes. */
  bytes(limit?: number): Promise<Uint8Array>;
}

/** One side's field: its label ("Original"), the text typed into it, and the file chosen for it. */
export interface SideInput {
  readonly label: string;
  readonly text: string;
  readonly file: ChosenFile | undefined;
}

/** One side as the ingest reads it: a name (whose ending says the format), a name for messages, bytes. */
export interface SideFile {
  readonly name: string;
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** A problem with one side's input, told beside that side's field. */
export class SideProblem extends Error {
  readonly side: Side;

  constructor(side: Side, message: string) {
    super(message);
    this.name = 'SideProblem';
    this.side = side;
  }
}

/**
 * The side's input as a file to read: the chosen file when there is one (a file chosen is what the
 * reader means, over text typed before), else the typed text, read as plain text. Throws
 * SideProblem when there is nothing to read or too much.
 */
export async function sideFile(side: Side, input: SideInput): Promise<SideFile> {
  const name = input.label.toLowerCase();
  if (input.file !== undefined) {
    const { file } = input;
    // A type the ingest does not read is told as such, whatever its size: its first bytes are
    // enough for the ingest to tell a PDF by name.
    if (sourceFormat(file.name) === undefined)
      return { name: file.name, path: file.name, bytes: await read(side, file, 1024) };
    const limit = sourceByteLimit(file.name);
    if (file.size > limit) {
      throw new SideProblem(
        side,
        `${file.name} is ${megabytes(file.size)}; Reworded reads ${limit === MAX_ARTICLE_BYTES ? 'article files' : 'saved web pages'} up to ${megabytes(limit)}. Compare the part of the article that matters.`,
      );
    }
    if (file.size === 0) throw new SideProblem(side, `${file.name} is empty. Choose the file that holds the ${name}.`);
    return { name: file.name, path: file.name, bytes: await read(side, file) };
  }
  if (input.text.trim() === '') throw new SideProblem(side, `Paste the ${name}'s text here, or choose a file.`);
  const bytes = new TextEncoder().encode(input.text);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new SideProblem(
      side,
      `The ${name}'s text is ${megabytes(bytes.length)}; Reworded compares articles up to ${megabytes(MAX_ARTICLE_BYTES)} (about 350,000 words). Compare the part of the article that matters.`,
    );
  }
  return { name: `${name}.txt`, path: `The pasted ${name}`, bytes };
}

/** A chosen file's bytes; a file the browser can no longer read (moved, deleted) is the side's problem. */
async function read(side: Side, file: ChosenFile, limit?: number): Promise<Uint8Array> {
  try {
    return await file.bytes(limit);
  } catch (error) {
    throw new SideProblem(
      side,
      `${file.name} could not be read (${error instanceof Error ? error.message : String(error)}). Choose the file again.`,
    );
  }
}
