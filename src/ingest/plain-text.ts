/**
 * The plain-text article format: what a reader gets by copying an article out of a news page.
 *
 *   Headline
 *   [Standfirst: a second line in the headline's block, or the paragraph before the byline]
 *   [Written By Name]            byline
 *   [Published24 Nov 2025, …]    dateline
 *   [Caption (Photo by … / AFP)] photo caption with its credit in parentheses
 *   Body: one paragraph per line; "  • item" lines form a list; a short line on its own without
 *   closing punctuation is a section heading. Blank lines (including no-break spaces) separate.
 *
 * Every recognition rule is conservative: a line that is not clearly metadata or a heading stays a
 * paragraph, so a misreading can cost structure but never text.
 */
import type { ArticleDocument, Block } from './document.ts';
import { parseDateline } from './dateline.ts';
import { IngestError } from './errors.ts';
import { isBlank, splitLines } from './source-text.ts';

/** A non-blank line with what ingest needs to know about its surroundings. */
interface Line {
  readonly number: number;
  /** The line without leading or trailing white space. */
  readonly text: string;
  /** The line as written, for rules that look at indentation. */
  readonly raw: string;
  /** True when a blank line (or the start of the file) comes before it. */
  readonly opensBlock: boolean;
}

/** The result of parsing: the document and anything the user should know about how it was read. */
export interface ParsedArticle {
  readonly document: ArticleDocument;
  readonly warnings: readonly string[];
}

const BULLET = /^\s*[•◦▪‣●*-]\s+(?=\S)/u;
// "(Photo by Jim WATSON / AFP)", "(Image: Reuters)", "(File photo: AP)" at the end of a line.
const PHOTO_CREDIT = /^(.*?)\s*\(((?:file\s+)?(?:photo(?:graph)?|image|picture|credit)s?\b[^()]*)\)$/iu;
const BYLINE_PREFIX = /^(?:written\s+)?by\s*:?\s+/iu;
const MAX_BYLINE_WORDS = 8;
const MAX_HEADING_WORDS = 12;
const MAX_HEADING_LENGTH = 100;

/** Parses an article in the plain-text format; `file` names it in errors and warnings. */
export function parsePlainTextArticle(text: string, file: string): ParsedArticle {
  const lines = nonBlankLines(text);
  const warnings: string[] = [];
  const [first] = lines;
  if (first === undefined) {
    throw new IngestError({
      file,
      problem: 'the file has no text (it is empty or holds only white space).',
      fix: 'put the article in the file, headline on the first line, or remove the file from the story folder.',
    });
  }

  let next = 1;
  const peek = (offset = 0): Line | undefined => lines[next + offset];

  const standfirst = readStandfirst(lines);
  if (standfirst !== undefined) next += 1;

  let byline: ArticleDocument['byline'];
  let published: ArticleDocument['published'];
  for (let line = peek(); line !== undefined; line = peek()) {
    const name = byline === undefined ? bylineName(line.text) : undefined;
    const dateline = published === undefined ? parseDateline(line.text) : undefined;
    if (name !== undefined) byline = { name, text: line.text };
    else if (dateline !== undefined) published = dateline;
    else break;
    next += 1;
  }

  let image: ArticleDocument['image'];
  const captionLine = peek();
  const credit = captionLine === undefined ? null : PHOTO_CREDIT.exec(captionLine.text);
  if (credit !== null) {
    image = { caption: credit[1] === '' ? undefined : credit[1], credit: credit[2]?.trim() };
    next += 1;
  }

  const body = readBody(lines.slice(next));
  if (body.length === 0) warnings.push(`${file}: the article has a headline but no body text.`);

  return {
    document: { headline: first.text, standfirst: standfirst?.text, byline, published, image, body },
    warnings,
  };
}

function nonBlankLines(text: string): Line[] {
  const lines: Line[] = [];
  let previousBlank = true;
  for (const { number, text: raw } of splitLines(text)) {
    if (isBlank(raw)) {
      previousBlank = true;
      continue;
    }
    lines.push({ number, text: raw.trim(), raw, opensBlock: previousBlank });
    previousBlank = false;
  }
  return lines;
}

/**
 * The standfirst is either a second line in the headline's own block (no blank line between), or a
 * paragraph of its own that the byline or dateline directly follows: without that anchor a
 * standfirst cannot be told from the first paragraph, and it stays in the body.
 */
function readStandfirst(lines: readonly Line[]): Line | undefined {
  const candidate = lines[1];
  if (candidate === undefined || isMetadata(candidate) || BULLET.test(candidate.raw)) return undefined;
  if (!candidate.opensBlock) return candidate;
  const after = lines[2];
  return after !== undefined && isMetadata(after) ? candidate : undefined;
}

function isMetadata(line: Line): boolean {
  return bylineName(line.text) !== undefined || parseDateline(line.text) !== undefined;
}

/**
 * The name in a byline ("Written By Ravi Hari", "By J. K. Rowling and Sam Lee"), or undefined when
 * the line is prose that merely starts with "By" ("By the time talks ended, …").
 */
function bylineName(text: string): string | undefined {
  const prefix = BYLINE_PREFIX.exec(text);
  if (prefix === null) return undefined;
  const name = text.slice(prefix[0].length).trim();
  const looksLikeName =
    /^\p{Lu}/u.test(name) &&
    name.split(/\s+/u).length <= MAX_BYLINE_WORDS &&
    !/[!?;:]/u.test(name) &&
    !/\p{Ll}\.$/u.test(name);
  return looksLikeName ? name : undefined;
}

function readBody(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let listItems: string[] = [];
  const closeList = (): void => {
    if (listItems.length > 0) blocks.push({ type: 'list', items: listItems });
    listItems = [];
  };

  lines.forEach((line, index) => {
    const bullet = BULLET.exec(line.raw);
    if (bullet) {
      listItems.push(line.raw.slice(bullet[0].length).trim());
      return;
    }
    closeList();
    const following = lines[index + 1];
    const standsAlone = line.opensBlock && following !== undefined && following.opensBlock;
    blocks.push({ type: standsAlone && isHeadingLike(line.text) ? 'heading' : 'paragraph', text: line.text });
  });
  closeList();
  return blocks;
}

// Sentence-final or clause punctuation: a line ending in one of these reads as prose, not a title.
const CLOSING_PUNCTUATION = /[.!?,;:…]$/u;
const TRAILING_QUOTES = /["'”’»)\]]+$/u;

/** A heading is short, starts with a capital or a digit, and ends without punctuation. */
function isHeadingLike(text: string): boolean {
  if (text.length > MAX_HEADING_LENGTH) return false;
  if (text.split(/\s+/u).length > MAX_HEADING_WORDS) return false;
  if (!/^["'“‘]?[\p{Lu}\p{Lo}\p{N}]/u.test(text)) return false;
  return !CLOSING_PUNCTUATION.test(text.replace(TRAILING_QUOTES, ''));
}
