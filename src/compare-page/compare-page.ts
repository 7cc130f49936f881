/**
 * The comparison page's script: reads both sides when the reader asks (with the ingest the build
 * uses, in the page, where the browser's HTML parser is), has the worker compare and render them,
 * and shows the result with the scripts a built comparison page runs. Problems are told beside
 * the field they concern; the page never sends anything anywhere.
 */
import { saveAsPage } from './saved-page.ts';
import { sideField } from './side-field.ts';
import type { SideField } from './side-field.ts';
import { SideProblem, sideFile } from './side-input.ts';
import type { CompareAnswer, CompareRequest, PartName, WorkerReady } from './worker-messages.ts';
import { PART_NAMES } from './worker-messages.ts';
import { comparisonScripts } from './comparison-scripts.ts';

/** The space above each part, as a built comparison page spaces them. */
const PART_SPACING: Readonly<Record<PartName, string>> = {
  intro: 'mt-2',
  map: 'mt-6',
  whatChanged: 'mt-8',
  atAGlance: 'mt-8',
  sideBySide: 'mt-10',
};

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
  const worker = new Worker(new URL('./compare-worker.ts', import.meta.url), { type: 'module' });
  // Said on the form for whoever waits for it (the benchmark): the first comparison is then as
  // fast as the next ones.
  worker.addEventListener('message', (event: MessageEvent<WorkerReady | CompareAnswer>) => {
    if (event.data.kind === 'ready') form.dataset['ready'] = '';
  });
  let asked = 0;
  let savedPageUrl: string | undefined;
  form.hidden = false;

  const compare = async (): Promise<void> => {
    // Each step's time is marked for `npm run bench:compare`, which reports where the time goes.
    const started = performance.mark('compare:start').startTime;
    const { readSide } = await reader;
    const read = await Promise.all(
      fields.map(async (field) => {
        field.showProblem(undefined);
        field.showWarnings([]);
        try {
          const side = await readSide(field.side, await sideFile(field.side, field.input()));
          field.showWarnings(side.warnings);
          return side.document;
        } catch (error) {
          if (!(error instanceof SideProblem)) throw error;
          field.showProblem(error.message);
          return undefined;
        }
      }),
    );
    const [from, to] = read;
    if (from === undefined || to === undefined) {
      const failing = fields.filter((_, index) => read[index] === undefined);
      status.textContent =
        failing.length === 2 ? 'Both texts need a look.' : `The ${labelOf(failing[0]!)} needs a look.`;
      failing[0]!.problemControl().focus();
      return;
    }
    performance.measure('compare:read', 'compare:start');
    asked += 1;
    performance.mark('compare:asked');
    const answer = await ask(worker, { id: asked, from, to });
    performance.measure('compare:analysed and rendered (worker)', 'compare:asked');
    performance.mark('compare:answered');
    if (answer.id !== asked) return;
    if (answer.kind === 'failed') {
      status.textContent = `The comparison could not be made: ${answer.message}`;
      return;
    }
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
    comparisonScripts(parts);
    performance.measure('compare:inserted', 'compare:answered');
    saveJson.href = answer.reportUrl;
    if (savedPageUrl !== undefined) URL.revokeObjectURL(savedPageUrl);
    savedPageUrl = undefined;
    result.hidden = false;
    status.textContent = `Compared in ${Math.round(performance.now() - started)} ms.`;
    heading.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    button.disabled = true;
    status.textContent = 'Comparing…';
    compare()
      .catch((error: unknown) => {
        status.textContent = `The comparison could not be made: ${error instanceof Error ? error.message : String(error)}`;
      })
      .finally(() => {
        button.disabled = false;
      });
  });
  // The saved page is made when asked for: it copies the comparison as it then stands.
  saveHtml.addEventListener('click', () => {
    if (savedPageUrl !== undefined) URL.revokeObjectURL(savedPageUrl);
    savedPageUrl = saveAsPage(document, parts);
    saveHtml.href = savedPageUrl;
  });
}

function labelOf(field: SideField): string {
  return field.input().label.toLowerCase();
}

/** Sends a request to the worker and waits for its answer to it. */
function ask(worker: Worker, request: CompareRequest): Promise<CompareAnswer> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<WorkerReady | CompareAnswer>): void => {
      if (event.data.kind === 'ready' || event.data.id !== request.id) return;
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      resolve(event.data);
    };
    const onError = (event: ErrorEvent): void => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      reject(new Error(event.message || 'the comparison stopped unexpectedly.'));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage(request);
  });
}
