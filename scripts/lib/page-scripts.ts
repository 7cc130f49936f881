/**
 * Every script a built page loads: the ones its HTML names, and each module, dynamic import and
 * worker those name in turn (Vite writes them as sibling files under _astro/). What a page costs a
 * reader to download is the sum of these, not only of its <script> elements.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A script file name under _astro/, as a built module names another: "./read-side.Bx1.js", "/_astro/x.js". */
const SCRIPT_REFERENCE = /["'`](?:\.\/|\/(?:[^"'`\s]*\/)?_astro\/)([\w.-]+\.js)["'`]/gu;

/** The file names of the readers /compare/ loads one of, by format, when a file of it comes (src/compare-page/format-readers.ts). */
export const FORMAT_READER_CHUNKS = {
  'plain text': 'plain-text-source.',
  Markdown: 'markdown-source.',
  HTML: 'html-article.',
} as const;

/**
 * The scripts (paths under `dist`) that the page `htmlFile` (a path under `dist`) loads,
 * transitively; `skip` leaves out a script (by file name) and what only it would load.
 */
export function pageScripts(dist: string, htmlFile: string, skip: (name: string) => boolean = () => false): string[] {
  const html = readFileSync(path.join(dist, htmlFile), 'utf8');
  const found = new Set<string>();
  const pending = [...html.matchAll(/<script[^>]*\bsrc="[^"]*?\/_astro\/([\w.-]+\.js)"/gu)].map((match) => match[1]!);
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (found.has(name) || skip(name)) continue;
    found.add(name);
    const code = readFileSync(path.join(dist, '_astro', name), 'utf8');
    for (const match of code.matchAll(SCRIPT_REFERENCE)) pending.push(match[1]!);
  }
  return [...found].sort().map((name) => `_astro/${name}`);
}

/** What /compare/ loads for a reader who gives it files of one format: every script but the other formats' readers. */
export function compareScriptsFor(dist: string, format: keyof typeof FORMAT_READER_CHUNKS): string[] {
  const others = Object.entries(FORMAT_READER_CHUNKS)
    .filter(([name]) => name !== format)
    .map(([, prefix]) => prefix);
  return pageScripts(dist, 'compare/index.html', (name) => others.some((prefix) => name.startsWith(prefix)));
}
