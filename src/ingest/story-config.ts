/**
 * `story.yaml`: what a person says about a story folder that the files cannot say themselves.
 *
 *   title: Trump hints at a breakthrough in the Russia-Ukraine peace talks
 *   original: 000_de2a6d799cf6aacf.txt
 *   versions:
 *     - file: 000_de2a6d799cf6aacf.txt
 *       slug: original
 *       label: Original report
 *       url: https://example.com/article
 *       retrieved: 2025-11-25
 *       fetched:
 *         requested: https://example.com/s/abc
 *         final: https://example.com/article
 *         at: 2025-11-25T09:30:12Z
 *         charset: windows-1252
 *
 * `retrieved` is when the text was seen as it is (for a web archive snapshot, when the archive saw
 * it); `fetched` is what `npm run add` did to get the file: the link it was given, the address it
 * ended at after redirects, when, and the charset the server sent it in (when it named one).
 * Every field is optional; without the file, versions are the article files in name order and the
 * first is the original.
 */
import { z } from 'zod';
import { LineCounter, parseDocument } from 'yaml';
import { isoDateTimeSchema, slugSchema } from '../article-file/index.ts';
import { IngestError } from './errors.ts';
import { isoDate } from './iso-date.ts';
import { cutValue, cutValueMessage } from './yaml-cut-value.ts';
import { yamlData } from './yaml-data.ts';

// The pattern alone would take 2025-13-45T99:99; isoDate refuses what no calendar or clock holds.
const realDateTimeSchema = isoDateTimeSchema.refine(
  (value) => isoDate(value) !== undefined,
  'is not a real date and time (month 01-12, a day the month has, hour 00-23, minute 00-59), e.g. 2025-11-25 or 2025-11-24T21:44+05:30',
);

const webUrlSchema = z.url({ protocol: /^https?$/ });

/** How `npm run add` got a version's file from the web. */
const fetchedSchema = z
  .object({
    /** The link given on the command line. */
    requested: webUrlSchema,
    /** The address the page was read from, after redirects. */
    final: webUrlSchema,
    /** When it was read. */
    at: realDateTimeSchema,
    /**
     * The character encoding the server named in its Content-Type header, which the saved file may
     * not say of itself: the build reads the file in it, as the browser did.
     */
    charset: z.enum(['utf-8', 'windows-1252'], { error: 'is not "utf-8" or "windows-1252"' }).optional(),
  })
  .strict();

const versionConfigSchema = z
  .object({
    file: z.string().min(1),
    slug: slugSchema.optional(),
    label: z.string().trim().min(1).optional(),
    url: webUrlSchema.optional(),
    retrieved: realDateTimeSchema.optional(),
    fetched: fetchedSchema.optional(),
  })
  .strict();

/** What story.yaml says of one version. */
export type VersionConfig = z.infer<typeof versionConfigSchema>;

/** The schema of story.yaml. */
export const storyConfigSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    original: z.string().min(1).optional(),
    versions: z.array(versionConfigSchema).min(1).optional(),
  })
  .strict();

/** A parsed and validated story.yaml. */
export type StoryConfig = z.infer<typeof storyConfigSchema>;

/**
 * Parses and validates a story.yaml. Errors name the line of the offending value; an unquoted value
 * a ` #` comment cuts short is refused (yaml-cut-value.ts). Dates are read as
 * text (YAML 1.2 core schema), so `retrieved: 2025-11-25` stays the string the schema expects.
 */
export function parseStoryConfig(text: string, file: string): StoryConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const [syntaxError] = document.errors;
  if (syntaxError !== undefined) {
    throw new IngestError({
      file,
      line: lineCounter.linePos(syntaxError.pos[0]).line,
      problem: `this is not valid YAML (${syntaxError.message.split('\n')[0]}).`,
      fix: 'check the indentation and quoting on that line; a value with a colon or a # needs quotes.',
    });
  }
  const cut = cutValue(document, text);
  if (cut !== undefined) {
    throw new IngestError({ file, line: lineCounter.linePos(cut.offset).line, ...cutValueMessage(cut) });
  }
  const result = storyConfigSchema.safeParse(
    yamlData(document, { file, line: (offset) => lineCounter.linePos(offset).line }) ?? {},
  );
  if (result.success) return result.data;

  const [issue] = result.error.issues;
  const path = issue?.path.filter((key) => typeof key !== 'symbol') ?? [];
  const node = path.length === 0 ? document.contents : document.getIn(path, true);
  const offset = isRanged(node) ? node.range[0] : undefined;
  throw new IngestError({
    file,
    line: offset === undefined ? undefined : lineCounter.linePos(offset).line,
    problem: `${path.length === 0 ? 'the file' : `"${path.join('.')}"`}: ${issue?.message ?? 'is not valid'}.`,
    fix: 'story.yaml may hold title, original (a file name) and versions (each with file, and optionally slug, label, url, retrieved, fetched); see README.md, "Adding a story".',
  });
}

function isRanged(node: unknown): node is { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range);
}
