/** The names a share card gives the two versions it compares, from their entries. */
import type { CardLabels } from '../share-card/card-content.ts';
import type { VersionEntry } from './assemble-stories.ts';

/** The labels and slugs of `from` and `to`, as the card shows them. */
export function cardLabels(from: VersionEntry<unknown>, to: VersionEntry<unknown>): CardLabels {
  return {
    from: { label: from.data.label, slug: from.data.version },
    to: { label: to.data.label, slug: to.data.version },
  };
}
