/**
 * The label each version of a story is shown under ("Reuters", "Original", "Rewrite"): the one the
 * user gave (`--label`, story.yaml) when there is one, else one made from what the file says of
 * itself. A file's name is never a label: "000_de2a6d799cf6aacf" tells a reader nothing.
 *
 * Labels are how a reader tells the versions apart, so no two are equal. Labels the user gave are
 * never changed (two equal ones are an error); a made label that would equal another is made
 * distinct instead: by the day each version was published when the days differ ("Reuters,
 * 3 March"), else by the order of the versions ("Reuters (earlier)", "Reuters (later)").
 */
import { IngestError } from './errors.ts';

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
  readonly original: boolean;
}

/** Where the labels were given and what to do about two equal ones, for the error. */
export interface LabelContext {
  readonly file: string;
  readonly fix: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The labels of a story's versions, in its order; throws IngestError when two given labels are equal. */
export function versionLabels(versions: readonly LabelSource[], context: LabelContext): string[] {
  checkGivenLabels(versions, context);
  const bases = baseLabels(versions);
  const labels: (string | undefined)[] = versions.map((version) => version.given);

  // Made labels that share their text with another version's, grouped by that text.
  const groups = new Map<string, number[]>();
  bases.forEach((base, index) => {
    if (base === undefined) return;
    const key = labelKey(base.text);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  for (const members of groups.values()) {
    const base = bases[members[0]!]!;
    const sharing = versions
      .map((version, index) => ({ version, index }))
      .filter(({ version, index }) => members.includes(index) || labelKey(version.given ?? '') === labelKey(base.text))
      .map(({ index }) => index);
    if (sharing.length === 1 || !base.outlet) {
      // Alone, or an ordinal ("Rewrite") that a given label happens to repeat: settled below.
      for (const index of members) labels[index] = bases[index]!.text;
      continue;
    }
    const days = members.map((index) => versions[index]!.published?.slice(0, 10));
    const years = new Set(days.map((day) => day?.slice(0, 4)));
    const byDay = days.map((day) => (day === undefined ? undefined : dayLabel(day, years.size > 1)));
    if (byDay.every((day) => day !== undefined) && new Set(byDay).size === byDay.length) {
      members.forEach((index, at) => (labels[index] = `${base.text}, ${byDay[at]}`));
    } else {
      members.forEach((index) => {
        const position = sharing.indexOf(index);
        const suffix =
          sharing.length === 2 ? (position === 0 ? 'earlier' : 'later') : `${position + 1} of ${sharing.length}`;
        labels[index] = `${base.text} (${suffix})`;
      });
    }
  }
  return distinct(labels as string[], versions);
}

/** Two equal labels given by the user: an error naming both files, since only the user can choose. */
function checkGivenLabels(versions: readonly LabelSource[], context: LabelContext): void {
  const seen = new Map<string, LabelSource>();
  for (const version of versions) {
    if (version.given === undefined) continue;
    const earlier = seen.get(labelKey(version.given));
    if (earlier !== undefined) {
      throw new IngestError({
        file: context.file,
        problem: `"${earlier.file}" and "${version.file}" are both labelled "${version.given}", and a reader could not tell them apart.`,
        fix: context.fix,
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
    return named === undefined ? { text: ordinal, outlet: false } : { text: named, outlet: true };
  });
}

/** "3 March", or "3 March 2025" when the versions compared span years; fixed words, whatever the machine's locale. */
function dayLabel(day: string, withYear: boolean): string {
  const [year, month, date] = day.split('-');
  return `${Number(date)} ${MONTHS[Number(month) - 1] ?? month}${withYear ? ` ${year}` : ''}`;
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

/** Labels a reader cannot tell apart are equal: the same letters in any case, form or spacing. */
function labelKey(label: string): string {
  return label.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}
