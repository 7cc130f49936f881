/**
 * The sentence limit (./sentence-limit.ts), checked early for text files: a Markdown or plain-text
 * file is counted in blocks (runs of lines between blank lines) before it is parsed. 2 MB of
 * one-letter paragraphs ran Markdown's reader out of memory (4 GB) before the sentence count could
 * refuse it. Every block is a sentence at least unless it is only markup (a rule, a link
 * definition), so twice the sentence limit in blocks refuses no article the sentence limit would
 * read, and a scan of the lines is linear and cheap.
 */
import { IngestError } from './errors.ts';
import { MAX_SENTENCES } from './sentence-limit.ts';

/** Blocks a text file may hold before it is parsed. */
export const MAX_BLOCKS = 2 * MAX_SENTENCES;

/** Throws an IngestError naming the file, and the line where the count passed the limit, when `text` holds more blocks. */
export function checkBlockCount(text: string, file: string): void {
  let blocks = 0;
  let line = 0;
  let inBlock = false;
  for (let start = 0; start <= text.length;) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    line += 1;
    const blank = !/\S/u.test(text.slice(start, stop));
    if (!blank && !inBlock && ++blocks > MAX_BLOCKS) {
      const number = (value: number) => value.toLocaleString('en');
      throw new IngestError({
        file,
        line,
        problem: `the article has more than ${number(MAX_BLOCKS)} paragraphs (blocks of lines between blank lines; this line starts one past the limit); Reworded compares articles of up to ${number(MAX_SENTENCES)} sentences a version.`,
        fix: 'split the article into several stories, or compare the part of it that matters.',
      });
    }
    inBlock = !blank;
    if (end === -1) break;
    start = end + 1;
  }
}
