/**
 * The frontmatter of a Markdown article file: what a person may say about the article above its
 * text, between `---` fences.
 *
 *   ---
 *   headline: Trump hints at progress in the peace talks
 *   byline: Jane Doe            (or author)
 *   date: 2025-11-24T21:44+05:30  (or published; ISO 8601 or a YAML timestamp)
 *   updated: 2025-11-25
 *   outlet: Reuters
 *   url: https://example.com/news/1
 *   standfirst: The dek under the headline.
 *   ---
 *
 * Strict, like story.yaml: a misspelt key or a number where text belongs is an error naming the
 * line, never a value silently ignored. YAML is read with the 1.2 core schema, so a date stays the
 * text it was written as and is read here, with its offset, rather than by YAML into a UTC Date.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { IngestError } from './errors.ts';
import { isoDate } from './iso-date.ts';
import { cutValue, cutValueMessage } from './yaml-cut-value.ts';
import { yamlData } from './yaml-data.ts';

const DATE_FIX =
  'write the date as ISO 8601 (2025-11-24, 2025-11-24T21:44+05:30) or as a YAML timestamp (2025-11-24 21:44:00 +05:30).';
/** What to do about a bad value, by key; any other key's value is text. */
const FIXES: Readonly<Record<string, string>> = {
  date: DATE_FIX,
  published: DATE_FIX,
  updated: DATE_FIX,
  url: "give the article's own address, starting with https:// or http://, or remove the line.",
};
const REPEAT_FIX = 'remove one of the two lines.';
const TEXT_FIX = 'write the value as text; put it in quotes when YAML would read it as something else ("2025", "yes").';
const FIX =
  'the frontmatter accepts headline, standfirst, byline (or author), date (or published), updated, outlet and url; see README.md, "Markdown and HTML article files".';

/** Text of the article: a non-empty string, never a number or a list YAML happened to read. */
const text = z
  .string({ error: (issue) => `must be text, not ${describe(issue.input)}` })
  .trim()
  .min(1, 'is empty');
const date = text.refine(
  (value) => isoDate(value) !== undefined,
  'is not a date in ISO 8601 (e.g. 2025-11-24 or 2025-11-24T21:44+05:30)',
);

const frontmatterSchema = z
  .object({
    headline: text.optional(),
    standfirst: text.optional(),
    byline: text.optional(),
    author: text.optional(),
    date: date.optional(),
    published: date.optional(),
    updated: date.optional(),
    outlet: text.optional(),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) address, e.g. https://example.com/news/1' })
      .optional(),
  })
  .strict()
  .superRefine((data, context) => {
    // Two names for one field: both given is a contradiction the reader must resolve.
    if (data.byline !== undefined && data.author !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['author'],
        message: 'repeats byline; give one of byline and author',
        params: { fix: REPEAT_FIX },
      });
    }
    if (data.date !== undefined && data.published !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['published'],
        message: 'repeats date; give one of date and published',
        params: { fix: REPEAT_FIX },
      });
    }
  });

/** What the frontmatter of a Markdown article says, with the dates read. */
export interface MarkdownFrontmatter {
  readonly headline: string | undefined;
  readonly standfirst: string | undefined;
  /** The byline as written, under either of its names. */
  readonly byline: string | undefined;
  readonly published: { readonly iso: string; readonly text: string } | undefined;
  readonly updated: { readonly iso: string; readonly text: string } | undefined;
  readonly outlet: string | undefined;
  readonly url: string | undefined;
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
  const fields = result.data;
  const dated = (value: string | undefined) =>
    value === undefined ? undefined : { iso: isoDate(value) as string, text: value };
  return {
    headline: fields.headline,
    standfirst: fields.standfirst,
    byline: fields.byline ?? fields.author,
    published: dated(fields.date ?? fields.published),
    updated: dated(fields.updated),
    outlet: fields.outlet,
    url: fields.url,
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
