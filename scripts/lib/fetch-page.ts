/**
 * Fetches one web page for `npm run add`, with Node's own fetch, and refuses anything that is not a
 * page the ingest can read. Redirects are followed by hand (at most MAX_REDIRECTS) so that the
 * chain, and the address the page was read from, are known; one deadline covers the whole chain
 * and the body; the body is counted while it is read (./read-body.ts); only text/html (or
 * application/xhtml+xml) and text/plain are taken. Every failure is an IngestError naming the link, what happened and what
 * to do (./fetch-failure.ts).
 */
import { IngestError } from '../../src/ingest/index.ts';
import { MAX_ARTICLE_BYTES, MAX_HTML_BYTES, megabytes } from '../../src/ingest/source-text.ts';
import { fetchFailure } from './fetch-failure.ts';
import { checkReadableEncoding, declaredEncoding } from './page-charset.ts';
import type { DeclaredEncoding } from './page-charset.ts';
import { readBodyAtMost } from './read-body.ts';

/** As many redirects as a browser's user would wait through for one article; more is a loop. */
export const MAX_REDIRECTS = 5;

/** How long a page may take, from the first request to the last byte. */
export const DEFAULT_TIMEOUT_MS = 20_000;

/** What fetching needs besides the link. */
export interface FetchOptions {
  readonly userAgent: string;
  readonly timeoutMs: number;
  /** The fetch to call; Node's own by default (tests give one that fails as a network would). */
  readonly fetch?: typeof fetch;
  /** The clock the fetch time is read from. */
  readonly now?: () => Date;
}

/** A page as fetched: its bytes unchanged, and how they were got. */
export interface FetchedPage {
  /** The link as given. */
  readonly requested: string;
  /** The address the page was read from, after redirects. */
  readonly final: string;
  /** Every address asked, from the link to the final one. */
  readonly chain: readonly string[];
  /** When the page was read: ISO 8601 in UTC, to the second. */
  readonly at: string;
  readonly kind: 'html' | 'text';
  readonly encoding: DeclaredEncoding;
  readonly bytes: Uint8Array;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches the page at `address` (http or https); throws IngestError naming `link` on any failure.
 * `link` is what the person gave, when `address` is another way to the same page (a web archive
 * snapshot without its toolbar).
 */
export async function fetchPage(address: string, options: FetchOptions, link: string = address): Promise<FetchedPage> {
  const fetchFunction = options.fetch ?? fetch;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), options.timeoutMs);
  const chain: string[] = [];
  try {
    let next = webAddress(address, link);
    for (;;) {
      chain.push(next);
      const response = await fetchFunction(next, {
        redirect: 'manual',
        signal: deadline.signal,
        headers: {
          'user-agent': options.userAgent,
          accept: 'text/html, application/xhtml+xml, text/plain;q=0.9',
        },
      });
      if (REDIRECT.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (location === null)
          throw fetchFailure(link, `${next} answered ${statusText(response)} without saying where to.`);
        if (chain.length > MAX_REDIRECTS) {
          throw fetchFailure(link, `the link redirects more than ${MAX_REDIRECTS} times (${chain.join(' → ')} → …).`);
        }
        const target = webAddress(new URL(utf8Location(location), next).href, link);
        // A site that sends a visitor without its cookie round to the same address (a consent or
        // login wall sets one, then redirects back) would do so for ever: said as what it is.
        if (chain.includes(target)) {
          throw fetchFailure(
            link,
            `${next} redirects back to ${target}: the site wants a cookie (a consent or login wall) that only a browser keeps.`,
          );
        }
        next = target;
        continue;
      }
      return await readPage(response, link, next, chain, options);
    }
  } catch (error) {
    // Our own refusals pass through untouched, even one made as the deadline passed.
    if (error instanceof IngestError) throw error;
    if (deadline.signal.aborted) {
      throw fetchFailure(
        link,
        `the page did not arrive within ${seconds(options.timeoutMs)} (last asked: ${chain.at(-1) ?? link}).`,
        'try again later.',
      );
    }
    throw networkFailure(error, link, chain.at(-1) ?? link);
  } finally {
    clearTimeout(timer);
  }
}

