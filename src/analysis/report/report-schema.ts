/**
 * The shape of a comparison report, defined once: the TypeScript types, the runtime check used by
 * the tests, and `report.schema.json` (written by `npm run schema`, checked by a test) all come
 * from this schema. Bump REPORT_VERSION (report-version.ts) whenever a field changes meaning or goes away.
 */
import { z } from 'zod';
import { FIGURE_FATES, NAME_FATES, QUOTATION_FATES } from '../emphasis/fates.ts';
import type { FindingKind } from '../emphasis/finding.ts';
import { CHANGES } from '../emphasis/finding.ts';
import { REPORT_VERSION } from './report-version.ts';

const unitSchema = z
  .object({
    id: z.string().describe('Unique within its document: u0, u1, … in reading order.'),
    kind: z.enum(['headline', 'standfirst', 'heading', 'list-item', 'sentence']),
    text: z.string().describe('The unit exactly as written.'),
    after: z
      .string()
      .describe('White space between this unit and the next; joined, text + after give back the document.'),
    block: z
      .number()
      .int()
      .nonnegative()
      .describe('Index of the block (headline, standfirst, heading, paragraph, list).'),
    order: z.number().int().nonnegative(),
  })
  .strict();

const segmentSchema = z
  .object({
    text: z.string(),
    op: z
      .enum(['same', 'removed', 'added'])
      .describe('same on both sides; removed: original only; added: rewrite only.'),
  })
  .strict();

const unitDiffSchema = z.object({ unit: z.string(), segments: z.array(segmentSchema) }).strict();

