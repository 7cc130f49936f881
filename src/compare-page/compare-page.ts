/**
 * The comparison page's script: reads both sides when the reader asks (with the ingest the build
 * uses, in the page, where the browser's HTML parser is), has the worker compare and render them,
 * and shows the result with the scripts a built comparison page runs. Problems are told beside
 * the field they concern; the page never sends anything anywhere.
 */
import { comparisonScripts } from './comparison-scripts.ts';
import { saveAsPage } from './saved-page.ts';
import { sideField } from './side-field.ts';
import type { SideField } from './side-field.ts';
import { SideProblem, sideFile } from './side-input.ts';
import { connectWorker } from './worker-connection.ts';
import type { PartName } from './worker-messages.ts';
import { PART_NAMES } from './worker-messages.ts';

/** The space above each part, as a built comparison page spaces them. */
const PART_SPACING: Readonly<Record<PartName, string>> = {
  intro: 'mt-2',
  map: 'mt-6',
  whatChanged: 'mt-8',
  atAGlance: 'mt-8',
  sideBySide: 'mt-10',
};

/** The name a saved report takes, wherever on the page its link is. */
const REPORT_FILE = 'reworded-report.json';

/** Starts the page in `document`: shows the form (hidden without JavaScript) and wires it up. */
export function startComparePage(document: Document): void {
  const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
  const result = document.querySelector<HTMLElement>('[data-result]');
  if (form === null || result === null) return;
  const fields = [...form.querySelectorAll<HTMLElement>('.compare-side[data-side]')].map(sideField);
  const button = form.querySelector<HTMLButtonElement>('[data-compare]')!;
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const parts = result.querySelector<HTMLElement>('[data-result-parts]')!;
  const heading = result.querySelector<HTMLElement>('#result-heading')!;
  const saveJson = result.querySelector<HTMLAnchorElement>('[data-save-json]')!;
  const saveHtml = result.querySelector<HTMLAnchorElement>('[data-save-html]')!;
  // Loaded at once but apart from this script: the ingest is most of what the page downloads.
  // Text is what most readers paste: its reader loads now, the others when a file of theirs comes.
  const reader = import('./read-side.ts');
  void import('./format-readers.ts').then((readers) => readers.FORMAT_READER_LOADERS['plain-text']());
  // Said on the form for whoever waits for it (the benchmark): the first comparison is then as
  // fast as the next ones.
  const worker = connectWorker(new Worker(new URL('./compare-worker.ts', import.meta.url), { type: 'module' }), () => {
    form.dataset['ready'] = '';
  });
  let shownReport: string | undefined;
  let savedPageUrl: string | undefined;
  let busy = false;
  form.hidden = false;

  const compare = async (): Promise<void> => {
    // Each step's time is marked for `npm run bench:compare`, which reports where the time goes.
    const started = performance.mark('compare:start').startTime;
    const editions = fields.map((field) => field.edition());
    const { readSide } = await reader;
    const read = await Promise.all(
      fields.map(async (field) => {
        try {
          return await readSide(field.side, await sideFile(field.side, field.input()));
        } catch (error) {
          if (error instanceof SideProblem) return error;
          throw error;
        }
      }),
    );
    // A side changed while it was read (a file cleared, text typed): what was read is not what is there.
    if (fields.some((field, index) => field.edition() !== editions[index])) {
      status.textContent = 'A text changed while it was read: press Compare again.';
      return;
    }
    fields.forEach((field, index) => {
      const side = read[index]!;
      field.showProblem(side instanceof SideProblem ? side.message : undefined);
      field.showWarnings(side instanceof SideProblem ? [] : side.warnings);
    });
    const [from, to] = read;
    if (from instanceof SideProblem || to instanceof SideProblem || from === undefined || to === undefined) {
      const failing = fields.filter((_, index) => read[index] instanceof SideProblem);
      status.textContent =
        failing.length === 2 ? 'Both texts need a look.' : `The ${labelOf(failing[0]!)} needs a look.`;
      // The comparison below, if any, is of texts no longer in the fields.
      result.hidden = true;
      failing[0]!.problemControl().focus();
      return;
    }
    performance.measure('compare:read', 'compare:start');
    performance.mark('compare:asked');
    const answer = await worker.compare(from.document, to.document);
    performance.measure('compare:analysed and rendered (worker)', 'compare:asked');
    performance.mark('compare:answered');
    if (answer.kind === 'failed') throw new Error(answer.message);
    parts.replaceChildren(
      ...PART_NAMES.map((name) => {
        const part = document.createElement('div');
        part.className = PART_SPACING[name];
        // The worker's HTML is serialised from trees in which article text is only ever text.
        const template = document.createElement('template');
        template.innerHTML = answer.parts[name];
        part.append(template.content);
        return part;
      }),
    );
    // The report lives in the page: its links save it rather than leave the page for it.
    for (const link of parts.querySelectorAll<HTMLAnchorElement>('a[href^="blob:"]')) link.download = REPORT_FILE;
    comparisonScripts(parts);
    performance.measure('compare:inserted', 'compare:answered');
    saveJson.href = answer.reportUrl;
    if (shownReport !== undefined) worker.release(shownReport);
    shownReport = answer.reportUrl;
    if (savedPageUrl !== undefined) URL.revokeObjectURL(savedPageUrl);
    savedPageUrl = undefined;
    result.hidden = false;
    status.textContent = `Compared in ${Math.round(performance.now() - started)} ms.`;
    heading.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Marked busy rather than disabled: a disabled button would drop the keyboard focus.
    if (busy) return;
    busy = true;
    button.setAttribute('aria-disabled', 'true');
    status.textContent = 'Comparing…';
    compare()
      .catch((error: unknown) => {
        status.textContent = `The comparison could not be made: ${error instanceof Error ? error.message : String(error)}`;
      })
      .finally(() => {
        busy = false;
        button.removeAttribute('aria-disabled');
      });
  });
  // A file dropped beside a field rather than on it must not replace the page (and the texts in it).
  for (const type of ['dragover', 'drop'] as const) {
    document.addEventListener(type, (event) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    });
  }
  // The saved page is made when asked for: it copies the comparison as it then stands.
  saveHtml.addEventListener('click', () => {
    if (savedPageUrl !== undefined) URL.revokeObjectURL(savedPageUrl);
    savedPageUrl = saveAsPage(document, parts);
    saveHtml.href = savedPageUrl;
  });
  saveJson.download = REPORT_FILE;
}

function labelOf(field: SideField): string {
  return field.input().label.toLowerCase();
}
