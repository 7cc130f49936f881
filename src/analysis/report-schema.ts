/**
 * The shape of a comparison report, defined once: the TypeScript types, the runtime check used by
 * the tests, and `report.schema.json` (written by `npm run schema`, checked by a test) all come
 * from this schema. Bump REPORT_VERSION whenever a field changes meaning or goes away.
 */
import { z } from 'zod';

/** Version of the report format; readers should refuse a version they do not know. */
export const REPORT_VERSION = 1;

const unitSchema = z
  .object({
    id: z.string().describe('Unique within its document: u0, u1, … in reading order.'),
    kind: z.enum(['headline', 'standfirst', 'heading', 'list-item', 'sentence']),
    text: z.string().describe('The unit exactly as written.'),
    after: z.string().describe('White space between this unit and the next; joined, text + after give back the document.'),
    block: z.number().int().nonnegative().describe('Index of the block (headline, standfirst, heading, paragraph, list).'),
    order: z.number().int().nonnegative(),
  })
  .strict();

const segmentSchema = z
  .object({
    text: z.string(),
    op: z.enum(['same', 'removed', 'added']).describe('same on both sides; removed: original only; added: rewrite only.'),
  })
  .strict();

const unitDiffSchema = z.object({ unit: z.string(), segments: z.array(segmentSchema) }).strict();

const groupSchema = z
  .object({
    id: z.string().describe('g0, g1, … in the order of the original.'),
    op: z.enum(['unchanged', 'edited', 'split', 'merged', 'moved']),
    changed: z.boolean().describe('True when the wording differs (a moved group may also be edited).'),
    a: z.array(z.string()).min(1).describe('Ids of the original units.'),
    b: z.array(z.string()).min(1).describe('Ids of the rewrite units.'),
    similarity: z.number().min(0).max(1),
    diff: z.object({ a: z.array(unitDiffSchema), b: z.array(unitDiffSchema) }).strict(),
  })
  .strict();

const sideStatsSchema = z
  .object({
    units: z.number().int().nonnegative(),
    words: z.number().int().nonnegative(),
    /** Words in unchanged stretches of aligned groups. */
    same: z.number().int().nonnegative(),
    /** Words in changed stretches of aligned groups (reworded). */
    changed: z.number().int().nonnegative(),
    /** Words in units with no counterpart (dropped from the original, or new in the rewrite). */
    unaligned: z.number().int().nonnegative(),
  })
  .strict();

/** The schema of a comparison report. */
export const reportSchema = z
  .object({
    version: z.literal(REPORT_VERSION),
    a: z.object({ units: z.array(unitSchema) }).strict().describe('The original.'),
    b: z.object({ units: z.array(unitSchema) }).strict().describe('The rewrite.'),
    groups: z.array(groupSchema),
    dropped: z.array(z.string()).describe('Original units with no counterpart in the rewrite.'),
    added: z.array(z.string()).describe('Rewrite units with no counterpart in the original.'),
    stats: z
      .object({
        a: sideStatsSchema,
        b: sideStatsSchema,
        operations: z
          .object({
            unchanged: z.number().int().nonnegative(),
            edited: z.number().int().nonnegative(),
            split: z.number().int().nonnegative(),
            merged: z.number().int().nonnegative(),
            moved: z.number().int().nonnegative(),
            dropped: z.number().int().nonnegative(),
            added: z.number().int().nonnegative(),
          })
          .strict(),
        similarity: z.number().min(0).max(1).describe('Word-weighted mean of group similarities; unaligned words count 0.'),
      })
      .strict(),
  })
  .strict();

/** A comparison report. */
export type Report = z.infer<typeof reportSchema>;
/** A group of a report. */
export type ReportGroup = Report['groups'][number];
/** A unit of a report. */
export type ReportUnit = Report['a']['units'][number];
/** Counts of one side of a report. */
export type SideStats = Report['stats']['a'];
