/**
 * A news site for the fetch tests, on a free port of 127.0.0.1: fixture pages (tests/fixtures/pages)
 * and every way a fetch can fail — a redirect chain and a loop, a 404, a page that never comes, an
 * oversized page, a PDF, a Windows-1252 page, a paywall, and web archive snapshots under /web/.
 * It records each request's path and User-Agent, so that tests can say what was asked.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ROOT } from './seed.ts';

const PAGES = path.join(ROOT, 'tests/fixtures/pages');
const page = (name: string) => readFileSync(path.join(PAGES, name));
const HTML = 'text/html; charset=utf-8';

/** The archived page's address, as the snapshots under /web/ name it. */
export const ARCHIVED = 'https://courier.example/news/harbour-bridge-reopens';
/** The exact capture the archive redirects a shorter timestamp to. */
export const CAPTURE = '20260303101500';

/** A running site: its origin, its host (for snapshot links), what was asked of it, and how to stop it. */
export interface PageServer {
  readonly origin: string;
  readonly host: string;
  readonly requests: {
    readonly path: string;
    readonly userAgent: string | undefined;
    readonly acceptLanguage: string | undefined;
  }[];
  close(): Promise<void>;
}

type Route = (response: ServerResponse, request: IncomingMessage) => void;

const send =
  (type: string, body: Uint8Array | string, status = 200): Route =>
  (response) =>
    response.writeHead(status, { 'content-type': type }).end(body);
const redirect =
  (to: string, status = 302): Route =>
  (response) =>
    response.writeHead(status, { location: to }).end();

/** The site's pages; `origin` is its own, for a redirect given as an absolute address. */
const routes = (origin: string): Record<string, Route> => ({
  '/news/harbour-bridge-reopens': send(HTML, page('courier-article.html')),
  '/ferry/spring-timetable.html': send(HTML, page('plain-host-article.html')),
  '/s/1': redirect('/s/2', 301),
  '/s/2': redirect(`${origin}/s/3`, 307),
  '/s/3': redirect('/news/harbour-bridge-reopens', 308),
  '/no-location': (response) => response.writeHead(302).end(),
  '/to-file': redirect('file:///etc/passwd'),
  '/gone': send('text/html', 'Not here', 404),
  '/broken': send('text/html', 'Server error', 503),
  '/report.pdf': send('application/pdf', '%PDF-1.7\n'),
  '/courrier': send('text/html; charset=windows-1252', page('courrier-cp1252.html')),
  '/hafenbote': send('text/html; charset=windows-1252', page('hafenbote-cp1252.html')),
  // A Content-Type sent twice, as some proxies do: the last is the one a browser takes.
  '/two-types': (response) => {
    response.setHeader('content-type', ['text/plain', 'text/html; charset=utf-8']);
    response.end(page('courier-article.html'));
  },
  '/xhtml': send('application/xhtml+xml; charset=utf-8', page('courier-article.html')),
  // A Location in raw UTF-8 bytes, as some servers write one (Node sends header strings as Latin-1).
  '/to-cafe': redirect(Buffer.from('/news/café-bridge', 'utf8').toString('latin1')),
  '/news/caf%C3%A9-bridge': send(HTML, page('courier-article.html')),
  // A consent wall: sets a cookie and sends the visitor back where it came from.
  '/consent': redirect('/consent', 302),
  '/busy': send('text/html', 'Too many requests', 429),
  // Shared with campaign parameters, by a page that gives no address of its own.
  '/ferry/spring-timetable.html?utm_source=news&utm_medium=email&day=2': send(
    HTML,
    page('plain-host-article.html')
      .toString('utf8')
      .replace(/<link rel="canonical"[^>]*>/u, ''),
  ),
  '/shift-jis': send('text/html; charset=Shift_JIS', '<p>x</p>'),
  '/paywalled': send(HTML, page('paywall.html')),
  '/front': send(
    HTML,
    '<!DOCTYPE html><html><head><title>The Courier</title></head><body><nav><a href="/">Home</a></nav></body></html>',
  ),
  '/notes.txt': send(
    'text/plain; charset=utf-8',
    `Notes from the council\n\n${'The council met again on Thursday to discuss the harbour budget. '.repeat(8)}\n`,
  ),
  // Headers come at once, the body never: only the deadline ends the wait.
  '/slow': (response) => {
    response.writeHead(200, { 'content-type': HTML });
    response.write('<!DOCTYPE html><html><body><p>The first words');
  },
  '/never': () => {},
  // More than the page limit, without a Content-Length: only counting the body finds it.
  '/huge': (response) => {
    response.writeHead(200, { 'content-type': HTML });
    const chunk = Buffer.alloc(1_000_000, 'a');
    for (let sent = 0; sent < 11; sent += 1) response.write(chunk);
    response.end();
  },
  '/huge-declared': (response) => {
    response.writeHead(200, { 'content-type': HTML, 'content-length': String(50_000_000) });
    response.write('<!DOCTYPE html>');
  },
  // The archive: a short timestamp redirects to the capture; `id_` serves the page as archived.
  [`/web/2026id_/${ARCHIVED}`]: redirect(`/web/${CAPTURE}id_/${ARCHIVED}`),
  [`/web/${CAPTURE}id_/${ARCHIVED}`]: send(HTML, page('courier-article.html')),
  [`/web/${CAPTURE}/${ARCHIVED}`]: send(HTML, page('wayback-toolbar.html')),
});

/** Starts the site. */
export async function servePages(): Promise<PageServer> {
  const requests: PageServer['requests'] = [];
  let site: Record<string, Route> = {};
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push({
      path: url,
      userAgent: request.headers['user-agent'],
      acceptLanguage: request.headers['accept-language'],
    });
    const loop = /^\/loop\/(\d+)$/u.exec(url);
    const route = loop === null ? site[url] : redirect(`/loop/${Number(loop[1]) + 1}`);
    (route ?? send('text/html', 'Not found', 404))(response, request);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  site = routes(`http://127.0.0.1:${port}`);
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
