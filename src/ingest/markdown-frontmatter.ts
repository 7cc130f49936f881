/**
 * The frontmatter of a Markdown article file: what a person may say about the article above its
 * text, between `---` fences.
 *
 *   ---
 *   headline: Trump hints at progress in the peace talks   (or title)
 *   byline: Jane Doe            (or author, or authors: a name or a list of names)
 *   date: 2025-11-24T21:44+05:30  (or published, pubDate, publishDate; ISO 8601 or a YAML timestamp)
 *   updated: 2025-11-25           (or updatedDate, lastmod, last_modified_at, modified)
 *   outlet: Reuters             (or publisher, or source)
 *   url: https://example.com/news/1
 *   standfirst: The dek under the headline.   (or description, or summary)
 *   ---
 *
 * The other names are the ones Astro, Jekyll, Hugo and Eleventy sites already write, so a post
 * from such a site reads without editing (frontmatter-synonyms.ts). Two names of one field may both
 * be given only with one value. Keys such sites write for the site alone (layout, tags, draft, …)
 * are left out with a warning.
 *
 * Strict, like story.yaml: a misspelt key or a number where text belongs is an error naming the
 * line, never a value silently ignored. YAML is read with the 1.2 core schema, so a date stays the
 * text it was written as and is read here, with its offset, rather than by YAML into a UTC Date.
 */
import { LineCounter, parseDocument } from 'yaml';
import * as z from 'zod/mini';
import { IngestError } from './errors.ts';
import { conflictingKeys, IGNORED, SYNONYMS } from './frontmatter-synonyms.ts';
import { isoDate } from './iso-date.ts';
import { joinNames } from './join-names.ts';
import { cutValue, cutValueMessage } from './yaml-cut-value.ts';
import { yamlData } from './yaml-data.ts';

const DATE_FIX =
  'write the date as ISO 8601 (2025-11-24, 2025-11-24T21:44+05:30) or as a YAML timestamp (2025-11-24 21:44:00 +05:30).';
const NAMES_FIX = 'write the name as text, or several names as a list of text ([Jane Doe, John Roe]).';
const DATE_KEYS = SYNONYMS.filter(({ field }) => field.endsWith('date')).flatMap(({ keys }) => keys);
/** What to do about a bad value, by key; any other key's value is text. */
const FIXES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(DATE_KEYS.map((key) => [key, DATE_FIX])),
  url: "give the article's own address, starting with https:// or http://, or remove the line.",
  author: NAMES_FIX,
  authors: NAMES_FIX,
};
const REPEAT_FIX = 'remove one of the two lines, or give both the same value.';
const TEXT_FIX = 'write the value as text; put it in quotes when YAML would read it as something else ("2025", "yes").';
const FIX =
  'the frontmatter accepts headline (or title), standfirst (or description, summary), byline (or author, authors), date (or published, pubDate, publishDate), updated (or updatedDate, lastmod, last_modified_at, modified), outlet (or publisher, source) and url, and leaves out layout, tags, categories, draft, permalink, slug, image, heroImage, aliases, weight, excerpt and lang; see README.md, "Markdown and HTML article files".';

/** Text of the article: a non-empty string, never a number or a list YAML happened to read. */
const text = z
  .string({ error: (issue) => `must be text, not ${describe(issue.input)}` })
  .check(z.trim(), z.minLength(1, 'is empty'));
/** A name, or a list of names ("authors: [Jane Doe, John Roe]"), as Jekyll and Hugo themes write them. */
const names = z.union([text, z.array(text).check(z.minLength(1, 'is an empty list'))], {
  error: (issue) => {
    const list: readonly unknown[] = Array.isArray(issue.input) ? issue.input : [];
    const odd = list.find((item) => typeof item !== 'string');
    return `must be a name or a list of names, not ${odd === undefined ? describe(issue.input) : `a list holding ${describe(odd)}`}`;
  },
});
const date = text.check(
  z.refine(
    (value) => isoDate(value) !== undefined,
    'is not a date in ISO 8601 (e.g. 2025-11-24 or 2025-11-24T21:44+05:30)',
  ),
);

// zod's small build: this schema also runs in the reader's browser, where every kilobyte is read.
const frontmatterSchema = z
  .strictObject({
    headline: z.optional(text),
    title: z.optional(text),
    standfirst: z.optional(text),
    description: z.optional(text),
    summary: z.optional(text),
    byline: z.optional(text),
    author: z.optional(names),
    authors: z.optional(names),
    ...Object.fromEntries(DATE_KEYS.map((key) => [key, z.optional(date)])),
    // Left out whatever they hold: they describe the site's page, not the article.
    ...Object.fromEntries(IGNORED.map((key) => [key, z.optional(z.unknown())])),
    outlet: z.optional(text),
    publisher: z.optional(text),
    source: z.optional(text),
    url: z.optional(
      z.url({ protocol: /^https?$/, error: 'must be an http(s) address, e.g. https://example.com/news/1' }),
    ),
  })
  .check(
    z.superRefine((data, context) => {
      // Two names for one field: the same value twice is one statement; two values are a contradiction.
      const conflict = conflictingKeys(data, sameness);
      if (conflict !== undefined) {
        context.addIssue({
          code: 'custom',
          path: [conflict.second],
          message: `and "${conflict.first}" both give ${conflict.field}, with different values`,
          params: { fix: REPEAT_FIX },
        });
      }
    }),
  );

