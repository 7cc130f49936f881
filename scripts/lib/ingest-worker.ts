/**
 * The thread in which scripts/ingest.ts reads story folders (./story-reader.ts): ingest is pure and
 * synchronous, so a file whose shape makes a parser slow could only be stopped from outside. Says
 * when it starts on a story (its own start-up is not the story's time), which file it starts to
 * read, then the story or the problem.
 */
import { parentPort } from 'node:worker_threads';
import { IngestError, ingestStory } from '../../src/ingest/index.ts';
import type { IngestedStory, StoryFolder } from '../../src/ingest/index.ts';

/** What the thread answers: the file it starts to read, then the story, its problem or a crash. */
export type ReaderMessage =
  | { readonly started: true }
  | { readonly reading: string }
  | { readonly story: IngestedStory }
  | {
      readonly problem: {
        readonly file: string;
        readonly line: number | undefined;
        readonly problem: string;
        readonly fix: string;
      };
    }
  | { readonly crash: unknown };

const port = parentPort;
port?.on('message', (folder: StoryFolder) => {
  const say = (message: ReaderMessage): void => port.postMessage(message);
  say({ started: true });
  try {
    say({ story: ingestStory(folder, { reading: (file) => say({ reading: file }) }) });
  } catch (error) {
    if (error instanceof IngestError)
      say({ problem: { file: error.file, line: error.line, problem: error.problem, fix: error.fix } });
    else say({ crash: error });
  }
});
