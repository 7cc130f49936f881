/**
 * The schema of the generated article file's frontmatter, and of the story summary beside it. Ingest
 * writes files that satisfy it, the content collections validate every file with it, and scripts
 * read the files back through it: one schema, so the writer and the readers cannot disagree.
 */
import { z } from 'zod';

/** The article file formats ingest reads, as recorded in the generated frontmatter's `source.format`. */
export const SOURCE_FORMATS = ['plain-text', 'markdown', 'html'] as const;

/** An article file format. */
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** Lower-case ASCII words joined by hyphens: safe in a URL and a file name on every system. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "rewrite-bbc"');

/** ISO 8601 as ingest writes it: a date, optionally with a time to the minute and an offset. */
export const isoDateTimeSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2}|Z)?)?$/,
    'use ISO 8601, e.g. 2025-11-24T21:44+05:30',
  );

/**
 * The frontmatter of a generated article. The content collection validates every generated file
 * with this same schema, so a change here is a change in both places at once.
 */
export const articleFrontmatterSchema = z
  .object({
    story: slugSchema,
    version: slugSchema,
    /** How the site names this version, e.g. the outlet that published it. */
    label: z.string().min(1),
    /**
     * True when the user gave the label (story.yaml, `--label`); absent when ingest made it from the
     * outlet, the host or the version's place, so that a made "Original" is never taken for an outlet.
     */
    labelGiven: z.literal(true).optional(),
    /** True for the version the others are compared with. */
    original: z.boolean(),
    /** Position of the version in its story, from 0. */
    order: z.number().int().nonnegative(),
    headline: z.string().min(1),
    standfirst: z.string().min(1).optional(),
    byline: z.string().min(1).optional(),
    published: isoDateTimeSchema.optional(),
    /** When the article says it was last updated. */
    updated: isoDateTimeSchema.optional(),
    image: z
      .object({ caption: z.string().min(1).optional(), credit: z.string().min(1).optional() })
      .strict()
      .optional(),
    /** The outlet that published the version, as its file names it (Markdown frontmatter, a page's metadata). */
    outlet: z.string().min(1).optional(),
    url: z.url().optional(),
    retrieved: isoDateTimeSchema.optional(),
    source: z
      .object({
        /** The source file, relative to the project root. */
        path: z.string().min(1),
        /** SHA-256 of the source file's bytes, to tell which source a generated file came from. */
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        /** The format the source file was read in. */
        format: z.enum(SOURCE_FORMATS),
        /** Metadata lines exactly as written, where the field above holds a reading of them. */
        lines: z
          .object({
            byline: z.string().min(1).optional(),
            published: z.string().min(1).optional(),
            updated: z.string().min(1).optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
  })
  .strict();

/** The frontmatter of a generated article. */
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

/** The generated summary of a story (`content/articles/<story>/story.json`). */
export const storySummarySchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(1),
    /** The slug of the original version. */
    original: slugSchema,
    /** Every version's slug, in the story's order. */
    versions: z.array(slugSchema).min(1),
  })
  .strict();

/** The generated summary of a story. */
export type StorySummary = z.infer<typeof storySummarySchema>;