/** What a value says, for telling a repeat from a contradiction: dates as the moment, names as the byline. */
function sameness(value: string | readonly string[]): string {
  if (typeof value !== 'string') return joinNames(value);
  const iso = isoDate(value);
  return iso === undefined ? value : moment(iso, value);
}

const SECONDS = /^\s*\d{4}-\d{2}-\d{2}[Tt ]\s*\d{2}:\d{2}:(\d{2}(?:[.,]\d+)?)/u;

/**
 * A date as the instant it names, to the second: `21:44+01:00` and `20:44Z` are one moment, and
 * `21:44:10` and `21:44:50` two, though ingest writes both at the minute. A day, or a time without
 * a zone, is compared as written (with its seconds).
 */
function moment(iso: string, text: string): string {
  const seconds = (SECONDS.exec(text)?.[1] ?? '0').replace(',', '.');
  if (iso.length === 10) return iso;
  const zone = iso.slice(16);
  if (zone === '') return `${iso}:${seconds}`;
  const at = Date.parse(`${iso.slice(0, 16)}:00${zone}`) + Math.round(Number(seconds) * 1000);
  return Number.isNaN(at) ? iso : `@${at}`;
}

/** What the frontmatter of a Markdown article says, with the dates read. */
export interface MarkdownFrontmatter {
  readonly headline: string | undefined;
  readonly standfirst: string | undefined;
  /** The byline as written, under any of its names; a list of names joined ("Jane Doe and John Roe"). */
  readonly byline: string | undefined;
  readonly published: { readonly iso: string; readonly text: string } | undefined;
  readonly updated: { readonly iso: string; readonly text: string } | undefined;
  readonly outlet: string | undefined;
  readonly url: string | undefined;
  /** The keys given that were left out (IGNORED), in the file's order, for one warning. */
  readonly ignored: readonly string[];
}

/** Parses and validates frontmatter YAML; errors name the file's line (the YAML starts on line 2). */
export function parseMarkdownFrontmatter(yaml: string, file: string): MarkdownFrontmatter {
  const lineCounter = new LineCounter();
  const fileLine = (offset: number): number => lineCounter.linePos(offset).line + 1;
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const [syntaxError] = document.errors;
  if (syntaxError !== undefined) {
    throw new IngestError({
      file,
      line: fileLine(syntaxError.pos[0]),
      problem: `the frontmatter is not valid YAML (${syntaxError.message.split('\n')[0]}).`,
      fix: 'check the indentation and quoting on that line; a value with a colon or a # needs quotes.',
    });
  }
  const cut = cutValue(document, yaml);
  if (cut !== undefined) throw new IngestError({ file, line: fileLine(cut.offset), ...cutValueMessage(cut) });
  const data: unknown = yamlData(document, { file, line: fileLine }) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new IngestError({
      file,
      line: 2,
      problem: `the frontmatter must be a list of "key: value" lines, not ${describe(data)}.`,
      fix: FIX,
    });
  }
  const result = frontmatterSchema.safeParse(data);
  if (!result.success) {
    const [issue] = result.error.issues;
    const key = issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const name = key ?? String(issue?.path[0] ?? '');
    const node = key === undefined ? document.get(name, true) : keyNode(document.contents, key);
    throw new IngestError({
      file,
      line: isRanged(node) ? fileLine(node.range[0]) : 2,
      problem: key === undefined ? `"${name}" ${issue?.message ?? 'is not valid'}.` : `unknown key "${key}".`,
      fix:
        key !== undefined
          ? `check the spelling: ${FIX}`
          : issue?.code === 'custom' && typeof issue.params?.['fix'] === 'string'
            ? issue.params['fix']
            : fixFor(name, issue?.code),
    });
  }
  const fields = result.data as typeof result.data & Readonly<Record<string, string | undefined>>;
  const first = (keys: readonly string[]): string | undefined =>
    keys.map((key) => fields[key]).find((value) => value !== undefined);
  const keysOf = (field: string): readonly string[] => SYNONYMS.find((entry) => entry.field === field)?.keys ?? [];
  const dated = (value: string | undefined) =>
    value === undefined ? undefined : { iso: isoDate(value) as string, text: value };
  const authors = fields.author ?? fields.authors;
  return {
    headline: fields.headline ?? fields.title,
    standfirst: fields.standfirst ?? fields.description ?? fields.summary,
    byline: fields.byline ?? (authors === undefined ? undefined : joinNames([authors].flat())),
    published: dated(first(keysOf('the publication date'))),
    updated: dated(first(keysOf('the update date'))),
    outlet: fields.outlet ?? fields.publisher ?? fields.source,
    url: fields.url,
    ignored: Object.keys(data ?? {}).filter((key) => (IGNORED as readonly string[]).includes(key)),
  };
}

function fixFor(key: string, code: string | undefined): string {
  if (code === 'too_small') return 'give a value, or remove the line.';
  return FIXES[key] ?? TEXT_FIX;
}

/** "a number (12)", "a list", "nothing": what a wrong value is, in words a writer knows. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a nested mapping';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return `a ${typeof value} (${String(value)})`;
  return `a ${typeof value}`;
}

/** The key node of a top-level key, for the line of an unknown key. */
function keyNode(contents: unknown, key: string): unknown {
  if (typeof contents !== 'object' || contents === null || !('items' in contents) || !Array.isArray(contents.items))
    return undefined;
  const pair: unknown = contents.items.find((item: { key?: { value?: unknown } }) => item.key?.value === key);
  return typeof pair === 'object' && pair !== null && 'key' in pair ? pair.key : undefined;
}

function isRanged(node: unknown): node is { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range);
}
