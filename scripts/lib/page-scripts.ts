/**
 * Every script a built page loads: the ones its HTML names, and each module, dynamic import and
 * worker those name in turn (Vite writes them as sibling files under _astro/). What a page costs a
 * reader to download is the sum of these, not only of its <script> elements.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * A script as a built module names another: beside it ("./read-side.Bx1.js") or from the site's
 * root ("/_astro/workers/compare-worker.Cq2.js", under BASE when there is one).
 */
const SCRIPT_REFERENCE = /["'`](\.\/[\w.-]+\.js|\/(?:[^"'`\s]*\/)?_astro\/[\w./-]+\.js)["'`]/gu;

/**
 * The scripts (paths under `dist`, such as "_astro/read-side.Bx1.js") that the page `htmlFile` (a
 * path under `dist`) loads, transitively; `skip` leaves out a script (by its file name) and what
 * only it would load.
 */
export function pageScripts(dist: string, htmlFile: string, skip: (name: string) => boolean = () => false): string[] {
  const html = readFileSync(path.join(dist, htmlFile), 'utf8');
  const found = new Set<string>();
  const pending = [...html.matchAll(/<script[^>]*\bsrc="[^"]*?\/(_astro\/[\w./-]+\.js)"/gu)].map((match) => match[1]!);
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (found.has(file) || skip(path.posix.basename(file))) continue;
    found.add(file);
    const code = readFileSync(path.join(dist, file), 'utf8');
    for (const [, reference] of code.matchAll(SCRIPT_REFERENCE)) {
      pending.push(
        reference!.startsWith('./')
          ? path.posix.join(path.posix.dirname(file), reference!)
          : reference!.slice(reference!.indexOf('_astro/')),
      );
    }
  }
  return [...found].sort();
}

/** The file names of the readers /compare/ loads one of, by format, when a file of it comes (src/compare-page/format-readers.ts). */
export const FORMAT_READER_CHUNKS = {
  'plain text': 'plain-text-source.',
  Markdown: 'markdown-source.',
  HTML: 'html-article.',
} as const;

/** What /compare/ loads for a reader who gives it files of one format: every script but the other formats' readers. */
export function compareScriptsFor(dist: string, format: keyof typeof FORMAT_READER_CHUNKS): string[] {
  const others = Object.entries(FORMAT_READER_CHUNKS)
    .filter(([name]) => name !== format)
    .map(([, prefix]) => prefix);
  return pageScripts(dist, 'compare/index.html', (name) => others.some((prefix) => name.startsWith(prefix)));
}

/** The size of scripts as a host sends them: as they are, with gzip and with brotli (best levels). */
export interface ScriptSize {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** The sizes of `files` (paths under `dist`), added up. */
export function scriptSize(dist: string, files: readonly string[]): ScriptSize {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gzip, brotli };
}
