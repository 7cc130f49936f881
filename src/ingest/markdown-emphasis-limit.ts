/**
 * A bound on the emphasis markers one Markdown paragraph may hold, checked inside the Markdown
 * reader before it pairs them.
 *
 * micromark pairs emphasis markers (runs of * or _) paragraph by paragraph: for every run that
 * can close emphasis it walks back over the whole paragraph read so far looking for an opener,
 * and every pair it makes is spliced into the paragraph's events. A paragraph of N such runs
 * costs about N times its length: 120 KB of "*a" took minutes. Runs that cannot close
 * (a "_" inside a word, a "*" between spaces as in "5 * 3", a long rule of asterisks, which is
 * one run) cost nothing and are not counted. Real paragraphs close emphasis a few times; a
 * paragraph past the limit is refused by name, as the count is known before the pairing starts.
 * Nothing is re-escaped: the article's text stays exactly what the user wrote.
 *
 * The extension puts a copy of CommonMark's own emphasis construct before it, the same
 * tokenizer with a resolver that counts first, so the reading of every paragraph within the
 * limit is unchanged.
 */
import { attention } from 'micromark-core-commonmark';
import type { Construct, Extension, Resolver } from 'micromark-util-types';
import { MarkdownLimitPassed } from './markdown-limit-passed.ts';

/** The most runs of * or _ able to close emphasis that one paragraph (or heading) may hold. */
export const MAX_EMPHASIS_CLOSERS = 200;

const resolveAttention: Resolver | undefined = attention.resolveAll;

const countingResolver: Resolver = (events, context) => {
  let closers = 0;
  let firstLine: number | undefined;
  for (const [kind, token] of events) {
    if (kind !== 'enter' || token.type !== 'attentionSequence') continue;
    firstLine ??= token.start.line;
    if (token._close === true) closers += 1;
    if (closers > MAX_EMPHASIS_CLOSERS)
      throw new MarkdownLimitPassed(
        firstLine,
        `the paragraph starting here holds more than ${MAX_EMPHASIS_CLOSERS} runs of "*" or "_" that could close emphasis; real paragraphs hold a few, and pairing this many takes minutes.`,
        'write a backslash before each "*" or "_" meant as a character (\\* or \\_), split the paragraph, or save the article as a .txt file, where they are plain text.',
      );
  }
  return resolveAttention === undefined ? events : resolveAttention(events, context);
};

const boundedAttention: Construct = {
  name: 'boundedAttention',
  tokenize: attention.tokenize,
  resolveAll: countingResolver,
};

/** A micromark extension: CommonMark emphasis, refusing a paragraph past MAX_EMPHASIS_CLOSERS. */
export const emphasisLimit: Extension = {
  text: { 42: boundedAttention, 95: boundedAttention },
};
