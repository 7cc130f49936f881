/**
 * What the comparison page and its worker say to each other: two documents out, the rendered
 * comparison back (HTML of trees the worker built, so the page only inserts it).
 */
import type { ComparableDocument } from '../analysis/units/units.ts';

/** The parts of a rendered comparison, in the order the page shows them. */
export const PART_NAMES = ['intro', 'map', 'whatChanged', 'atAGlance', 'sideBySide'] as const;

/** One part of a rendered comparison. */
export type PartName = (typeof PART_NAMES)[number];

/** Two documents to compare; `id` pairs the answer with its request. */
export interface CompareRequest {
  readonly id: number;
  readonly from: ComparableDocument;
  readonly to: ComparableDocument;
}

/** The worker's word that it has started and compiled its code (see warm-up.ts). */
export interface WorkerReady {
  readonly kind: 'ready';
}

/** The comparison rendered, with the address of its report JSON; or why it could not be made. */
export type CompareAnswer =
  | {
      readonly kind: 'compared';
      readonly id: number;
      readonly parts: Readonly<Record<PartName, string>>;
      readonly reportUrl: string;
    }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };
