/**
 * The article content Readability extracted, as the document's blocks: p -> paragraph, h1–h6 ->
 * heading, ul/ol -> list, blockquote -> its paragraphs, and a figure's caption -> the image
 * caption. Text is each element's text as a browser shows it (html-text.ts: white space
 * collapsed, <br> a space, <q> in quotation marks, 10<sup>6</sup> as 10⁶); markup never survives, so "<script>" written as text in a paragraph stays those
 * characters. What is not text (images, video, tables) is left out with a warning.
 */
import type { Block } from '../analysis/index.ts';
import type { ArticleDocument } from './document.ts';
import { collapse, INLINE, MEDIA, rawText, shownText as textOf } from './html-text.ts';
import { parsePhotoCaption } from './photo-caption.ts';

/** The body and the lead image's caption found in extracted content. */
export interface ContentBlocks {
  readonly body: readonly Block[];
  readonly image: ArticleDocument['image'];
  /** What was left out, in words ("an image", "a table starting "…""). */
  readonly leftOut: readonly string[];
  /** Paragraphs that hold <time> elements, with the times' texts: at the top of the body, perhaps a dateline. */
  readonly timed: ReadonlyMap<Block, readonly string[]>;
}

const HEADING = /^h[1-6]$/u;
/** Elements that hold text to read: in a figure, they make it a text figure (a pull quote, a text box). */
const TEXT_BLOCKS = 'blockquote, p, li, h1, h2, h3, h4, h5, h6, pre, td, th, dd, dt';

/** Reads extracted content into blocks. */
export function contentBlocks(root: Element): ContentBlocks {
  const body: Block[] = [];
  const leftOut: string[] = [];
  const timed = new Map<Block, readonly string[]>();
  let image: ArticleDocument['image'];

  const paragraph = (text: string, times: readonly string[]): void => {
    if (text === '') return;
    const block: Block = { type: 'paragraph', text };
    body.push(block);
    if (times.length > 0) timed.set(block, times);
  };
  const visitContainer = (container: Element): void => {
    // Text and inline elements between blocks ("<div>Text <b>bold</b><p>…</p></div>") form a paragraph.
    let run = '';
    let runTimes: string[] = [];
    for (const node of container.childNodes) {
      if (isElement(node) && !isInline(node)) {
        paragraph(collapse(run), runTimes);
        run = '';
        runTimes = [];
        visitBlock(node);
      } else {
        run += rawText(node);
        if (isElement(node)) runTimes.push(...timeTexts(node));
      }
    }
    paragraph(collapse(run), runTimes);
  };
  const visitBlock = (element: Element): void => {
    const tag = element.localName.toLowerCase();
    if (tag === 'p' || tag === 'pre' || tag === 'address') paragraph(textOf(element), timeTexts(element));
    else if (HEADING.test(tag)) {
      const text = textOf(element);
      if (text !== '') body.push({ type: 'heading', text });
    } else if (tag === 'ul' || tag === 'ol') {
      const items = listItems(element);
      if (items.length > 0) body.push({ type: 'list', items });
    } else if (tag === 'figure' && isPhotoFigure(element)) {
      const caption = photoCaption(element);
      if (caption !== undefined && image === undefined) image = caption;
      else
        leftOut.push(
          caption === undefined
            ? 'an image'
            : `an image captioned "${[caption.caption, caption.credit].filter(Boolean).join(' ')}"`,
        );
    } else if (MEDIA.has(tag)) leftOut.push(describeMedia(element));
    else if (tag === 'table') leftOut.push(`a table starting "${textOf(element.querySelector('tr')).slice(0, 60)}"`);
    else if (tag === 'figcaption')
      paragraph(textOf(element), []); // A pull quote's attribution, a text box's caption.
    else if (tag === 'hr') return;
    else visitContainer(element); // div, section, blockquote, a figure holding a quotation, …
  };

  visitContainer(root);
  return { body, image, leftOut, timed };
}

/**
 * A figure that shows a photo (or other media) and nothing to read but its caption. Its caption
 * describes the photo. A figure holding text (a pull quote, a text box) is text, and its caption
 * is that text's attribution or title.
 */
export function isPhotoFigure(figure: Element): boolean {
  const caption = captionOf(figure);
  const textBlocks = [...figure.querySelectorAll(TEXT_BLOCKS)].filter(
    (block) => !(caption?.contains(block) ?? false) && textOf(block) !== '',
  );
  return textBlocks.length === 0 && figure.querySelector([...MEDIA].join(', ')) !== null;
}

/**
 * A photo figure's caption: its figcaption, with the credit in parentheses when it has one. Loose
 * text beside the photo (a credit line in a span) is the credit, so that no word of it is lost.
 */
export function photoCaption(figure: Element): ArticleDocument['image'] {
  const captionElement = captionOf(figure);
  const caption = textOf(captionElement);
  const beside = collapse(
    [...figure.childNodes]
      .filter((node) => node !== captionElement)
      .map(rawText)
      .join(''),
  );
  if (caption === '' && beside === '') return undefined;
  const read = parsePhotoCaption(caption) ?? { caption: caption === '' ? undefined : caption, credit: undefined };
  if (beside === '') return read;
  return { caption: read.caption, credit: read.credit === undefined ? beside : `${read.credit}; ${beside}` };
}

/** A figure's own caption (not one of a figure nested in it). */
export function captionOf(figure: Element): Element | null {
  return [...figure.children].find((child) => child.localName.toLowerCase() === 'figcaption') ?? null;
}

/** Each item's own text, then the items of lists nested in it, as items of their own. */
function listItems(list: Element): string[] {
  return [...list.children]
    .filter((item) => item.localName.toLowerCase() === 'li')
    .flatMap((item) => {
      const nested = [...item.children].filter((child) => ['ul', 'ol'].includes(child.localName.toLowerCase()));
      const own = collapse(
        [...item.childNodes]
          .filter((node) => !nested.includes(node as Element))
          .map(rawText)
          .join(''),
      );
      const inner = nested.flatMap(listItems);
      return own === '' ? inner : [own, ...inner];
    });
}

function describeMedia(element: Element): string {
  const alt = collapse(element.getAttribute('alt') ?? element.querySelector('img')?.getAttribute('alt') ?? '');
  const kind =
    element.localName.toLowerCase() === 'video'
      ? 'a video'
      : element.localName.toLowerCase() === 'audio'
        ? 'an audio clip'
        : 'an image';
  return alt === '' ? kind : `${kind} described as "${alt}"`;
}

/** The texts of the <time> elements in an element (itself included), as shown. */
function timeTexts(element: Element): string[] {
  const times = element.localName.toLowerCase() === 'time' ? [element] : [...element.querySelectorAll('time')];
  return times.map((time) => textOf(time)).filter((text) => text !== '');
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** An inline element, unless it wraps blocks (a link around a whole teaser is a container). */
function isInline(element: Element): boolean {
  return (
    INLINE.has(element.localName.toLowerCase()) &&
    element.querySelector('p, div, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, figure, table') === null
  );
}
