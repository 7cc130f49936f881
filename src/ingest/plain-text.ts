/**
 * The plain-text article format: what a reader gets by copying an article out of a news page.
 *
 *   Headline
 *   [Standfirst: a second line in the headline's block, or the paragraph before the byline]
 *   [Written By Name]            byline            (src/ingest/byline.ts)
 *   [Published24 Nov 2025, …]    dateline(s)       (src/ingest/dateline.ts)
 *   [Caption (Photo by … / AFP)] photo caption     (src/ingest/photo-caption.ts)
 *   Body: one paragraph per line; "  • item" lines form a list; a short line standing alone
 *   without closing punctuation is a section heading (src/ingest/heading.ts).
 *   Blank lines (including no-break spaces) separate.
 *
 * Every recognition rule is conservative: a line that is not clearly metadata or a heading stays a
 * paragraph, so that a misreading costs structure rather than moving text out of the body.
 */
import type { Block } from '../analysis/index.ts';
import { bylineName } from './byline.ts';
import type { Dateline } from './dateline.ts';
import { parseDateline } from './dateline.ts';
import type { ArticleDocument } from './document.ts';
import { IngestError } from './errors.ts';
import { isHeadingLike } from './heading.ts';
import { parsePhotoCaption } from './photo-caption.ts';
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

/** Parses an article in the plain-text format; `file` names it in errors and warnings. */
export function parsePlainTextArticle(text: string, file: string): ParsedArticle {
  const lines = nonBlankLines(text);
  const [first] = lines;
  if (first === undefined) {
    throw new IngestError({
      file,
      problem: 'the file has no text (it is empty or holds only white space).',
      fix: 'put the article in the file, headline on the first line, or remove the file from the story folder.',
    });
  }

  let next = 1;
  const standfirst = readStandfirst(lines);
  if (standfirst !== undefined) next += 1;

  // Byline and datelines, in any order, each at most once.
  let byline: ArticleDocument['byline'];
  const dates: Partial<Record<Dateline['kind'], Dateline>> = {};
  for (let line = lines[next]; line !== undefined; line = lines[next]) {
    const name = byline === undefined ? bylineName(line.text) : undefined;
    const dateline = parseDateline(line.text);
    if (name !== undefined) byline = { name, text: line.text };
    else if (dateline !== undefined && dates[dateline.kind] === undefined) dates[dateline.kind] = dateline;
    else break;
    next += 1;
  }

  const captionLine = lines[next];
  const image = captionLine === undefined ? undefined : parsePhotoCaption(captionLine.text);
  if (image !== undefined) next += 1;

  const body = readBody(lines.slice(next));
  const warnings = body.length === 0 ? [`${file}: the article has a headline but no body text.`] : [];
  const published =
    dates.published === undefined ? undefined : { iso: dates.published.iso, text: dates.published.text };
  const updated = dates.updated === undefined ? undefined : { iso: dates.updated.iso, text: dates.updated.text };

  return {
    document: { headline: first.text, standfirst: standfirst?.text, byline, published, updated, image, body },
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
    // A heading stands alone: a blank line before it, and after it something else to head.
    const following = lines[index + 1];
    const standsAlone = line.opensBlock && following !== undefined && following.opensBlock;
    blocks.push({ type: standsAlone && isHeadingLike(line.text) ? 'heading' : 'paragraph', text: line.text });
  });
  closeList();
  return blocks;
}
