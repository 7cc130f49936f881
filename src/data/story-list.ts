/**
 * The index's list of stories: one row per story (date, outlets, how much each rewrite changed),
 * and the orders and outlet filter a reader can choose. The page renders the rows in the default
 * order; the index's script sorts and filters the same rows with the same functions, reading the
 * values back from data attributes, so that the page without JavaScript and with it agree.
 */
import type { Story } from './assemble-stories.ts';
import { publishedTime } from './published-time.ts';
import type { ArticleFrontmatter } from '../article-file/index.ts';

/** How much one rewrite changed, against the story's original. */
export interface RewriteChange {
  /** The rewrite's `data.label` (the outlet, as the story names it). */
  readonly label: string;
  readonly version: string;
  /** The report's `stats.similarity`: 0..1, word-weighted, dropped and added sentences counting 0. */
  readonly similarity: number;
}

/** What sorting and filtering look at; the script rebuilds this from a row's data attributes. */
export interface SortableRow {
  readonly title: string;
  /** When the original was published (ms since 1970); undefined when undated. */
  readonly time: number | undefined;
  /** How much the story changed: 1 minus its least similar rewrite's similarity; undefined with no rewrite. */
  readonly change: number | undefined;
  readonly outlets: readonly string[];
}

/** One story as the index lists it. */
export interface StoryRow extends SortableRow {
  readonly slug: string;
  /** The original's `published`, as written (ISO 8601), for <time>. */
  readonly published: string | undefined;
  readonly changes: readonly RewriteChange[];
}

/** The orders a reader can choose; the first is the default (and the order without JavaScript). */
export const SORTS = [
  { value: 'newest', label: 'Newest first', phrase: 'newest first' },
  { value: 'oldest', label: 'Oldest first', phrase: 'oldest first' },
  { value: 'most-changed', label: 'Most changed first', phrase: 'most changed first' },
  { value: 'least-changed', label: 'Least changed first', phrase: 'least changed first' },
  { value: 'title', label: 'Title, A to Z', phrase: 'by title' },
] as const;

/** An order of the list. */
export type SortKey = (typeof SORTS)[number]['value'];

/** What the list shows: its order, and the one outlet it is narrowed to (undefined: every story). */
export interface ListState {
  readonly sort: SortKey;
  readonly outlet: string | undefined;
}

/** The list as it first appears. */
export const DEFAULT_STATE: ListState = { sort: 'newest', outlet: undefined };

/**
 * A story's row. `similarityOf` gives a rewrite's similarity to the original (the page passes
 * `reportFor(...).stats.similarity`), which keeps this module free of the analysis.
 */
export function storyRow<Entry>(
  story: Story<Entry>,
  similarityOf: (rewrite: Story<Entry>['rewrites'][number]) => number,
): StoryRow {
  const changes = story.rewrites.map((rewrite) => ({
    label: rewrite.data.label,
    version: rewrite.data.version,
    similarity: similarityOf(rewrite),
  }));
  const published = story.original.data.published;
  return {
    slug: story.slug,
    title: story.title,
    published,
    time: published === undefined ? undefined : publishedTime(published)?.epoch,
    change: changes.length === 0 ? undefined : 1 - Math.min(...changes.map((change) => change.similarity)),
    outlets: [...new Set(story.versions.flatMap((version) => outletOf(version.data)))],
    changes,
  };
}

/**
 * The outlet a version names, for the filter: the outlet its file names, else the label the user
 * gave it. Never a made label: "Original", "Version 3" or "Reuters, 3 March" name no outlet.
 */
function outletOf(data: ArticleFrontmatter): string[] {
  if (data.outlet !== undefined) return [data.outlet];
  return data.labelGiven === true ? [data.label] : [];
}

/** Every outlet of the rows, once each, alphabetically: the filter's choices. */
export function outletsOf(rows: readonly SortableRow[]): string[] {
  return [...new Set(rows.flatMap((row) => row.outlets))].sort((a, b) => a.localeCompare(b, 'en'));
}

/** "63% similar": a similarity as a whole percentage, as the index writes it. */
export function similarityPercent(similarity: number): number {
  return Math.round(similarity * 100);
}

const byTitle = (a: SortableRow, b: SortableRow): number => a.title.localeCompare(b.title, 'en');

/**
 * Compares two rows in an order. Undated stories come after dated ones, and stories with no
 * rewrite after compared ones, whichever the direction; ties go by title, so every order is total.
 */
export function compareRows(sort: SortKey): (a: SortableRow, b: SortableRow) => number {
  const missingLast = (x: number | undefined, y: number | undefined, direction: 1 | -1): number => {
    if (x === y) return 0;
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    return direction * (x - y);
  };
  switch (sort) {
    case 'newest':
      return (a, b) => missingLast(a.time, b.time, -1) || byTitle(a, b);
    case 'oldest':
      return (a, b) => missingLast(a.time, b.time, 1) || byTitle(a, b);
    case 'most-changed':
      return (a, b) => missingLast(a.change, b.change, -1) || byTitle(a, b);
    case 'least-changed':
      return (a, b) => missingLast(a.change, b.change, 1) || byTitle(a, b);
    case 'title':
      return byTitle;
  }
}

/** The rows in an order (a new array). */
export function sortRows<Row extends SortableRow>(rows: readonly Row[], sort: SortKey): Row[] {
  return [...rows].sort(compareRows(sort));
}

/** Whether a row is shown under a state's outlet filter. */
export function isShown(row: SortableRow, state: ListState): boolean {
  return state.outlet === undefined || row.outlets.includes(state.outlet);
}

/** The state a query string asks for (`?sort=most-changed&outlet=Reuters`); unknown values fall back to the default. */
export function parseListState(query: URLSearchParams, outlets: readonly string[]): ListState {
  const sort = SORTS.find((option) => option.value === query.get('sort'))?.value ?? DEFAULT_STATE.sort;
  const outlet = query.get('outlet') ?? undefined;
  return { sort, outlet: outlet !== undefined && outlets.includes(outlet) ? outlet : undefined };
}

/**
 * A state written into a query string, leaving out what is default, so that the plain address
 * stays the default list. Other parameters of `query` are kept.
 */
export function writeListState(state: ListState, query: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(query);
  if (state.sort === DEFAULT_STATE.sort) next.delete('sort');
  else next.set('sort', state.sort);
  if (state.outlet === undefined) next.delete('outlet');
  else next.set('outlet', state.outlet);
  return next;
}

/** "Showing 2 of 5 stories, with a version from Reuters, by title.": what the live region announces. */
export function describeList(shown: number, total: number, state: ListState): string {
  const stories = total === 1 ? 'story' : 'stories';
  const count =
    shown !== total
      ? `Showing ${shown} of ${total} ${stories}`
      : total === 1
        ? 'Showing 1 story'
        : `Showing all ${total} ${stories}`;
  const outlet = state.outlet === undefined ? '' : `, with a version from ${state.outlet}`;
  const order = SORTS.find((option) => option.value === state.sort)!.phrase;
  return `${count}${outlet}, ${order}.`;
}
