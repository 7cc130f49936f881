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
import { WARM_UP_FROM, WARM_UP_TO } from './warm-up.ts';
import type { CompareAnswer, PartName, WorkerMessage, WorkerRequest } from './worker-messages.ts';
import { PART_NAMES } from './worker-messages.ts';

/** The labels the page's fields have, which the comparison's words then use. */
const LABELS = { from: 'Original', to: 'Rewrite' } as const;

/** The comparison rendered as the page inserts it, part by part. */
function renderedParts(report: Report, reportUrl: string): Record<PartName, string> {
  const parts = comparisonParts({ report, labels: LABELS, reportUrl, betweenRewrites: false });
  return Object.fromEntries(PART_NAMES.map((name) => [name, pageHtml(parts[name])])) as Record<PartName, string>;
}

function answer(request: Extract<WorkerRequest, { kind: 'compare' }>): CompareAnswer {
  const { id, from, to } = request;
  try {
    const report = compareDocuments(from, to);
    // Its address lives as long as this worker, until the page says the comparison has gone.
    const reportUrl = URL.createObjectURL(new Blob([reportJson(report)], { type: 'application/json' }));
    return { kind: 'compared', id, parts: renderedParts(report, reportUrl), reportUrl };
  } catch (error) {
    return { kind: 'failed', id, message: error instanceof Error ? error.message : String(error) };
  }
}

const say = (message: WorkerMessage): void => self.postMessage(message);

// Before the first message: a request sent meanwhile waits, and then runs on compiled code.
renderedParts(compareDocuments(WARM_UP_FROM, WARM_UP_TO), '#');
say({ kind: 'ready' });

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'release') URL.revokeObjectURL(request.reportUrl);
  else say(answer(request));
});
