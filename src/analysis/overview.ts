/**
 * A story of three or more versions at a glance: for each sentence, name, figure and quotation of
 * the original, which versions kept it, changed it or dropped it; what only one version says; and
 * how close each version stays to the original. Pure: it reads the reports the pages already
 * computed (the original with each version, and the versions with each other) and nothing else:
 * the alignment for sentences, and each report's fates for quotations, names and figures.
 */
import type { Report, ReportFates, ReportUnit } from './report/report-schema.ts';

/** What became of something of the original in one version. */
export type Fate = 'kept' | 'changed' | 'dropped';

/** What a row of the overview follows through the versions. */
export type OverviewKind = 'quotation' | 'name' | 'number' | 'sentence';

/** One thing of the original and its fate in each version. */
export interface OverviewRow {
  readonly kind: OverviewKind;
  /** The quotation, the name, the figure or the sentence, as the original writes it. */
  readonly text: string;
  /** The original unit where it first stands. */
  readonly unit: string;
  /** Its fate in each version, in the order of `StoryOverview.versions`. */
  readonly fates: readonly Fate[];
}

/** How one version compares with the original, in numbers. */
export interface VersionStanding {
  readonly version: string;
  /** The report's overall similarity to the original, 0 to 1. */
  readonly similarity: number;
  /** The original's sentences this version keeps word for word, changes and drops. */
  readonly sentences: Readonly<Record<Fate, number>>;
}

/** A unit that one version says and no other version does, the original included. */
export interface Exclusive {
  readonly version: string;
  readonly unit: string;
  readonly text: string;
}

/** A story's overview: how each version stands, the rows followed through the versions, and what only one version says. */
export interface StoryOverview {
  readonly versions: readonly VersionStanding[];
  readonly rows: readonly OverviewRow[];
  readonly exclusives: readonly Exclusive[];
}

/** A report of the original (its from side) with one version (its to side). */
export interface VersionReport {
  readonly version: string;
  readonly report: Report;
}

/** A report of two versions other than the original, the version `from` as its from side. */
export interface PairReport {
  readonly from: string;
  readonly to: string;
  readonly report: Report;
}

/** Units that carry the article's claims: the headline and standfirst too, not section headings. */
const FACT_KINDS: ReadonlySet<ReportUnit['kind']> = new Set(['headline', 'standfirst', 'sentence', 'list-item']);

/**
 * The overview of a story. `comparisons` holds one report per version other than the original,
 * in the story's order; `between` holds reports of those versions with each other (either
 * direction), from which "only this version says it" is read.
 */
export function storyOverview(comparisons: readonly VersionReport[], between: readonly PairReport[]): StoryOverview {
  const [first] = comparisons;
  if (first === undefined) return { versions: [], rows: [], exclusives: [] };
  const original = first.report.from.units;
  const sentences = sentenceRows(original, comparisons);
  const rows = [
    ...quotationRows(original, comparisons),
    ...nameRows(comparisons),
    ...numberRows(comparisons),
    ...sentences,
  ];
  const versions = comparisons.map(({ version, report }, index) => {
    const tally: Record<Fate, number> = { kept: 0, changed: 0, dropped: 0 };
    for (const row of sentences) tally[row.fates[index]!] += 1;
    return { version, similarity: report.stats.similarity, sentences: tally };
  });
  return { versions, rows, exclusives: exclusives(comparisons, between) };
}

function sentenceRows(original: readonly ReportUnit[], comparisons: readonly VersionReport[]): OverviewRow[] {
  const fatesByUnit = comparisons.map(({ report }) => {
    const fates = new Map<string, Fate>();
    for (const group of report.groups) for (const id of group.from) fates.set(id, group.changed ? 'changed' : 'kept');
    return fates;
  });
  return original
    .filter((unit) => FACT_KINDS.has(unit.kind))
    .map((unit) => ({
      kind: 'sentence',
      text: unit.text,
      unit: unit.id,
      fates: fatesByUnit.map((fates) => fates.get(unit.id) ?? 'dropped'),
    }));
}

/**
 * The original's quotations, as each report's fates place them: one row for each stretch of a
 * quotation of the original (a quotation running over two paragraphs has two).
 */
