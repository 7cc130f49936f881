/** Runs a worker script over its share of a list of jobs on each of a number of threads. */
import { Worker } from 'node:worker_threads';

/**
 * Runs `script` (a URL, as `new URL('./x.ts', import.meta.url)` gives) on `threads` threads,
 * each with every `threads`-th job as its `workerData.jobs`; resolves when all have exited
 * cleanly, and rejects with the first that did not.
 */
export async function onThreads(script: URL, all: readonly unknown[], threads: number): Promise<void> {
  await Promise.all(
    Array.from({ length: threads }, (_, index) => {
      const jobs = all.filter((_job, position) => position % threads === index);
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(script, { workerData: { jobs } });
        worker.once('error', reject);
        worker.once('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`${script.pathname} exited with code ${code}`)),
        );
      });
    }),
  );
}
