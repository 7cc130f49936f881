/**
 * The HTML article format: a news page as a browser saves it ("Save page as…, HTML only").
 *
 * 0. A web archive's toolbar, in a snapshot saved from the archive, is removed (html-archive-toolbar.ts).
 * 1. The page's declared metadata (html-metadata.ts: JSON-LD, then meta tags) is read first, while
 *    its scripts are still there.
 * 2. Chrome is removed (html-chrome.ts), then Readability (Firefox's Reader View) finds the article.
 * 3. The extracted content becomes blocks (html-blocks.ts), and Readability's own reading of the
 *    title, byline and site name fills what the metadata left open.
 * 4. Header lines Readability left at the top of the body (the headline again, "By Jane Doe", the
 *    date) are metadata, not body text, and are taken out so that they are not compared twice.
 */
import { Readability } from '@mozilla/readability';
import { archiveSnapshot } from './archive-snapshot.ts';
import { bylineName } from './byline.ts';
import { joinNames } from './join-names.ts';
import { parseDateline } from './dateline.ts';
import type { ArticleDocument } from './document.ts';
import { IngestError } from './errors.ts';
import { contentBlocks, isPhotoFigure, photoCaption } from './html-blocks.ts';
import { removeArchiveToolbar } from './html-archive-toolbar.ts';
import { chooseHeadline, same } from './html-headline.ts';
import { removeChrome } from './html-chrome.ts';
import { pageMetadata } from './html-metadata.ts';
import { pageDocument } from '#page-document';
import { collapse } from './html-text.ts';
import { isoDate } from './iso-date.ts';
import { standfirstOf } from './html-standfirst.ts';
import type { SourceArticle } from './source-article.ts';
import { timedDateline } from './timed-line.ts';

type Dated = ArticleDocument['published'];

/** How many names of removed chrome a warning lists. */
const MAX_NAMES = 8;

/** Parses a saved web page; `file` names it in errors and warnings. */
export function parseHtmlArticle(html: string, file: string): SourceArticle {
  const document = pageDocument(html, file);
  removeArchiveToolbar(document);
  const meta = pageMetadata(document);
  const chrome = removeChrome(document);
  // Readability keeps the article's text and may leave out a lead photo above it, caption and all.
  const standfirstText = standfirstOf(document);
  const leadFigure = [...document.querySelectorAll('article figure, main figure')].find(isPhotoFigure);
  const leadCaption = leadFigure === undefined ? undefined : photoCaption(leadFigure);
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  const extracted =
    article?.content === null || article?.content === undefined ? undefined : contentBlocks(article.content as Element);
  if (article === null || extracted === undefined || extracted.body.length === 0) {
    throw new IngestError({
      file,
      problem:
        'no article text was found in this page (Readability, which finds the article in a web page, found none).',
      fix: "save the article's own page (not a front page, a search result or a page that loads its text by script), or copy its text into a .txt file.",
    });
  }

  const warnings: string[] = [];
  const outlet = meta.outlet ?? text(article.siteName);
  // Without an <article> or <main>, the <h1> that Readability kept at the top of the article is its headline.
  const [first] = extracted.body;
  const bodyH1 = first?.type === 'heading' && meta.h1s.includes(first.text) ? first.text : undefined;
  const chosen = chooseHeadline([meta.headline, text(article.title)], meta.articleH1 ?? bodyH1, outlet, meta.h1s, file);
  const { headline } = chosen;
  if (chosen.warning !== undefined) warnings.push(chosen.warning);
  if (headline === undefined) {
    throw new IngestError({
      file,
      problem: 'the page has no headline: no JSON-LD headline, no og:title, no <title> and no <h1>.',
      fix: 'save the page again with its <head>, or copy the article into a .txt file with the headline on the first line.',
    });
  }
  const bylineText = meta.authors.length > 0 ? joinNames(meta.authors) : text(article.byline);
  let byline = bylineText === undefined ? undefined : { name: bylineName(bylineText) ?? bylineText, text: bylineText };
  let published = dated(meta.published ?? text(article.publishedTime), 'publication date', file, warnings);
  let updated = dated(meta.updated, 'update date', file, warnings);

  // Header lines at the top of the body: dropped, and read when the metadata did not say.
  const body = [...extracted.body];
  for (let block = body[0]; block !== undefined && block.type !== 'list'; block = body[0]) {
    // A <time> with only labels around it is a dateline, whatever its words ("9:12 AM GMT+1, Updated 5 hours ago").
    const timedLine = timedDateline(block.text, extracted.timed.get(block) ?? []);
    if (timedLine !== undefined) {
      if (timedLine.byline !== undefined && byline === undefined)
        byline = { name: bylineName(timedLine.byline) ?? timedLine.byline, text: timedLine.byline };
      body.shift();
      continue;
    }
    const parts = block.text.split(/\s+[|·•]\s+/u);
    const readings = parts.map((part) => headerLine(part, headline, byline?.name));
    if (readings.some((reading) => reading === undefined)) break;
    for (const [index, reading] of readings.entries()) {
      const part = parts[index] ?? '';
      if (reading === 'byline' && byline === undefined) byline = { name: bylineName(part) ?? part, text: part };
      const dateline = reading === 'date' ? parseDateline(part) : undefined;
      if (dateline?.kind === 'published' && published === undefined) published = { iso: dateline.iso, text: part };
      if (dateline?.kind === 'updated' && updated === undefined) updated = { iso: dateline.iso, text: part };
    }
    body.shift();
  }

  if (chrome.length > 0) warnings.push(chromeWarning(chrome, file));
  for (const problem of meta.unusable) warnings.push(`${file}: the page's JSON-LD ${problem}; it was not used.`);
  if (meta.brokenJsonLd.length > 0)
    warnings.push(
      `${file}: JSON-LD block ${meta.brokenJsonLd.join(', ')} of the page is not valid JSON; its metadata was not read.`,
    );
  const url = articleUrl(meta.urls, file, warnings);
  // The dek, when the page marks it as one; Readability often keeps it as the first paragraph.
  const standfirst = standfirstText !== undefined && standfirstText !== headline ? standfirstText : undefined;
  if (standfirst !== undefined && body[0]?.type === 'paragraph' && same(body[0].text, standfirst)) body.shift();
  const image = extracted.image ?? leadCaption;
  if (extracted.leftOut.length > 0)
    warnings.push(`${file}: left out ${extracted.leftOut.join(', ')}: not article text.`);
  if (body.length === 0) warnings.push(`${file}: the article has a headline but no body text.`);

  return {
    format: 'html',
    document: { headline, standfirst, byline, published, updated, image, body },
    warnings,
    outlet,
    url,
  };
}

