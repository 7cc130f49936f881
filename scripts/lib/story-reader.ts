/**
 * Reads story folders in a thread of their own, each within a deadline. Every parser ingest uses is
 * bounded, and an article under the size limit reads in seconds; a file whose shape still makes a
 * parser slow (a Markdown construct found after the bounds were set) would otherwise hold the
 * build for minutes or hours, or take all the memory there is. Past the deadline, or past its
 * memory, the thread is stopped, and the file it was reading is that story's named problem, which
 * --skip-broken can leave out.
 */
import { Worker } from 'node:worker_threads';
import { IngestError } from '../../src/ingest/index.ts';
import type { IngestedStory, StoryFolder } from '../../src/ingest/index.ts';
import type { ReaderMessage } from './ingest-worker.ts';

/** A story reader: `read` one folder at a time, then `close`. */
export interface StoryReader {
  readonly read: (folder: StoryFolder) => Promise<IngestedStory>;
  readonly close: () => Promise<void>;
}

/** How much memory the thread may take for a story: 2 MB of any text reads in far less. */
export const READ_MEMORY_MB = 2048;

/**
 * A reader that gives up on a story after `deadlineMs`, or when reading it needs more than
 * `memoryMb` of memory, naming the file it was reading.
 */
export function storyReader(deadlineMs: number, memoryMb: number = READ_MEMORY_MB): StoryReader {
  let worker: Worker | undefined;
  const thread = (): Worker =>
    (worker ??= new Worker(new URL('./ingest-worker.ts', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    }));

  const read = (folder: StoryFolder): Promise<IngestedStory> =>
    new Promise((resolve, reject) => {
      const current = thread();
      let file = folder.name;
      let timer: NodeJS.Timeout | undefined;
      const done = (): void => {
        clearTimeout(timer);
        current.off('message', listen);
        current.off('error', fail);
        current.off('exit', exited);
      };
      const listen = (message: ReaderMessage): void => {
        if ('started' in message) timer = setTimeout(stop, deadlineMs);
        else if ('reading' in message) file = message.reading;
        else {
          done();
          if ('story' in message) resolve(message.story);
          else if ('problem' in message) reject(new IngestError(message.problem));
          else reject(message.crash instanceof Error ? message.crash : new Error(String(message.crash)));
        }
      };
      const fail = (error: Error): void => {
        done();
        worker = undefined;
        const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
        reject(
          outOfMemory
            ? new IngestError({
                file,
                problem: `reading the file needed more than the ${memoryMb} MB of memory a story may take, and was stopped. An article under the size limit reads in far less; this one has a shape that makes a parser hold too much (see "Limits" in the README).`,
                fix: 'save the article in another format (plain text reads fastest), or leave the story out with --skip-broken.',
              })
            : error,
        );
      };
      const exited = (code: number): void => fail(new Error(`the ingest thread stopped (exit code ${code}).`));
      const stop = (): void => {
        done();
        worker = undefined;
        void current.terminate();
        reject(
          new IngestError({
            file,
            problem: `reading the file took longer than ${deadlineMs / 1000} s, and was stopped. An article under the size limit reads in a few seconds; this one has a shape that makes a parser slow (see "Limits" in the README).`,
            fix: 'save the article in another format (plain text reads fastest), or leave the story out with --skip-broken.',
          }),
        );
      };
      current.on('message', listen);
      current.on('error', fail);
      current.on('exit', exited);
      current.postMessage(folder);
    });

  return {
    read,
    close: async () => {
      await worker?.terminate();
      worker = undefined;
    },
  };
}
