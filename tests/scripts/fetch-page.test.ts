/**
 * scripts/lib/fetch-page.ts against a site on 127.0.0.1 (tests/support/page-server.ts): what it
 * takes, what it refuses, and that each refusal names the link, what happened and what to do.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchPage, lastContentType, MAX_REDIRECTS } from '../../scripts/lib/fetch-page.ts';
import type { FetchOptions } from '../../scripts/lib/fetch-page.ts';
import { SAVE_IN_BROWSER } from '../../scripts/lib/fetch-failure.ts';
import { IngestError } from '../../src/ingest/index.ts';
import { servePages } from '../support/page-server.ts';
import type { PageServer } from '../support/page-server.ts';

let site: PageServer;
beforeAll(async () => {
  site = await servePages();
});
afterAll(() => site.close());

const options: FetchOptions = {
  userAgent: 'Reworded/0.1.0 (+https://reworded.example)',
  timeoutMs: 2_000,
  now: () => new Date('2026-12-03T20:15:42.123Z'),
};

/** The IngestError a fetch of `path` fails with. */
async function failure(path: string, given: Partial<FetchOptions> = {}): Promise<IngestError> {
  const link = `${site.origin}${path}`;
  const error: unknown = await fetchPage(link, { ...options, ...given }).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof IngestError)) throw new Error(`expected an IngestError for ${link}, got ${String(error)}`);
  expect(error.file).toBe(link);
  return error;
}

describe('fetchPage', () => {
  test('takes the last of two Content-Types, XHTML as a web page, and asks for no language', async () => {
    const twice = await fetchPage(`${site.origin}/two-types`, options);
    expect(twice.kind).toBe('html');
    expect(twice.encoding.encoding).toBe('utf-8');
    expect((await fetchPage(`${site.origin}/xhtml`, options)).kind).toBe('html');
    // No language preference of ours: a site answers in its own (fetch itself sends "*").
    expect(site.requests.at(-1)?.acceptLanguage ?? '*').toBe('*');
    expect(lastContentType('text/html; charset=windows-1252, text/html')).toBe('text/html; charset=windows-1252');
    expect(lastContentType('text/html; charset="a,b", nonsense')).toBe('text/html; charset="a,b"');
    expect(lastContentType('text/html; charset=utf-8, text/plain')).toBe('text/plain');
  });

  test('says a site that redirects back to the same address wants a cookie, and a 429 to try later', async () => {
    expect((await failure('/consent')).problem).toMatch(
      /\/consent redirects back to .*\/consent: the site wants a cookie \(a consent or login wall\)/u,
    );
    expect((await failure('/busy')).problem).toMatch(/answered 429 Too Many Requests\. .*try again later\.$/u);
  });

  test('reads a Location written in raw UTF-8 as the address the site meant', async () => {
    const page = await fetchPage(`${site.origin}/to-cafe`, options);
    expect(page.final).toBe(`${site.origin}/news/caf%C3%A9-bridge`);
  });

  test('returns the page unchanged, with the time and the User-Agent that names Reworded', async () => {
    const page = await fetchPage(`${site.origin}/news/harbour-bridge-reopens`, options);
    expect(page.kind).toBe('html');
    expect(page.final).toBe(`${site.origin}/news/harbour-bridge-reopens`);
    expect(page.at).toBe('2026-12-03T20:15:42Z');
    expect(new TextDecoder().decode(page.bytes)).toContain(
      '<h1>Harbour bridge reopens after six months of repairs</h1>',
    );
    expect(site.requests.at(-1)?.userAgent).toBe('Reworded/0.1.0 (+https://reworded.example)');
  });

  test('follows a chain of redirects, relative and absolute, and knows every step', async () => {
    const page = await fetchPage(`${site.origin}/s/1`, options);
    expect(page.requested).toBe(`${site.origin}/s/1`);
    expect(page.chain).toEqual([
      `${site.origin}/s/1`,
      `${site.origin}/s/2`,
      `${site.origin}/s/3`,
      `${site.origin}/news/harbour-bridge-reopens`,
    ]);
    expect(page.final).toBe(`${site.origin}/news/harbour-bridge-reopens`);
  });

  test(`follows ${MAX_REDIRECTS} redirects and refuses a sixth`, async () => {
    // /loop/N redirects to /loop/N+1 for ever: five steps from /loop/1 is /loop/6, which redirects again.
    const error = await failure('/loop/1');
    expect(error.problem).toMatch(/^the link redirects more than 5 times \(.*\/loop\/1 → .*\/loop\/6 → …\)\.$/u);
    expect(error.fix).toBe(SAVE_IN_BROWSER);
  });

  test.each([
    ['/gone', /answered 404 Not Found\. Check the link\.$/u],
    ['/broken', /answered 503 Service Unavailable\. The site has a problem of its own; try again later\.$/u],
    ['/no-location', /answered 302 Found without saying where to\.$/u],
    ['/to-file', /"file:\/\/\/etc\/passwd" is a file: address, not a web page/u],
    ['/report.pdf', /sent "application\/pdf", not a web page \(text\/html\) or plain text/u],
    ['/huge', /^the page is more than 10 MB; Reworded reads web pages up to 10 MB\.$/u],
    ['/huge-declared', /^the page is 50\.0 MB; Reworded reads web pages up to 10 MB\.$/u],
    ['/shift-jis', /says it is shift_jis text; Reworded reads UTF-8 and Windows-1252 \(Western\) pages only/u],
  ])('refuses %s, saying why', async (path, problem) => {
    const error = await failure(path);
    expect(error.problem).toMatch(problem);
    expect(error.fix).not.toBe('');
  });

  test.each(['/slow', '/never'])('gives up on %s at the deadline', async (path) => {
    const started = performance.now();
    const error = await failure(path, { timeoutMs: 300 });
    expect(error.problem).toMatch(/^the page did not arrive within 0\.3 s/u);
    expect(error.fix).toMatch(/^try again later\. Otherwise, open the link in your browser, save the page/u);
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  test('says a refused connection as such', async () => {
    // A port that was just free and is closed again: nothing listens there.
    const closed = await servePages();
    const origin = closed.origin;
    await closed.close();
    const error: unknown = await fetchPage(`${origin}/`, options).catch((reason: unknown) => reason);
    expect((error as IngestError).problem).toBe(
      `${origin.replace('http://', '')} refused the connection (ECONNREFUSED).`,
    );
  });

  test('says a name that does not resolve as such (a network that fails as DNS would)', async () => {
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND courier.invalid'), { code: 'ENOTFOUND' });
    const offline: typeof fetch = () => Promise.reject(new TypeError('fetch failed', { cause: dns }));
    const error: unknown = await fetchPage('https://courier.invalid/news', { ...options, fetch: offline }).catch(
      (reason: unknown) => reason,
    );
    expect((error as IngestError).message).toBe(
      `https://courier.invalid/news: no computer named "courier.invalid" was found (DNS: ENOTFOUND).\n  Fix: check the link and your connection. Otherwise, ${SAVE_IN_BROWSER}`,
    );
  });

  test('takes plain text, and reads a charset from the header', async () => {
    const text = await fetchPage(`${site.origin}/notes.txt`, options);
    expect(text.kind).toBe('text');
    const page = await fetchPage(`${site.origin}/courrier`, options);
    expect(page.encoding).toEqual({
      encoding: 'windows-1252',
      label: 'windows-1252',
      declaredBy: 'Content-Type header',
    });
  });
});
