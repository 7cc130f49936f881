/** The two versions' labels, by side: article strings, so every builder shows them as text. */
export interface SideLabels {
  /** The `from` side's label: the original on a story's own comparison. */
  readonly from: string;
  /** The `to` side's label: the rewrite. */
  readonly to: string;
}
