/**
 * The comparison page's worker: compares two documents with the analysis the build uses and renders
 * the comparison with the trees a built comparison page is made of, so the page stays responsive
 * while a long pair is compared and shows exactly what a built page would.
 */
import { compareDocuments } from '../analysis/compare.ts';
import type { Report } from '../analysis/report/report-schema.ts';
import { comparisonParts } from '../comparison-view/comparison-parts.ts';
import { pageHtml } from '../comparison-view/page-html.ts';
import { reportJson } from '../data/report-json.ts';
import type { CompareAnswer, CompareRequest, PartName, WorkerReady } from './worker-messages.ts';
import { PART_NAMES } from './worker-messages.ts';
import { WARM_UP_FROM, WARM_UP_TO } from './warm-up.ts';

/** The labels the page's fields have, which the comparison's words then use. */
const LABELS = { from: 'Original', to: 'Rewrite' } as const;

/** The last report's JSON, kept while its comparison is on the page (the page's download link). */
let reportUrl: string | undefined;

/** The comparison rendered as the page inserts it, part by part. */
function renderedParts(report: Report, url: string): Record<PartName, string> {
  const parts = comparisonParts({ report, labels: LABELS, reportUrl: url, betweenRewrites: false });
  return Object.fromEntries(PART_NAMES.map((name) => [name, pageHtml(parts[name])])) as Record<PartName, string>;
}

// Before the first message: a request sent meanwhile waits, and then runs on compiled code.
renderedParts(compareDocuments(WARM_UP_FROM, WARM_UP_TO), '#');
self.postMessage({ kind: 'ready' } satisfies WorkerReady);

self.addEventListener('message', (event: MessageEvent<CompareRequest>) => {
  const { id, from, to } = event.data;
  let answer: CompareAnswer;
  try {
    const report = compareDocuments(from, to);
    if (reportUrl !== undefined) URL.revokeObjectURL(reportUrl);
    reportUrl = URL.createObjectURL(new Blob([reportJson(report)], { type: 'application/json' }));
    answer = { kind: 'compared', id, parts: renderedParts(report, reportUrl), reportUrl };
  } catch (error) {
    answer = { kind: 'failed', id, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
});
