/**
 * The name a fetched page is saved under in its story folder: the last meaningful part of its
 * address ("harbour-bridge-reopens.html" for https://courier.example/news/harbour-bridge-reopens),
 * else its host ("courier-example.html"), made a safe file name, with the extension of what it is.
 */
import { slugify } from '../../src/ingest/slug.ts';

/** The longest name part kept: a file name that a person can still read. */
const MAX_STEM = 60;

/** A file name for the page at `address` not already in `taken` (which it joins). */
export function fetchedFileName(address: string, kind: 'html' | 'text', taken: Set<string>): string {
  const url = new URL(address);
  const segments = url.pathname
    .split('/')
    .map((segment) => slugify(safeDecode(segment).replace(/\.(?:s?html?|php|aspx?|jsp)$/iu, '')))
    // "index", "amp" and bare numbers say nothing a reader would recognise.
    .filter((segment) => segment !== '' && !/^(?:index|amp|\d+)$/u.test(segment));
  const stem = (segments.at(-1) ?? slugify(url.hostname.replace(/^www\./u, '')) ?? 'page').slice(0, MAX_STEM);
  const base = stem.replace(/-+$/u, '') || 'page';
  const extension = kind === 'html' ? 'html' : 'txt';
  // "Report.html" and "report.html" are one file on macOS and Windows: names differ in more than case.
  const lower = new Set([...taken].map((name) => name.toLowerCase()));
  let name = `${base}.${extension}`;
  for (let n = 2; lower.has(name.toLowerCase()); n += 1) name = `${base}-${n}.${extension}`;
  taken.add(name);
  return name;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
