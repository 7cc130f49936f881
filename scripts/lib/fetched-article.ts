/**
 * Checks a fetched page the way the build will read it, before anything is saved, and says any
 * problem in terms of the link: a page the ingest refuses, or one whose article is too short to be
 * the article. A paywall, a consent wall or a page that loads its text by script still reads as a
 * page, with a teaser paragraph or a cookie notice for its body: under MIN_WORDS words of body text
 * is taken for one of those, since no news article worth comparing is that short.
 */
import { IngestError, parseArticleSource } from '../../src/ingest/index.ts';
import type { SourceArticle } from '../../src/ingest/index.ts';
import type { ArticleFile } from '../../src/ingest/formats.ts';
import { fetchFailure } from './fetch-failure.ts';

/** The fewest words of body text a fetched page must hold to be taken for the article. */
export const MIN_WORDS = 50;

/** The page's words of body text. */
export function bodyWords(article: SourceArticle): number {
  const texts = article.document.body.flatMap((block) => (block.type === 'list' ? block.items : [block.text]));
  return texts.reduce((total, text) => total + (text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0), 0);
}

/**
 * Reads the fetched file `name` as the build will, in the `charset` its server sent (which
 * story.yaml records); throws IngestError naming `link`.
 */
export function checkFetchedArticle(
  link: string,
  name: string,
  bytes: Uint8Array,
  charset: ArticleFile['charset'] = undefined,
): SourceArticle {
  let article: SourceArticle;
  try {
    article = parseArticleSource({ name, path: link, bytes, charset });
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    throw fetchFailure(link, `the page arrived, but ${lowerFirst(error.problem)}`);
  }
  const words = bodyWords(article);
  if (words < MIN_WORDS) {
    throw fetchFailure(
      link,
      `the page arrived, but its article text is ${words === 1 ? '1 word' : `${words} words`} long (under ${MIN_WORDS}): it is probably a paywall, a consent or cookie wall, or a page that loads its text by script.`,
    );
  }
  return article;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/u.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text;
}
