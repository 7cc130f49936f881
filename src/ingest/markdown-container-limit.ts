/**
 * A bound on the block quotes and list items one Markdown article may hold, counted inside the
 * Markdown reader as they end.
 *
 * Each time a quote or a list item ends, micromark moves the events that close it back into the
 * document's event list, copying the whole list read so far, and starts a new stretch of text
 * that is spliced into that list again at the end. So an article of N quotes and list items costs
 * about N times its length: 240 KB of one-item lists between paragraphs took 48 s, 1.9 MB of
 * quotes that deepen and close again 134 s. Real articles hold a few lists and quotes, tens of
 * items in all; an article past the limit is refused by name, at the line where the count ran
 * over. Nothing is re-escaped: within the limit every article reads as before.
 *
 * The extension puts copies of CommonMark's own block quote and list constructs before them, the
 * same tokenizers with a count added where a quote or list ends and where a list goes on with a
 * new item, so the reading of every article within the limit is unchanged.
 */
import { blockQuote, list } from 'micromark-core-commonmark';
import type { Construct, Exiter, Extension, State, Tokenizer, TokenizeContext } from 'micromark-util-types';
import { MarkdownLimitPassed } from './markdown-limit-passed.ts';

/** The most block quotes and list items one Markdown article may hold. */
export const MAX_MARKDOWN_CONTAINERS = 300;

/** Counts per parse: every tokenizer of one parse shares its parser object. */
const counts = new WeakMap<object, number>();

function count(context: TokenizeContext): void {
  const seen = (counts.get(context.parser) ?? 0) + 1;
  counts.set(context.parser, seen);
  if (seen > MAX_MARKDOWN_CONTAINERS)
    throw new MarkdownLimitPassed(
      context.now().line,
      `the article holds more than ${MAX_MARKDOWN_CONTAINERS} block quotes and list items (this line is past the limit); real articles hold tens, and reading this many takes minutes.`,
      'join quotes and lists that belong together, write a backslash before a ">", "-", "*", "+" or "1." that starts a line but is meant as a character, or save the article as a .txt file.',
    );
}

/** A container's exit that counts first: a quote, or a list's first item, ends here. */
function countedExit(exit: Exiter | undefined): Exiter {
  return function (this: TokenizeContext, effects) {
    count(this);
    exit?.call(this, effects);
  };
}

const listContinue: Tokenizer | undefined = list.continuation?.tokenize;

/** A list's continuation that counts each item after the first (the list then "closes flow"). */
const countedListContinuation: Tokenizer = function (this: TokenizeContext, effects, ok, nok) {
  if (listContinue === undefined) return nok;
  return listContinue.call(this, effects, countedOk(this, ok), nok);
};

/** `ok`, counting first when the continuation has started a new item of the list. */
function countedOk(context: TokenizeContext, ok: State): State {
  return (code) => {
    if (context.containerState?._closeFlow === true) count(context);
    return ok(code);
  };
}

const boundedBlockQuote: Construct = { ...blockQuote, name: 'boundedBlockQuote', exit: countedExit(blockQuote.exit) };

const boundedList: Construct = {
  ...list,
  name: 'boundedList',
  continuation: { tokenize: countedListContinuation },
  exit: countedExit(list.exit),
};

/** A micromark extension: CommonMark quotes and lists, refusing an article past MAX_MARKDOWN_CONTAINERS. */
export const containerLimit: Extension = {
  document: {
    42: boundedList,
    43: boundedList,
    45: boundedList,
    48: boundedList,
    49: boundedList,
    50: boundedList,
    51: boundedList,
    52: boundedList,
    53: boundedList,
    54: boundedList,
    55: boundedList,
    56: boundedList,
    57: boundedList,
    62: boundedBlockQuote,
  },
};
