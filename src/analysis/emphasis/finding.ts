/**
 * A finding: one change of emphasis between the two versions, in a form a reader can act on: what
 * kind of change, how much it matters, where it is on each side, and one plain sentence about it.
 */

/** What a finding is about. */
export type FindingKind =
  | 'framing'
  | 'hedge'
  | 'booster'
  | 'reporting-verb'
  | 'attribution'
  | 'quotation'
  | 'name'
  | 'number'
  | 'omission'
  | 'addition'
  | 'tone'
  | 'structure';

/**
 * The changes each kind of finding can report, in one table: the report's schema lists them as
 * enums per kind, and the types below refuse a detector a change its kind does not allow, so a
 * reader of the JSON (and every page or script that switches on a change) can rely on the list.
 */
export const CHANGES = {
  framing: [
    'headline added',
    'headline dropped',
    'headline reworded',
    'headline sensational',
    'hedge added',
    'hedge dropped',
    'booster added',
    'booster dropped',
    'verb changed',
    'lede angle',
    'lede reworded',
    'lede replaced',
  ],
  hedge: ['added', 'dropped', 'caveat added', 'caveat dropped', 'conditional dropped'],
  booster: ['added', 'dropped'],
  'reporting-verb': ['added', 'dropped', 'changed'],
  attribution: [
    'added',
    'dropped',
    'changed',
    'vaguer',
    'more specific',
    'source added',
    'source dropped',
    'credit lines dropped',
    'credit lines added',
  ],
  quotation: ['kept', 'trimmed', 'altered', 'stitched', 'indirect', 'paraphrased', 'dropped', 'new', 'invented'],
  name: ['added', 'dropped', 'dropped here'],
  number: ['added', 'dropped', 'changed'],
  omission: ['dropped', 'dropped run', 'replaced run', 'clause cut'],
  addition: ['added', 'added run', 'clause added'],
  tone: ['opinion added', 'opinion removed'],
  structure: [
    'heading added',
    'heading dropped',
    'heading renamed',
    'sentence to list',
    'list to sentence',
    'moved up',
    'moved down',
  ],
} as const satisfies Readonly<Record<FindingKind, readonly [string, ...string[]]>>;

/** The changes a kind of finding allows. */
export type ChangeOf<K extends FindingKind> = (typeof CHANGES)[K][number];

/** Any change of any kind. */
export type Change = ChangeOf<FindingKind>;

/** What a mark in the text shows. */
export type MarkCategory = 'hedge' | 'booster' | 'verb' | 'quotation' | 'source' | 'name' | 'number' | 'tone';

/** Words a finding is about, on one side: offsets into a unit's text. */
export interface Mark {
  readonly side: 'from' | 'to';
  readonly unit: string;
  readonly start: number;
  readonly end: number;
  readonly category: MarkCategory;
}

/** Where a finding is on one side. */
export interface FindingSide {
  readonly units: readonly string[];
  /** The words concerned, or the start of the unit, as a reader would quote it. */
  readonly excerpt: string;
}

/** A finding's side where nothing corresponds: no unit, no words. */
export const NOWHERE: FindingSide = { units: [], excerpt: '' };

/** How much a reader should care, in three steps a page can show. */
export type Level = 'high' | 'medium' | 'low';

/** A finding's kind and its change, one of those its kind allows (see CHANGES). */
export type KindAndChange = {
  readonly [K in FindingKind]: { readonly kind: K; readonly change: ChangeOf<K> };
}[FindingKind];

/** What every finding has besides its kind and change. */
interface FindingFields {
  /** 0 to 1: how much a reader should care. */
  readonly salience: number;
  readonly from: FindingSide;
  readonly to: FindingSide;
  /** One plain-language sentence. */
  readonly explanation: string;
  readonly marks: readonly Mark[];
  /** The report group the finding sits in, when it sits in one. */
  readonly group?: string | undefined;
}

/**
 * A finding before it gets its id and level (which come from the ranking of all findings). A union
 * discriminated by kind: `{ kind: 'name', change: 'trimmed' }` does not type-check.
 */
export type Draft = KindAndChange & FindingFields;

/** One change of emphasis: a draft ranked, with its id and level. */
export type Finding = Draft & { readonly id: string; readonly level: Level };

/**
 * Findings from this salience up are worth listing to a reader (the page and the terminal list
 * them); the rest stay in the report. Quotations kept word for word are a classification, not a
 * change, and are never listed.
 */
export const LISTED_SALIENCE = 0.2;

/** True for a finding worth listing to a reader. */
export function isListed(finding: Pick<Finding, 'salience' | 'kind' | 'change'>): boolean {
  return finding.salience >= LISTED_SALIENCE && !isKeptQuotation(finding);
}

/** True for a quotation kept word for word. */
export function isKeptQuotation(finding: Pick<Finding, 'kind' | 'change'>): boolean {
  return finding.kind === 'quotation' && finding.change === 'kept';
}

/** The level of a salience. */
export function levelOf(salience: number): Level {
  return salience >= 0.7 ? 'high' : salience >= 0.4 ? 'medium' : 'low';
}

/** Salience kept within [0, 1], in steps of 0.01 so that reports stay stable across machines. */
export function clampSalience(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

const EXCERPT_LENGTH = 140;

/**
 * How much of a sentence a finding quotes when the sentence itself is what changed (dropped,
 * added, the lede that went): most news sentences whole, since a reader judges a sentence by all of
 * it, and the words that matter are as often at its end as at its start.
 */
export const SENTENCE_QUOTE = 260;

/** A unit's text shortened for a summary: whole words, with an ellipsis when cut. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const trimmed = text.trim();
  if (trimmed.length <= length) return trimmed;
  // Cut at a space where there is one in the second half; never inside a surrogate pair.
  let cut = trimmed.slice(0, length);
  if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`;
}

/** Where a finding is on one side: the units' ids, and an excerpt of their text. */
export function sideOf(
  units: readonly { readonly unit: { readonly id: string; readonly text: string } }[],
): FindingSide {
  return { units: units.map((info) => info.unit.id), excerpt: excerpt(units.map((info) => info.unit.text).join(' ')) };
}

/** Words listed for a sentence: “a”, “b” and “c”. */
export function listed(words: readonly string[]): string {
  const quoted = [...new Set(words)].map((word) => `“${word}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