/** What a line at the top of the body repeats: the headline, the byline or a date; undefined for text. */
function headerLine(
  line: string,
  headline: string,
  author: string | undefined,
): 'headline' | 'byline' | 'date' | undefined {
  if (same(line, headline)) return 'headline';
  if (bylineName(line) !== undefined || (author !== undefined && same(line, author))) return 'byline';
  return parseDateline(line) === undefined ? undefined : 'date';
}

/** Names the chrome that held text, so that a reader can tell whether any of it was the article's. */
function chromeWarning(removed: readonly string[], file: string): string {
  const names = [...new Set(removed)];
  const shown = names.length > MAX_NAMES ? [...names.slice(0, MAX_NAMES), `${names.length - MAX_NAMES} more`] : names;
  const [count, check] =
    removed.length === 1 ? ['an element', 'it is not'] : [`${removed.length} elements`, 'none of them is'];
  return `${file}: left out ${count} holding text as page chrome (${shown.join(', ')}); check that ${check} part of the article.`;
}

function dated(value: string | undefined, what: string, file: string, warnings: string[]): Dated {
  if (value === undefined) return undefined;
  const iso = isoDate(value) ?? parseDateline(value)?.iso;
  if (iso === undefined)
    warnings.push(`${file}: the page's ${what} "${value}" is not a date Reworded reads; it was left out.`);
  return iso === undefined ? undefined : { iso, text: value };
}

/**
 * The first candidate that is an absolute http(s) address, without its fragment. In a page saved
 * from a web archive, the archive has rewritten the page's own address into a snapshot link: the
 * page's address is the archived one.
 */
function articleUrl(candidates: readonly string[], file: string, warnings: string[]): string | undefined {
  for (const candidate of candidates) {
    let url: URL;
    try {
      url = new URL(archiveSnapshot(candidate)?.archived ?? candidate);
    } catch {
      continue; // A relative address: the page does not say where it lived.
    }
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      url.hash = '';
      return url.href;
    }
    warnings.push(
      `${file}: the page gives "${candidate}" as its address, which is not an http(s) address; it was left out.`,
    );
  }
  return undefined;
}

function text(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || collapse(value) === '' ? undefined : collapse(value);
}