function quotationRows(original: readonly ReportUnit[], comparisons: readonly VersionReport[]): OverviewRow[] {
  const texts = new Map(original.map((unit) => [unit.id, unit.text]));
  // Each report's fate by the quotation's place in the original, and every place any report records.
  const places = new Map<string, { unit: string; start: number; end: number }>();
  const verdicts = comparisons.map(({ report }) => {
    const byPlace = new Map<string, Fate>();
    for (const { fate, from } of report.fates.quotations) {
      for (const span of from.spans) {
        const place = `${span.unit}:${span.start}:${span.end}`;
        byPlace.set(place, fate === 'kept' ? 'kept' : fate === 'dropped' ? 'dropped' : 'changed');
        places.set(place, span);
      }
    }
    return byPlace;
  });
  const order = new Map(original.map((unit, index) => [unit.id, index]));
  return [...places.entries()]
    .sort(([, x], [, y]) => order.get(x.unit)! - order.get(y.unit)! || x.start - y.start)
    .map(([place, { unit, start, end }]) => ({
      kind: 'quotation' as const,
      text: texts.get(unit)!.slice(start, end),
      unit,
      // Every report records each quotation of the original, so a fate is always there; were one
      // missing, the quotation would show as dropped, never as kept.
      fates: verdicts.map((byPlace) => byPlace.get(place) ?? 'dropped'),
    }));
}

/**
 * Names of the original, each with its fate in every version: kept when the version says it whole
 * (in any of its forms), changed when it says only the name's last word, dropped otherwise.
 */
function nameRows(comparisons: readonly VersionReport[]): OverviewRow[] {
  const fates = comparisons.map(({ report }) => new Map(report.fates.names.map((entry) => [entry.name, entry.fate])));
  return originalEntries(comparisons, (report) => report.fates.names).map((entry) => ({
    kind: 'name',
    text: entry.name,
    unit: entry.from.units[0]!,
    fates: fates.map((byName) => {
      const fate = byName.get(entry.name);
      return fate === 'kept' ? 'kept' : fate === 'shortened' ? 'changed' : 'dropped';
    }),
  }));
}

/**
 * Figures of the original: changed when the version's counterpart of their sentence has other
 * figures in their place, kept when the version states them anywhere, dropped otherwise.
 */
function numberRows(comparisons: readonly VersionReport[]): OverviewRow[] {
  const fates = comparisons.map(({ report }) => new Map(report.fates.figures.map((entry) => [entry.key, entry.fate])));
  return originalEntries(comparisons, (report) => report.fates.figures).map((entry) => ({
    kind: 'number',
    text: entry.text,
    unit: entry.from.units[0]!,
    fates: fates.map((byKey) => {
      const fate = byKey.get(entry.key);
      return fate === 'kept' || fate === 'changed' ? fate : 'dropped';
    }),
  }));
}

/** The entries of the original (not those only a version has): every report lists the same ones. */
function originalEntries<T extends ReportFates['names'][number] | ReportFates['figures'][number]>(
  comparisons: readonly VersionReport[],
  entries: (report: Report) => readonly T[],
): T[] {
  return entries(comparisons[0]!.report).filter((entry) => entry.from.units.length > 0);
}

/**
 * Units a version adds to the original that no other version has a counterpart for either.
 * With one version besides the original, that is everything it adds.
 */
function exclusives(comparisons: readonly VersionReport[], between: readonly PairReport[]): Exclusive[] {
  const result: Exclusive[] = [];
  for (const { version, report } of comparisons) {
    const others = comparisons.filter((other) => other.version !== version);
    const unalignedWith = others.map((other) => {
      const pair = between.find(
        (entry) =>
          (entry.from === version && entry.to === other.version) ||
          (entry.from === other.version && entry.to === version),
      );
      if (pair === undefined) throw new Error(`storyOverview: no report of "${version}" with "${other.version}".`);
      return new Set(pair.from === version ? pair.report.dropped : pair.report.added);
    });
    const texts = new Map(report.to.units.map((unit) => [unit.id, unit]));
    for (const id of report.added) {
      const unit = texts.get(id)!;
      if (!FACT_KINDS.has(unit.kind)) continue;
      if (unalignedWith.every((unaligned) => unaligned.has(id))) result.push({ version, unit: id, text: unit.text });
    }
  }
  return result;
}
