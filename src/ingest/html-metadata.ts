/**
 * What a saved web page says about its article, read from the page's machine-readable parts in
 * order of trust: JSON-LD (the structured data news sites give search engines), then meta tags
 * (Open Graph, article:*, author, the canonical link). Readability's guesses from the visible page
 * come last, in html-article.ts. Nothing here is article text: it becomes frontmatter.
 */
import { blankDocument } from '#page-document';
import { collapse, shownText } from './html-text.ts';

/** The article metadata a page declares; values are trimmed and their white space collapsed. */
export interface PageMetadata {
  readonly headline: string | undefined;
  /** The author names, in the order the page gives them. */
  readonly authors: readonly string[];
  readonly published: string | undefined;
  readonly updated: string | undefined;
  readonly outlet: string | undefined;
  /** Candidate addresses of the article, most trusted first; not yet checked. */
  readonly urls: readonly string[];
  /** The page's h1 texts: the visible headline, to tell it from a <title> with the site's name. */
  readonly h1s: readonly string[];
  /** The article's visible headline: the h1 inside the article (or main), else the page's only h1. */
  readonly articleH1: string | undefined;
  /** JSON-LD blocks that are not JSON, by their position on the page (1 = first). */
  readonly brokenJsonLd: readonly number[];
  /** JSON-LD values given but unusable, in words: "datePublished is a number (1732484640), not text". */
  readonly unusable: readonly string[];
}

/** schema.org types of a news article or a post: the nodes that may describe the article. */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
]);

type JsonObject = Record<string, unknown>;

/** Reads the page's declared metadata. Call before anything removes scripts from the page. */
export function pageMetadata(document: Document): PageMetadata {
  const meta = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const content = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
      if (content !== null && content !== undefined && collapse(content) !== '') return collapse(content);
    }
    return undefined;
  };
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined;
  const h1s = [...document.querySelectorAll('h1')].map(shownText).filter((h1) => h1 !== '');
  const inArticle = document.querySelector('article h1, main h1, [itemprop="articleBody"] h1, [role="main"] h1');
  const articleH1 = inArticle === null ? (h1s.length === 1 ? h1s[0] : undefined) : shownText(inArticle) || undefined;
  const { article, byId, broken } = jsonLdArticle(document, {
    addresses: [canonical, meta('og:url')].filter((url): url is string => url !== undefined),
    headlines: [...h1s, meta('og:title')].filter((headline): headline is string => headline !== undefined),
  });
  const unusable: string[] = [];
  const read = (what: string, value: unknown): string | undefined => {
    const found = firstText(value);
    if (found === undefined && !isAbsent(value)) unusable.push(`${what} is ${describe(value)}, not text`);
    return found;
  };
  const ld = (key: string): unknown => resolve(article?.[key], byId);
  const ldAuthors = names(ld('author'), byId, (value) => read('author name', value));
  const metaAuthor = meta('author');
  return {
    headline: read('headline', ld('headline')) ?? text(ld('name')) ?? meta('og:title', 'twitter:title'),
    authors: ldAuthors.length > 0 ? ldAuthors : metaAuthor === undefined || isAddress(metaAuthor) ? [] : [metaAuthor],
    published: read('datePublished', ld('datePublished')) ?? meta('article:published_time', 'datePublished', 'date'),
    updated:
      read('dateModified', ld('dateModified')) ?? meta('article:modified_time', 'dateModified', 'og:updated_time'),
    outlet:
      names(ld('publisher'), byId, (value) => read('publisher name', value))[0] ??
      meta('og:site_name', 'application-name'),
    urls: [text(ld('url')), address(ld('mainEntityOfPage'), byId), canonical, meta('og:url')]
      .filter((url): url is string => url !== undefined && url.trim() !== '')
      .map((url) => url.trim()),
    h1s,
    articleH1,
    brokenJsonLd: broken,
    unusable,
  };
}

/** What the page itself says it is, to tell its article node from others (a related story's). */
interface ArticleHints {
  /** The canonical address and og:url. */
  readonly addresses: readonly string[];
  /** The h1s and og:title. */
  readonly headlines: readonly string[];
}

/**
 * The article node of the page's JSON-LD blocks (in arrays and @graph too), and every node by its
 * @id. Pages may describe related stories as articles too: the node whose address is the page's
 * canonical one is the article, else the one whose headline the page shows, else the first.
 */