async function readPage(
  response: Response,
  link: string,
  address: string,
  chain: readonly string[],
  options: FetchOptions,
): Promise<FetchedPage> {
  if (!response.ok) {
    await response.body?.cancel();
    const hint =
      response.status === 401 || response.status === 403
        ? ' The site refuses pages to programs, or wants a login.'
        : response.status === 404 || response.status === 410
          ? ' Check the link.'
          : response.status === 429
            ? ' The site is asking for fewer requests; try again later.'
            : response.status >= 500
              ? ' The site has a problem of its own; try again later.'
              : '';
    throw fetchFailure(link, `${address} answered ${statusText(response)}.${hint}`);
  }
  const contentType = lastContentType(response.headers.get('content-type') ?? '');
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType !== 'text/html' && mediaType !== 'application/xhtml+xml' && mediaType !== 'text/plain') {
    await response.body?.cancel();
    throw fetchFailure(
      link,
      `${address} sent ${mediaType === '' ? 'something without a Content-Type' : `"${mediaType}"`}, not a web page (text/html) or plain text (text/plain).`,
      'pass the link to the article’s web page rather than to a PDF, an image or a feed.',
    );
  }
  const kind = mediaType === 'text/plain' ? 'text' : 'html';
  // What the build reads of a file of this kind (src/ingest/formats.ts, sourceByteLimit).
  const limit = kind === 'html' ? MAX_HTML_BYTES : MAX_ARTICLE_BYTES;
  const length = Number(response.headers.get('content-length'));
  const encoded = response.headers.has('content-encoding');
  if (!encoded && Number.isFinite(length) && length > limit) {
    await response.body?.cancel();
    throw tooLarge(link, megabytes(length), limit);
  }
  const bytes = await readBodyAtMost(response.body, limit);
  if (bytes === undefined) throw tooLarge(link, `more than ${wholeMegabytes(limit)}`, limit);
  const encoding = declaredEncoding(bytes, contentType, kind === 'html');
  checkReadableEncoding(encoding, link);
  const at = (options.now ?? (() => new Date()))()
    .toISOString()
    .replace(/\.\d{3}Z$/u, 'Z');
  return { requested: link, final: address, chain, at, kind, encoding, bytes };
}

const MIME_TYPE = /^\s*[\w!#$%&'*+.^`|~-]+\/[\w!#$%&'*+.^`|~-]+\s*(?:;|$)/u;

/**
 * The Content-Type a browser would take from a header sent more than once (which Headers.get
 * joins with ", "): the last value that is a MIME type, keeping the charset of an earlier value of
 * the same type when the last names none, as the Fetch standard's "extract a MIME type" does.
 */
export function lastContentType(joined: string): string {
  // Commas inside quoted parameters do not separate values.
  const values = (joined.match(/(?:[^,"]|"[^"]*")+/gu) ?? []).filter((value) => MIME_TYPE.test(value));
  let chosen = '';
  let charset: string | undefined;
  for (const value of values) {
    const own = /;\s*(charset\s*=\s*(?:"[^"]*"|[^;\s]*))/iu.exec(value)?.[1];
    if (essence(value) !== essence(chosen) || own !== undefined) charset = own;
    chosen = value.trim();
  }
  return charset === undefined || /;\s*charset\s*=/iu.test(chosen) ? chosen : `${chosen}; ${charset}`;
}

function essence(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase();
}

/**
 * A Location header as the site meant it: a server that writes a raw UTF-8 address ("/café")
 * reaches fetch as Latin-1 characters ("/cafÃ©"), which are read back as UTF-8 when they are
 * that, and left as they are when not.
 */
function utf8Location(location: string): string {
  if (!/[\u0080-\u00ff]/u.test(location) || /[^\u0000-\u00ff]/u.test(location)) return location;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(location, (char) => char.charCodeAt(0)));
  } catch {
    return location;
  }
}

/** The address as a URL string, refused unless http(s): a redirect to file: or ftp: is no page. */
function webAddress(address: string, link: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw fetchFailure(link, `"${address}" is not a web address.`, 'check the link.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw fetchFailure(link, `"${address}" is a ${url.protocol} address, not a web page (http or https).`);
  }
  return url.href;
}

/** A limit as people say it: "10 MB", not "10.0 MB". */
function wholeMegabytes(bytes: number): string {
  return megabytes(bytes).replace(/\.0 MB$/u, ' MB');
}

function tooLarge(link: string, size: string, limit: number) {
  return fetchFailure(
    link,
    `the page is ${size}; Reworded reads ${limit === MAX_HTML_BYTES ? 'web pages' : 'plain-text articles'} up to ${wholeMegabytes(limit)}.`,
  );
}

/** A network error said plainly: the codes Node's fetch gives in `cause`. */
function networkFailure(error: unknown, link: string, address: string): IngestError {
  if (!(error instanceof Error)) return fetchFailure(link, `the page could not be fetched (${String(error)}).`);
  const cause = (error as { cause?: unknown }).cause;
  const code = errorCode(cause) ?? errorCode(error);
  const host = URL.canParse(address) ? new URL(address).host : address;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return fetchFailure(
        link,
        `no computer named "${host}" was found (DNS: ${code}).`,
        'check the link and your connection.',
      );
    case 'ECONNREFUSED':
      return fetchFailure(
        link,
        `${host} refused the connection (ECONNREFUSED).`,
        'check the link, or try again later.',
      );
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return fetchFailure(link, `${host} closed the connection before the page arrived (${code}).`, 'try again later.');
    default: {
      const detail = cause instanceof Error ? cause.message : error.message;
      return fetchFailure(link, `the page could not be fetched from ${host} (${code ?? detail}).`);
    }
  }
}

function errorCode(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if ('code' in value && typeof value.code === 'string') return value.code;
  // Node tries every address of a host and reports all failures together.
  if ('errors' in value && Array.isArray(value.errors)) return errorCode(value.errors[0]);
  return undefined;
}

function statusText(response: Response): string {
  return `${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}`;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
