/**
 * Fates: what became of each quotation, name and figure between the two versions, recorded once
 * per comparison. The detectors judge these things anyway (the quotation findings match every
 * quotation, the number findings compare the figures of each group); the fates keep those
 * judgements as data, so that the report's readers (the story overview of three or more versions,
 * scripts) read one verdict instead of each deriving its own from the texts.
 */
/** What became of a quotation: the quotation findings' verdict ("added" for a new one). */
export const QUOTATION_FATES = [
  'kept',
  'trimmed',
  'altered',
  'stitched',
  'indirect',
  'paraphrased',
  'dropped',
  'added',
  'invented',
] as const;

/**
 * What became of a name: said whole (in any of its forms, "US" for "United States"), said only by
 * its last word ("Lund" for "Maria Lund"), not said at all, or said only by the rewrite.
 */
export const NAME_FATES = ['kept', 'shortened', 'dropped', 'added'] as const;

/**
 * What became of a figure: stated in the rewrite; other figures in its place in its sentence's
 * counterpart; stated nowhere in the rewrite; or stated only by the rewrite.
 */
export const FIGURE_FATES = ['kept', 'changed', 'dropped', 'added'] as const;

/** Words of one unit: offsets into its text. */
export interface Span {
  readonly unit: string;
  readonly start: number;
  readonly end: number;
}

/** Where a thing stands on one side: the units, and the exact words where the analysis places them. */
export interface FateSide {
  readonly units: readonly string[];
  readonly spans: readonly Span[];
}

/** Nowhere: the side of something a version does not have. */
export const ABSENT: FateSide = { units: [], spans: [] };

/** A quotation and its fate. */
export interface QuotationFate {
  /** The quoted words, as the original writes them (the rewrite, for a quotation only it has). */
  readonly text: string;
  readonly fate: (typeof QUOTATION_FATES)[number];
  readonly from: FateSide;
  readonly to: FateSide;
}

/** A name and its fate. */
export interface NameFate {
  /** The name as compared: without a possessive or dots ("US" for "U.S.’s"). */
  readonly name: string;
  readonly fate: (typeof NAME_FATES)[number];
  readonly from: FateSide;
  readonly to: FateSide;
}

/** A figure and its fate. */
export interface FigureFate {
  /** The figure's word as first written ("1.2bn"). */
  readonly text: string;
  /** What it is compared by: currency, number and scale ("£1.2 billion"). */
  readonly key: string;
  readonly fate: (typeof FIGURE_FATES)[number];
  readonly from: FateSide;
  readonly to: FateSide;
}

/** The fates of a comparison, each in the order of the original, then what only the rewrite has. */
export interface Fates {
  readonly quotations: readonly QuotationFate[];
  readonly names: readonly NameFate[];
  readonly figures: readonly FigureFate[];
}