function jsonLdArticle(
  document: Document,
  hints: ArticleHints,
): { article: JsonObject | undefined; byId: Map<string, JsonObject>; broken: number[] } {
  const nodes: JsonObject[] = [];
  const broken: number[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isObject(value)) {
      nodes.push(value);
      collect(value['@graph']);
    }
  };
  document.querySelectorAll('script[type="application/ld+json"]').forEach((script, index) => {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      broken.push(index + 1);
    }
  });
  const byId = new Map(
    nodes.flatMap((node) => (typeof node['@id'] === 'string' ? [[node['@id'], node] as const] : [])),
  );
  const articles = nodes.filter((node) =>
    [node['@type']].flat().some((type) => typeof type === 'string' && ARTICLE_TYPES.has(type)),
  );
  const article =
    articles.find((node) =>
      [text(node['url']), address(node['mainEntityOfPage'], byId)].some(
        (url) => url !== undefined && hints.addresses.some((page) => sameAddress(url, page)),
      ),
    ) ??
    articles.find((node) => {
      const headline = text(node['headline']) ?? text(node['name']);
      return headline !== undefined && hints.headlines.some((shown) => shown.toLowerCase() === headline.toLowerCase());
    }) ??
    articles[0];
  return { article, byId, broken };
}

/** A reference ({"@id": …}) replaced by the node it names, when the page has that node. */
function resolve(value: unknown, byId: ReadonlyMap<string, JsonObject>): unknown {
  if (Array.isArray(value)) return value.map((item) => resolve(item, byId));
  if (isObject(value) && typeof value['@id'] === 'string' && value['name'] === undefined)
    return byId.get(value['@id']) ?? value;
  return value;
}

/** Names of people or organisations: "Jane Doe", {"name": "Jane Doe"} (or ["Jane Doe"]), or a list of them. */
function names(
  value: unknown,
  byId: ReadonlyMap<string, JsonObject>,
  readName: (name: unknown) => string | undefined,
): string[] {
  return [resolve(value, byId)].flat().flatMap((item) => {
    const name = isObject(item) ? readName(item['name']) : text(item);
    return name === undefined || isAddress(name) ? [] : [name];
  });
}

/**
 * The first text of a JSON-LD value: schema.org lets any property repeat, so a page may give
 * ["2025-11-24", …] or a name as ["Jane Doe"]; the first text among them is the value.
 */
function firstText(value: unknown): string | undefined {
  return Array.isArray(value) ? value.map(text).find((item) => item !== undefined) : text(value);
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** "a number (1732484640)", "a list without text", "an object": a value's shape, in words. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list without text';
  if (isObject(value)) return 'an object';
  if (typeof value === 'string') return 'blank';
  return `a ${typeof value} (${String(value)})`;
}

/** mainEntityOfPage is an address, or a WebPage node (perhaps by reference) with its url or @id. */
function address(value: unknown, byId: ReadonlyMap<string, JsonObject>): string | undefined {
  const node = resolve(value, byId);
  return isObject(node) ? (text(node['url']) ?? text(node['@id'])) : text(node);
}

/** Two addresses of one page: the same host (when both give one) and path, whatever the query, fragment or final slash. */
function sameAddress(a: string, b: string): boolean {
  const parse = (url: string): URL | undefined => {
    try {
      return new URL(url, 'relative:/');
    } catch {
      return undefined;
    }
  };
  const [x, y] = [parse(a), parse(b)];
  if (x === undefined || y === undefined) return false;
  const path = (url: URL) => url.pathname.replace(/\/+$/u, '');
  const host = (url: URL) => url.host.replace(/^www\./u, '');
  return path(x) === path(y) && (x.protocol === 'relative:' || y.protocol === 'relative:' || host(x) === host(y));
}

/**
 * A JSON-LD string as text: entities decoded and white space collapsed. JSON needs no entities, but
 * CMSs write the HTML-escaped title into it ("Costs &amp; delays", "the bridge&#8217;s"), and a
 * reader of the page saw the characters.
 */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const decoded = collapse(value.replace(/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/giu, decodeEntity));
  return decoded === '' ? undefined : decoded;
}

let entityDecoder: HTMLElement | undefined;

/** One character reference as the character a browser shows ("&#8217;" -> "’"); an unknown one as written. */
function decodeEntity(entity: string): string {
  entityDecoder ??= blankDocument().createElement('span');
  // Only the reference itself is parsed, so no markup can come of it.
  entityDecoder.innerHTML = entity;
  return entityDecoder.textContent ?? entity;
}

/** Some pages give an author's profile address where a name belongs; that is no byline. */
function isAddress(value: string): boolean {
  return /^https?:\/\//iu.test(value);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
