/**
 * The label each version of a story is shown under ("Reuters", "Original", "Rewrite"): the one the
 * user gave (`--label`, story.yaml) when there is one, else one made from what the file says of
 * itself. A file's name is never a label: "000_de2a6d799cf6aacf" tells a reader nothing.
 *
 * Labels are how a reader tells the versions apart, so no two are equal. Labels the user gave are
 * never changed (two equal ones are an error); a made label that would equal another is made
 * distinct instead: by the day each version was written when the days are surely different
 * ("Reuters, 3 March"), else by time when the times say which came first ("Reuters (earlier)",
 * "Reuters (later)"), else by number in the story's order ("Reuters (1)", "Reuters (2)"), which
 * claims nothing about time.
 */
import { IngestError } from './errors.ts';
import { MONTH_NAMES } from '../analysis/month-names.ts';

/** What decides one version's label, in the story's order. */
export interface LabelSource {
  /** The file, for messages. */
  readonly file: string;
  /** The label the user gave; kept exactly as given. */
  readonly given: string | undefined;
  /** The outlet the file names (JSON-LD publisher or og:site_name of a page, `outlet` in Markdown frontmatter). */
  readonly outlet: string | undefined;
  /**
   * The host of the address a page was fetched from, without "www." ("reuters.com"): the outlet's
   * stand-in when the page names none. Undefined for a file saved by hand.
   */
  readonly host: string | undefined;
  /** The publication date as ingest writes it (ISO 8601), to tell two versions of one outlet apart. */
  readonly published: string | undefined;
  /** When the version says it was last updated (ISO 8601); it dates the version before `published` does. */
  readonly updated: string | undefined;
  readonly original: boolean;
}

/** Where the labels were given and what to do about two equal ones, for the error. */
export interface LabelContext {
  readonly file: string;
  readonly fix: string;
}