const groupSchema = z
  .object({
    id: z.string().describe('g0, g1, … in the order of the original.'),
    op: z.enum(['unchanged', 'edited', 'split', 'merged', 'moved']),
    changed: z.boolean().describe('True when the wording differs (a moved group may also be edited).'),
    from: z.array(z.string()).min(1).describe('Ids of the original units.'),
    to: z.array(z.string()).min(1).describe('Ids of the rewrite units.'),
    similarity: z.number().min(0).max(1),
    diff: z.object({ from: z.array(unitDiffSchema), to: z.array(unitDiffSchema) }).strict(),
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

const findingSideSchema = z
  .object({
    units: z
      .array(z.string())
      .describe('Ids of the units concerned on this side (none for a byline or credit, or when nothing corresponds).'),
    excerpt: z.string().describe('The words concerned, or the start of the units, as a reader would quote them.'),
  })
  .strict();

const markSchema = z
  .object({
    side: z.enum(['from', 'to']),
    unit: z.string(),
    start: z.number().int().nonnegative().describe('Offset in the unit text (UTF-16 code units).'),
    end: z.number().int().nonnegative(),
    category: z.enum(['hedge', 'booster', 'verb', 'quotation', 'source', 'name', 'number', 'tone']),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// The report contract: findings as a union discriminated by kind, each kind with its own enum of
// changes (one table, CHANGES in emphasis/finding.ts), and the fates of quotations, names and
// figures.

/** The schema of a finding of one kind: its change is one of those its kind allows. */
function findingOf<K extends FindingKind>(kind: K) {
  return z
    .object({
      id: z.string().describe('f0, f1, … most salient first.'),
      kind: z.literal(kind),
      change: z.enum(CHANGES[kind]).describe('The change within its kind.'),
      salience: z.number().min(0).max(1).describe('How much a reader should care, 0 to 1.'),
      level: z.enum(['high', 'medium', 'low']).describe('Salience in three steps: high from 0.7, medium from 0.4.'),
      from: findingSideSchema.describe('Where the finding is in the original.'),
      to: findingSideSchema.describe('Where the finding is in the rewrite.'),
      explanation: z.string().describe('One plain-language sentence.'),
      marks: z.array(markSchema).describe('The words concerned, to mark in the text.'),
      group: z.string().optional().describe('The group the finding sits in, when it sits in one.'),
    })
    .strict();
}

const findingSchema = z.discriminatedUnion('kind', [
  findingOf('framing'),
  findingOf('hedge'),
  findingOf('booster'),
  findingOf('reporting-verb'),
  findingOf('attribution'),
  findingOf('quotation'),
  findingOf('name'),
  findingOf('number'),
  findingOf('omission'),
  findingOf('addition'),
  findingOf('tone'),
  findingOf('structure'),
]);

const spanSchema = z
  .object({
    unit: z.string(),
    start: z.number().int().nonnegative().describe('Offset in the unit text (UTF-16 code units).'),
    end: z.number().int().nonnegative(),
  })
  .strict();

const fateSideSchema = z
  .object({
    units: z.array(z.string()).describe('Ids of the units where it stands on this side (none when it is not there).'),
    spans: z.array(spanSchema).describe('Its exact words on this side, where the analysis places them.'),
  })
  .strict();

const fatesSchema = z
  .object({
    quotations: z.array(
      z
        .object({
          text: z.string().describe('The quoted words (the rewrite’s for a quotation only it has).'),
          fate: z.enum(QUOTATION_FATES),
          from: fateSideSchema,
          to: fateSideSchema.describe(
            'The rewrite’s quotation, or the units that report it in the writer’s words (indirect, paraphrased).',
          ),
        })
        .strict(),
    ),
    names: z.array(
      z
        .object({
          name: z.string().describe('The name as compared: without a possessive or dots.'),
          fate: z.enum(NAME_FATES).describe('shortened: the other version says only its last word.'),
          from: fateSideSchema,
          to: fateSideSchema,
        })
        .strict(),
    ),
    figures: z.array(
      z
        .object({
          text: z.string().describe('The figure as first written.'),
          key: z.string().describe('What it is compared by: currency, number, scale or unit.'),
          fate: z.enum(FIGURE_FATES).describe('changed: other figures stand in its place in its sentence.'),
          from: fateSideSchema,
          to: fateSideSchema.describe('For a changed figure, the figures now in its place.'),
        })
        .strict(),
    ),
  })
  .strict()
  .describe(
    'What became of each quotation, name and figure, once each: the original’s in reading order, then the rewrite’s own.',
  );

// End of the report contract block.
// ---------------------------------------------------------------------------------------------

// The story-level summary: a few plain sentences a reader reads before the findings, and the
// counts and lists they are made from. Not a finding: computed from the report (src/analysis/summary).
const summarySchema = z
  .object({
    sentences: z.array(z.string()).describe('Plain sentences, in the order a reader reads them.'),
    body: z
      .object({
        original: z
          .number()
          .int()
          .nonnegative()
          .describe('Sentences and list items of the original (headline, standfirst and headings aside).'),
        kept: z
          .number()
          .int()
          .nonnegative()
          .describe('Of those, the ones the rewrite keeps, word for word or reworded.'),
        reworded: z.number().int().nonnegative().describe('Of the kept ones, those whose wording changed.'),
        dropped: z
          .number()
          .int()
          .nonnegative()
          .describe('Of the original’s, those with no counterpart in the rewrite.'),
        rewrite: z.number().int().nonnegative().describe('Sentences and list items of the rewrite.'),
        added: z.number().int().nonnegative().describe('Of the rewrite’s, those with no counterpart in the original.'),
      })
      .strict(),
    headline: z.enum(['none', 'kept', 'restyled', 'reworded', 'added', 'dropped']),
    tone: z
      .object({
        added: z.number().int().nonnegative().describe('Tone findings: opinion added in the writer’s own voice.'),
        removed: z.number().int().nonnegative().describe('Tone findings: opinion of the original’s own voice removed.'),
      })
      .strict(),
    sourcing: z
      .object({
        agencies: z
          .object({ kept: z.array(z.string()), dropped: z.array(z.string()), added: z.array(z.string()) })
          .strict(),
        byline: z.enum(['none', 'kept', 'changed', 'dropped', 'added']),
        sources: z
          .object({ kept: z.array(z.string()), dropped: z.array(z.string()), added: z.array(z.string()) })
          .strict()
          .describe('People and bodies a claim is attributed to by name ("Smith said", "according to X").'),
      })
      .strict(),
  })
  .strict();

/** The schema of a comparison report. */
export const reportSchema = z
  .object({
    version: z.literal(REPORT_VERSION),
    from: z
      .object({ units: z.array(unitSchema) })
      .strict()
      .describe('The original.'),
    to: z
      .object({ units: z.array(unitSchema) })
      .strict()
      .describe('The rewrite.'),
    groups: z.array(groupSchema),
    dropped: z.array(z.string()).describe('Original units with no counterpart in the rewrite.'),
    added: z.array(z.string()).describe('Rewrite units with no counterpart in the original.'),
    findings: z.array(findingSchema).describe('Changes of emphasis, most salient first.'),
    fates: fatesSchema,
    summary: summarySchema.describe('The story-level summary that heads "What changed".'),
    stats: z
      .object({
        from: sideStatsSchema,
        to: sideStatsSchema,
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
        similarity: z
          .number()
          .min(0)
          .max(1)
          .describe('Word-weighted mean of group similarities; unaligned words count 0.'),
      })
      .strict(),
  })
  .strict();

/** A comparison report. */
export type Report = z.infer<typeof reportSchema>;
/** A group of a report. */
export type ReportGroup = Report['groups'][number];
/** A finding of a report. */
export type ReportFinding = Report['findings'][number];
/** A unit of a report. */
export type ReportUnit = Report['from']['units'][number];
/** The fates of quotations, names and figures of a report. */
export type ReportFates = Report['fates'];
/** The story-level summary of a report. */
export type ReportSummary = Report['summary'];
/** Counts of one side of a report. */
export type SideStats = Report['stats']['from'];
