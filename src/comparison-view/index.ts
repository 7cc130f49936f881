/**
 * A comparison as hast trees, for the build and the browser alike: pure functions of the report
 * and the two labels, with no file system, no Astro and no `document`, so that a Web Worker can
 * run them. `comparisonParts` is the whole; the rest are its pieces, for pages that need one.
 */
export { alignmentMap } from './alignment-map.ts';
export { articlePieces, articleText } from './article-text.ts';
export { atAGlance } from './at-a-glance.ts';
export { changeNavigator } from './change-navigator.ts';
export { comparisonParts } from './comparison-parts.ts';
export type { ComparisonInput, ComparisonParts } from './comparison-parts.ts';
export { diffText } from './diff-text.ts';
export { findingItem } from './finding-item.ts';
export { comparisonIntro } from './intro.ts';
export { mapKey } from './map-key.ts';
export { markFilter } from './mark-filter.ts';
export { pageHtml } from './page-html.ts';
export { readingGuide } from './reading-guide.ts';
export { rowCell } from './row-cell.ts';
export type { SideMarks } from './row-cell.ts';
export { rowLegend } from './row-legend.ts';
export { rowsView } from './rows-view.ts';
export type { RowsViewOptions } from './rows-view.ts';
export { sideBySide } from './side-by-side.ts';
export type { SideLabels } from './side-labels.ts';
export { viewSwitch } from './view-switch.ts';
export { storySummary, whatChanged } from './what-changed.ts';
export type { WhatChangedOptions } from './what-changed.ts';