/** The labels of a story's versions, in its order; throws IngestError when two given labels are equal. */
export function versionLabels(versions: readonly LabelSource[], context: LabelContext): string[] {
  checkGivenLabels(versions, context);
  const bases = baseLabels(versions);
  const labels: (string | undefined)[] = versions.map((version) => version.given);

  // Made labels that share their text with another made label, grouped by that text. An outlet
  // and an ordinal of the same letters (an outlet named "Original") are kept apart here, and
  // settled by distinct() below.
  const groups = new Map<string, number[]>();
  bases.forEach((base, index) => {
    if (base === undefined) return;
    const key = `${base.outlet ? 'outlet' : 'place'}:${labelKey(base.text)}`;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  for (const members of groups.values()) {
    // Each keeps its own spelling of the outlet ("REUTERS" stays "REUTERS" beside "Reuters").
    const text = (index: number): string => bases[index]!.text;
    if (members.length === 1 || !bases[members[0]!]!.outlet) {
      for (const index of members) labels[index] = text(index);
      continue;
    }
    const times = members.map((index) => versionTime(versions[index]!));
    const byDay = dayLabels(times);
    if (byDay !== undefined) {
      members.forEach((index, at) => (labels[index] = `${text(index)}, ${byDay[at]}`));
      continue;
    }
    const order = timeOrder(times);
    members.forEach((index, at) => {
      const suffix =
        order === undefined
          ? // No time to tell them by: numbers in the story's order, which claim nothing about time.
            String(at + 1)
          : members.length === 2
            ? order[at] === 0
              ? 'earlier'
              : 'later'
            : `${order[at]! + 1} of ${members.length} by time`;
      labels[index] = `${text(index)} (${suffix})`;
    });
  }
  return distinct(labels as string[], versions);
}

/** When a version says it was last written: a time on a line ("updated ?? published"), read from its own offset. */
interface VersionTime {
  /** The ISO date as ingest writes it. */
  readonly iso: string;
  /** "date": a day only; "zoned": a time with an offset; "floating": a time whose zone the file did not say. */
  readonly kind: 'date' | 'zoned' | 'floating';
  /** Milliseconds since 1970; a day's midnight, and a floating time as if at UTC (only compared with its own kind). */
  readonly epoch: number;
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/u;

function versionTime(version: LabelSource): VersionTime | undefined {
  const iso = version.updated ?? version.published;
  const match = iso === undefined ? null : ISO_TIME.exec(iso);
  if (iso === undefined || match === null) return undefined;
  const [, year, month, day, hour, minute, second, zone] = match;
  const local = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour ?? 0),
    Number(minute ?? 0),
    Number(second ?? 0),
  );
  if (Number.isNaN(local)) return undefined;
  if (hour === undefined) return { iso, kind: 'date', epoch: local };
  if (zone === undefined) return { iso, kind: 'floating', epoch: local };
  const offset =
    zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return { iso, kind: 'zoned', epoch: local - offset * 60_000 };
}

/** Two times that can be put in order: both known, of one kind (a day is not before a time on it), and different. */
function comparable(a: VersionTime | undefined, b: VersionTime | undefined): a is VersionTime {
  return a !== undefined && b !== undefined && a.kind === b.kind && a.epoch !== b.epoch;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * "3 March", "4 March": each version's day as its own file writes it, but only when that cannot
 * mislead, that is when every two are plain days, or times at least 24 hours apart (two times a
 * few hours apart can fall on different days in their own offsets, and the later one can carry
 * the earlier day). Undefined when the days cannot tell the versions apart.
 */
function dayLabels(times: readonly (VersionTime | undefined)[]): string[] | undefined {
  const apart = times.every((a, i) =>
    times.every((b, j) => i === j || (comparable(a, b) && (a.kind === 'date' || Math.abs(a.epoch - b!.epoch) >= DAY))),
  );
  if (!apart) return undefined;
  const days = times.map((time) => time!.iso.slice(0, 10));
  const withYear = new Set(days.map((day) => day.slice(0, 4))).size > 1;
  const labels = days.map((day) => dayLabel(day, withYear));
  return new Set(labels).size === labels.length ? labels : undefined;
}

/** Each version's place in time (0 the earliest), when every two can be put in order; else undefined. */
function timeOrder(times: readonly (VersionTime | undefined)[]): number[] | undefined {
  if (!times.every((a, i) => times.every((b, j) => i === j || comparable(a, b)))) return undefined;
  const epochs = times.map((time) => time!.epoch);
  return epochs.map((epoch) => epochs.filter((other) => other < epoch).length);
}

/** Two equal labels given by the user: an error naming both files and both spellings, since only the user can choose. */
function checkGivenLabels(versions: readonly LabelSource[], context: LabelContext): void {
  const seen = new Map<string, LabelSource>();
  for (const version of versions) {
    if (version.given === undefined) continue;
    const earlier = seen.get(labelKey(version.given));
    if (earlier !== undefined) {
      const same = earlier.given === version.given;
      throw new IngestError({
        file: context.file,
        problem: same
          ? `"${earlier.file}" and "${version.file}" are both labelled "${version.given}", and a reader could not tell them apart.`
          : `"${earlier.file}" is labelled "${earlier.given ?? ''}" and "${version.file}" "${version.given}": labels that differ only in case, spacing or invisible characters read as one, and a reader could not tell them apart.`,
        fix: `${context.fix} Say what sets each apart, e.g. the day ("Reuters, 3 March") or the edition ("Reuters, UK").`,
      });
    }
    seen.set(labelKey(version.given), version);
  }
}

/**
 * The label each version without a given one starts from: its outlet, else its host, else its
 * place ("Original", then "Rewrite", "Version 3", … counting every version that is not the original).
 */
function baseLabels(versions: readonly LabelSource[]): ({ text: string; outlet: boolean } | undefined)[] {
  let rewrites = 0;
  return versions.map((version) => {
    const ordinal = version.original ? 'Original' : (rewrites += 1) === 1 ? 'Rewrite' : `Version ${rewrites + 1}`;
    if (version.given !== undefined) return undefined;
    const named = version.outlet ?? version.host;
    if (named === undefined) return { text: ordinal, outlet: false };
    // An outlet that reads as a place ("Original", "Rewrite", "Version 3") would say which version
    // this is, falsely: it is marked as the outlet's name.
    return { text: PLACE.test(labelKey(named)) ? `${named} (outlet)` : named, outlet: true };
  });
}

/** The labels made from a version's place, as labelKey writes them. */
const PLACE = /^(?:original|rewrite|version \d+)$/u;

/** "3 March", or "3 March 2025" when the versions compared span years; fixed words, whatever the machine's locale. */
function dayLabel(day: string, withYear: boolean): string {
  const [year, month, date] = day.split('-');
  return `${Number(date)} ${MONTH_NAMES[Number(month) - 1] ?? month}${withYear ? ` ${year}` : ''}`;
}

/**
 * The last resort, so that no two labels are ever equal: a made label that still repeats an
 * earlier one (a given "Reuters, 3 March" beside a made one) gets a number. Given labels keep theirs.
 */
function distinct(labels: readonly string[], versions: readonly LabelSource[]): string[] {
  const taken = new Set(versions.flatMap((version) => (version.given === undefined ? [] : [labelKey(version.given)])));
  return labels.map((label, index) => {
    if (versions[index]!.given !== undefined) return label;
    let candidate = label;
    for (let n = 2; taken.has(labelKey(candidate)); n += 1) candidate = `${label} (${n})`;
    taken.add(labelKey(candidate));
    return candidate;
  });
}

/**
 * Labels a reader cannot tell apart are equal: compatibility forms folded (NFKC: "ﬁ" is "fi", a
 * full-width "Ｒ" is "R"), invisible format characters dropped (\p{Cf}: zero-width spaces, joiners,
 * direction marks), any run of spaces one space, and case ignored. Case is folded rather than kept
 * because a reader takes "Reuters" and "REUTERS" for one outlet, and the version's address, made
 * from its label, is lower-case: the two would also share one address.
 */
function labelKey(label: string): string {
  return label
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase('en');
}
