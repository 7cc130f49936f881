/**
 * A story of three or more versions at a glance: for each sentence, name, figure and quotation of
 * the original, which versions kept it, changed it or dropped it; what only one version says; and
 * how close each version stays to the original. Pure: it reads the reports the pages already
 * computed (the original with each version, and the versions with each other) and nothing else.
 */
import {
  capitalisedForms,
  figures,
  mentionable,
  NameIndex,
  nameKey,
  names,
  saysWhole,
  wordRuns,
} from './emphasis/mentions.ts';
import type { Report, ReportUnit } from './report/report-schema.ts';

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
    ...nameRows(original, comparisons),
    ...numberRows(original, comparisons),
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
 * The original's quotations, as the reports' quotation findings place them: each report gives each
 * quotation of the original one finding (kept, trimmed, altered, paraphrased or dropped).
 */
function quotationRows(original: readonly ReportUnit[], comparisons: readonly VersionReport[]): OverviewRow[] {
  const texts = new Map(original.map((unit) => [unit.id, unit.text]));
  // Each report's verdict by the quotation's place in the original, and every place any report marks.
  const places = new Map<string, { unit: string; start: number; end: number }>();
  const verdicts = comparisons.map(({ report }) => {
    const byPlace = new Map<string, string>();
    for (const finding of report.findings) {
      if (finding.kind !== 'quotation') continue;
      for (const mark of finding.marks) {
        if (mark.side !== 'from') continue;
        const place = `${mark.unit}:${mark.start}:${mark.end}`;
        byPlace.set(place, finding.change);
        places.set(place, mark);
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
      // Every report judges each quotation of the original, so a verdict is always there; were
      // one missing, the quotation would show as dropped, never as kept.
      fates: verdicts.map((byPlace) => quotationFate(byPlace.get(place))),
    }));
}

function quotationFate(change: string | undefined): Fate {
  if (change === 'kept') return 'kept';
  if (change === 'dropped' || change === undefined) return 'dropped';
  return 'changed';
}

/** Names of the original, each with its fate in every version (see nameFate). */
function nameRows(original: readonly ReportUnit[], comparisons: readonly VersionReport[]): OverviewRow[] {
  const indexes = comparisons.map(
    ({ report }) => new NameIndex(report.to.units.map(mentionable).flatMap(capitalisedForms)),
  );
  const seen = new Set<string>();
  const rows: OverviewRow[] = [];
  for (const unit of original) {
    const info = mentionable(unit);
    for (const run of wordRuns(unit.text, names(info))) {
      const key = nameKey(run.text);
      // "I" and initials alone are not names a reader follows through versions.
      if ([...key].length < 2 || seen.has(key)) continue;
      seen.add(key);
      rows.push({ kind: 'name', text: key, unit: unit.id, fates: indexes.map((index) => nameFate(index, run.text)) });
    }
  }
  return rows;
}

/**
 * Kept when the version says the name whole (in another form, "Ukrainian" for "Ukraine", or by
 * its initials); changed when it says only the name's last word, which usually names the same
 * one ("Lund" for "Maria Lund", but also "Grey" beside "Paul Smith" for "Paul Grey": the reader
 * should look); dropped otherwise ("Harbour" of "Harbour Bridge" does not say "Harbour Residents'
 * Association").
 */
function nameFate(index: NameIndex, name: string): Fate {
  if (saysWhole(index, name)) return 'kept';
  const words = name.split(/[\s-]+/u);
  return words.length > 1 && index.says(words.at(-1)!) ? 'changed' : 'dropped';
}

/**
 * Figures of the original: changed when the version's counterpart of their sentence has other
 * figures in their place (the number finding says so), kept when the version states them anywhere,
 * dropped otherwise.
 */
function numberRows(original: readonly ReportUnit[], comparisons: readonly VersionReport[]): OverviewRow[] {
  const judged = comparisons.map(({ report }) => {
    const stated = new Set(report.to.units.flatMap((unit) => figures(mentionable(unit)).map((figure) => figure.key)));
    const changed = new Set(
      report.findings
        .filter((finding) => finding.kind === 'number' && finding.change === 'changed')
        .flatMap((finding) =>
          finding.marks.filter((mark) => mark.side === 'from').map((mark) => `${mark.unit}:${mark.start}`),
        ),
    );
    return { stated, changed };
  });
  const seen = new Set<string>();
  const rows: OverviewRow[] = [];
  for (const unit of original) {
    for (const { word, key } of figures(mentionable(unit))) {
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({
        kind: 'number',
        text: word.text,
        unit: unit.id,
        fates: judged.map(({ stated, changed }) =>
          changed.has(`${unit.id}:${word.start}`) ? 'changed' : stated.has(key) ? 'kept' : 'dropped',
        ),
      });
    }
  }
  return rows;
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
