/**
 * What the comparison page and its worker say to each other: two documents out, the rendered
 * comparison back (HTML of trees the worker built, so the page only inserts it).
 */
import type { ComparableDocument } from '../analysis/units/units.ts';

/** The parts of a rendered comparison, in the order the page shows them. */
export const PART_NAMES = ['intro', 'map', 'whatChanged', 'atAGlance', 'sideBySide'] as const;

/** One part of a rendered comparison. */
export type PartName = (typeof PART_NAMES)[number];

/**
 * What the page asks: two documents to compare (`id` pairs the answer with its request), or that a
 * report's address be let go once the comparison linking to it has left the page.
 */
export type WorkerRequest =
  | {
      readonly kind: 'compare';
      readonly id: number;
      readonly from: ComparableDocument;
      readonly to: ComparableDocument;
    }
  | { readonly kind: 'release'; readonly reportUrl: string };

/** The comparison rendered, with the address of its report JSON; or why it could not be made. */
export type CompareAnswer =
  | {
      readonly kind: 'compared';
      readonly id: number;
      readonly parts: Readonly<Record<PartName, string>>;
      readonly reportUrl: string;
    }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

/** Everything the worker says: that it has started and compiled its code (warm-up.ts), or an answer. */
export type WorkerMessage = { readonly kind: 'ready' } | CompareAnswer;
