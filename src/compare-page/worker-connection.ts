/**
 * The page's side of its worker: one request at a time, each answered or failed. A worker that
 * cannot start (its script missing from a stale deploy, a browser without module workers) fails
 * once, before anyone asks, so that failure is kept and given to every request after it rather
 * than leaving the page waiting for an answer that will never come.
 */
import type { ComparableDocument } from '../analysis/units/units.ts';
import type { CompareAnswer, WorkerMessage, WorkerRequest } from './worker-messages.ts';

/** What the page asks of its worker. */
export interface WorkerConnection {
  /** Compares two documents; rejects when the worker failed or fails. */
  compare(from: ComparableDocument, to: ComparableDocument): Promise<CompareAnswer>;
  /** Lets the worker forget a report's address once no comparison on the page links to it. */
  release(reportUrl: string): void;
}

/** Starts the worker; `onReady` is called once it has compiled its code. */
export function connectWorker(worker: Worker, onReady: () => void): WorkerConnection {
  let failure: Error | undefined;
  let pending: { readonly id: number; resolve(answer: CompareAnswer): void; reject(error: Error): void } | undefined;
  let asked = 0;
  const fail = (error: Error): void => {
    failure = error;
    pending?.reject(error);
    pending = undefined;
  };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(new Error(event.message || 'the part of the page that compares could not start; reload the page.'));
  });
  worker.addEventListener('messageerror', () => fail(new Error('the comparison could not be passed to the page.')));
  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.kind === 'ready') onReady();
    else if (message.id === pending?.id) {
      pending.resolve(message);
      pending = undefined;
    }
  });
  const post = (request: WorkerRequest): void => worker.postMessage(request);
  return {
    compare: (from, to) =>
      new Promise((resolve, reject) => {
        if (failure !== undefined) {
          reject(failure);
          return;
        }
        asked += 1;
        pending = { id: asked, resolve, reject };
        post({ kind: 'compare', id: asked, from, to });
      }),
    release: (reportUrl) => post({ kind: 'release', reportUrl }),
  };
}
