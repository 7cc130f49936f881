/**
 * scripts/lib/link-source.ts against a site on 127.0.0.1: a link becomes a file named after its
 * page, read as the build will read it, with where it came from; a page with no article, or a
 * paywall's stub, is refused by the link's name; a web archive snapshot is fetched without its
 * toolbar and dated by its capture.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchedFileName } from '../../scripts/lib/fetched-file-name.ts';
import { fetchLinkSource, isWebLink } from '../../scripts/lib/link-source.ts';
import type { LinkOptions } from '../../scripts/lib/link-source.ts';
import { declaredEncoding, headerCharset } from '../../scripts/lib/page-charset.ts';
import { userAgent } from '../../scripts/lib/user-agent.ts';
import { metaCharset } from '../../src/ingest/html-charset.ts';
import { IngestError, parseArticleSource } from '../../src/ingest/index.ts';
import { ARCHIVED, servePages } from '../support/page-server.ts';
import type { PageServer } from '../support/page-server.ts';

let site: PageServer;
let options: LinkOptions;
beforeAll(async () => {
  site = await servePages();
  options = {
    userAgent: 'Reworded/test',
    timeoutMs: 2_000,
    now: () => new Date('2026-12-03T20:15:42Z'),
    archiveHosts: [site.host],
  };
});
afterAll(() => site.close());

async function refusal(link: string): Promise<IngestError> {
  const error: unknown = await fetchLinkSource(link, new Set(), options).catch((reason: unknown) => reason);
  if (!(error instanceof IngestError)) throw new Error(`expected an IngestError, got ${String(error)}`);
  return error;
}

describe('fetchLinkSource', () => {
  test('a page after redirects: named after its final address, its origin recorded', async () => {
    const taken = new Set(['harbour-bridge-reopens.html']);
    const source = await fetchLinkSource(`${site.origin}/s/1`, taken, options);
    expect(source.name).toBe('harbour-bridge-reopens-2.html');
    expect(taken.has('harbour-bridge-reopens-2.html')).toBe(true);
    expect(source.origin).toEqual({
      archived: undefined,
      retrieved: '2026-12-03T20:15:42Z',
      fetched: {
        requested: `${site.origin}/s/1`,
        final: `${site.origin}/news/harbour-bridge-reopens`,
        at: '2026-12-03T20:15:42Z',
        charset: 'utf-8',
      },
    });
    expect(source.warnings).toEqual([]);
  });

  test('a Windows-1252 page declared in its header reads with its curly quotes and accents', async () => {
    const source = await fetchLinkSource(`${site.origin}/courrier`, new Set(), options);
    expect(source.name).toBe('courrier.html');
    const article = parseArticleSource({ name: source.name, path: source.name, bytes: source.bytes });
    expect(article.document.headline).toBe('Le pont du port rouvre après six mois de travaux');
    expect(JSON.stringify(article.document.body)).toContain('« C’était un long hiver de bouchons »');
    // Saved unchanged: still Windows-1252 bytes (0x92 is its right single quote).
    expect(source.bytes.includes(0x92)).toBe(true);
    // The header's charset is recorded, since the page does not say it: no guess, no warning.
    expect(source.origin.fetched.charset).toBe('windows-1252');
    expect(source.warnings).toEqual([]);
  });

  test('a German Windows-1252 page whose „Spaß“ also forms UTF-8 bytes reads as its header says', async () => {
    const source = await fetchLinkSource(`${site.origin}/hafenbote`, new Set(), options);
    expect(source.origin.fetched.charset).toBe('windows-1252');
    expect(source.warnings).toEqual([]);
    const article = parseArticleSource({
      name: source.name,
      path: source.name,
      bytes: source.bytes,
      charset: 'windows-1252',
    });
    expect(article.warnings).toEqual([]);
    expect(JSON.stringify(article.document.body[0])).toContain('„Das war kein Spaß“, sagte die Bürgermeisterin');
  });

  test('a paywall stub is refused by the link, as too short to be the article', async () => {
    const error = await refusal(`${site.origin}/paywalled`);
    expect(error.file).toBe(`${site.origin}/paywalled`);
    expect(error.problem).toMatch(
      /^the page arrived, but its article text is \d+ words long \(under 50\): it is probably a paywall, a consent or cookie wall/u,
    );
    expect(error.fix).toMatch(/save the page \(File > Save Page As…, "Web Page, HTML only"\) and pass the saved file/u);
  });

  test('a page with no article is refused by the link, with the ingest’s reason', async () => {
    const error = await refusal(`${site.origin}/front`);
    expect(error.problem).toMatch(/^the page arrived, but no article text was found in this page/u);
  });

  test('a snapshot link is fetched in its id_ form, without the toolbar, and dated by its capture', async () => {
    const link = `http://${site.host}/web/2026/${ARCHIVED}`;
    const source = await fetchLinkSource(link, new Set(), options);
    expect(site.requests.map((request) => request.path)).toContain(`/web/2026id_/${ARCHIVED}`);
    expect(source.name).toBe('harbour-bridge-reopens.html');
    expect(new TextDecoder().decode(source.bytes)).not.toContain('WAYBACK TOOLBAR');
    expect(source.origin).toEqual({
      archived: ARCHIVED,
      retrieved: '2026-03-03T10:15:00Z',
      fetched: {
        requested: link,
        final: `http://${site.host}/web/20260303101500id_/${ARCHIVED}`,
        at: '2026-12-03T20:15:42Z',
        charset: 'utf-8',
      },
    });
  });
});

describe('the parts', () => {
  test('a web link is http or https; anything else is a file', () => {
    expect(isWebLink('https://courier.example/a')).toBe(true);
    expect(isWebLink('HTTP://courier.example/a')).toBe(true);
    expect(isWebLink('courier.html')).toBe(false);
    expect(isWebLink('ftp://courier.example/a')).toBe(false);
  });

  test.each([
    ['https://courier.example/news/2026/03/harbour-bridge-reopens/', 'html', 'harbour-bridge-reopens.html'],
    ['https://www.courier.example/', 'html', 'courier-example.html'],
    ['https://courier.example/story/12345/amp', 'html', 'story.html'],
    ['https://courier.example/Économie/Le%20Pont.php?id=3', 'html', 'le-pont.html'],
    ['https://courier.example/notes', 'text', 'notes.txt'],
  ] as const)('names %s %s', (address, kind, name) => {
    expect(fetchedFileName(address, kind, new Set())).toBe(name);
  });

  test('a name differing from a taken one only in case is taken too (macOS and Windows ignore case)', () => {
    expect(fetchedFileName('https://courier.example/news/report', 'html', new Set(['Report.html']))).toBe(
      'report-2.html',
    );
  });

  test('reads a charset as a browser does: mark, header, then the page', () => {
    const utf8 = new TextEncoder();
    expect(headerCharset('text/html; charset="ISO-8859-1"')).toBe('ISO-8859-1');
    expect(headerCharset('text/html')).toBeUndefined();
    expect(metaCharset(utf8.encode('<head><meta charset=windows-1252></head>'))).toBe('windows-1252');
    expect(metaCharset(utf8.encode('<meta http-equiv="Content-Type" content="text/html; charset=latin1">'))).toBe(
      'latin1',
    );
    const page = utf8.encode('<meta charset="latin1">');
    expect(declaredEncoding(page, 'text/html; charset=utf-8', true).encoding).toBe('utf-8');
    expect(declaredEncoding(page, 'text/html', true)).toEqual({
      encoding: 'windows-1252',
      label: 'latin1',
      declaredBy: 'page',
    });
    expect(declaredEncoding(page, 'text/plain', false).encoding).toBeUndefined();
  });

  test('the User-Agent names Reworded, and the site when there is one', () => {
    expect(userAgent('0.1.0', undefined)).toBe('Reworded/0.1.0');
    expect(userAgent('0.1.0', 'https://reworded.example')).toBe('Reworded/0.1.0 (+https://reworded.example)');
  });
});
