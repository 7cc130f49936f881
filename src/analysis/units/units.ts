/**
 * Units: the pieces of an article that the comparison aligns. Headline, standfirst, each section
 * heading and each list item are one unit; paragraphs are split into sentences. Units carry their
 * exact text and the white space that follows them, so that the units of a document, joined, give
 * back its text.
 */
import { splitSentences } from './sentences.ts';

/** What part of the article a unit is. Units are only ever aligned with units of a compatible kind. */
export type UnitKind = 'headline' | 'standfirst' | 'heading' | 'list-item' | 'sentence';

/** A block of an article body, as ingest reads it (and as Markdown holds it). */
export type Block =
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'list'; readonly items: readonly string[] };

/** What the analysis needs of an article: its header and its body blocks. */
export interface ComparableDocument {
  readonly headline?: string | undefined;
  readonly standfirst?: string | undefined;
  readonly body: readonly Block[];
  /** Who wrote it and who took the photo: not compared as text, but a source lost or gained. */
  readonly credits?: Credits | undefined;
}

/** A version's byline (the author's name) and photo credit, as printed. */
export interface Credits {
  readonly byline?: string | undefined;
  readonly photo?: string | undefined;
}

/** One unit of a document. */
export interface Unit {
  /** Unique within its document: "u0", "u1", … in reading order. */
  readonly id: string;
  readonly kind: UnitKind;
  readonly text: string;
  /** The white space after the unit: a space between sentences, "\n\n" between blocks, "" at the end. */
  readonly after: string;
  /** Index of the block (headline and standfirst count as blocks) the unit belongs to. */
  readonly block: number;
  /** Position in reading order, from 0. */
  readonly order: number;
}

/** The blank line that separates blocks in a document's text. */
export const BLOCK_SEPARATOR = '\n\n';

/** Cuts a document into units, in reading order. */
export function documentUnits(document: ComparableDocument): Unit[] {
  const pieces: { kind: UnitKind; text: string; after: string; block: number }[] = [];
  let block = 0;
  const addBlock = (kind: UnitKind, text: string): void => {
    pieces.push({ kind, text, after: BLOCK_SEPARATOR, block });
    block += 1;
  };
  if (document.headline !== undefined && document.headline.trim() !== '') addBlock('headline', document.headline);
  if (document.standfirst !== undefined && document.standfirst.trim() !== '')
    addBlock('standfirst', document.standfirst);
  for (const item of document.body) {
    if (item.type === 'heading') addBlock('heading', item.text);
    else if (item.type === 'list') {
      // A list is one block; its items are separated by single line breaks.
      item.items.forEach((text, index) => {
        pieces.push({
          kind: 'list-item',
          text,
          after: index === item.items.length - 1 ? BLOCK_SEPARATOR : '\n',
          block,
        });
      });
      block += 1;
    } else {
      const sentences = splitSentences(item.text);
      sentences.forEach((sentence, index) => {
        const next = sentences[index + 1];
        const after = next === undefined ? BLOCK_SEPARATOR : item.text.slice(sentence.end, next.start);
        pieces.push({ kind: 'sentence', text: sentence.text, after, block });
      });
      block += 1;
    }
  }
  const last = pieces.at(-1);
  if (last !== undefined) last.after = '';
  return pieces.map((piece, order) => ({ id: `u${order}`, ...piece, order }));
}

/**
 * Units from pre-segmented text: each non-empty line one sentence unit, in its own block. For
 * sentence-aligned data sets and `npm run compare -- --units lines`.
 */
export function lineUnits(lines: readonly string[]): Unit[] {
  const kept = lines.filter((line) => line.trim() !== '');
  return kept.map((text, order) => ({
    id: `u${order}`,
    kind: 'sentence',
    text,
    after: order === kept.length - 1 ? '' : '\n',
    block: order,
    order,
  }));
}

/** The text a list of units was cut from: every unit followed by its white space. */
export function unitsText(units: readonly Unit[]): string {
  return units.map((unit) => unit.text + unit.after).join('');
}
