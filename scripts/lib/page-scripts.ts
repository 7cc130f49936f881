/**
 * Every script a built page loads: the ones its HTML names, and each module, dynamic import and
 * worker those name in turn (Vite writes them as sibling files under _astro/). What a page costs a
 * reader to download is the sum of these, not only of its <script> elements.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A script file name under _astro/, as a built module names another: "./read-side.Bx1.js", "/_astro/x.js". */
const SCRIPT_REFERENCE = /["'`](?:\.\/|\/(?:[^"'`\s]*\/)?_astro\/)([\w.-]+\.js)["'`]/gu;

/** The scripts (paths under `dist`) that the page `htmlFile` (a path under `dist`) loads, transitively. */
export function pageScripts(dist: string, htmlFile: string): string[] {
  const html = readFileSync(path.join(dist, htmlFile), 'utf8');
  const found = new Set<string>();
  const pending = [...html.matchAll(/<script[^>]*\bsrc="[^"]*?\/_astro\/([\w.-]+\.js)"/gu)].map((match) => match[1]!);
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (found.has(name)) continue;
    found.add(name);
    const code = readFileSync(path.join(dist, '_astro', name), 'utf8');
    for (const match of code.matchAll(SCRIPT_REFERENCE)) pending.push(match[1]!);
  }
  return [...found].sort().map((name) => `_astro/${name}`);
}
