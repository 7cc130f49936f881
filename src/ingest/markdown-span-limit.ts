/**
 * Bounds on the link and image openers ("[", "![") of one Markdown paragraph, and on how far the
 * Markdown reader looks ahead for the ends of code spans in one article, checked inside the reader
 * as it meets them.
 *
 * Every bracketed label that turns out not to be a link leaves text that micromark merges by
 * splicing the paragraph's whole event list: one 160 KB paragraph of "[a](" took 33 s, 80 KB of
 * "[a]" 10 s. Real paragraphs hold a few links; a paragraph of more than MAX_LINK_OPENERS is
 * refused. A run of backticks opens a code span only if a run of the same length follows in the
 * paragraph, and micromark looks for it to the paragraph's end, again for every run: runs of
 * growing length took 9 s at 500 KB, and 199 of them before 2 MB of text a minute. Real code
 * spans close within a line or two; the characters looked through for runs that never close are
 * summed over the article, and one past MAX_CODE_LOOKAHEAD is refused. Either is named by file
 * and line. Nothing is re-escaped: within the limits every article reads as before.
 *
 * The extension puts copies of CommonMark's own constructs before them, the same tokenizers with
 * a count added; the original code span construct is turned off, as a copy that finds no closing
 * run would otherwise be followed by the original looking again.
 */
import { codeText, labelStartImage, labelStartLink } from 'micromark-core-commonmark';
import type { Construct, Extension, State, TokenizeContext } from 'micromark-util-types';
import { MarkdownLimitPassed } from './markdown-limit-passed.ts';

/** The most link or image openers one paragraph (or heading) may hold. */
export const MAX_LINK_OPENERS = 200;

/** The most characters the reader may look through for the ends of code spans that never close. */
export const MAX_CODE_LOOKAHEAD = 10_000_000;

/** Link openers per paragraph: micromark reads each paragraph's text with a tokenizer of its own. */
const openers = new WeakMap<TokenizeContext, number>();
/** Characters looked through per article: every tokenizer of one parse shares its parser object. */
const lookahead = new WeakMap<object, number>();

/** A copy of `construct` with `tokenize` in place of its own. */
function replaced(construct: Construct, tokenize: Construct['tokenize']): Construct {
  return { ...construct, name: `bounded-${construct.name ?? 'construct'}`, tokenize };
}

/** A link or image opener that counts itself once it is one ("!" alone is no opener). */
function countedOpener(construct: Construct): Construct {
  return replaced(construct, function (effects, ok, nok) {
    return construct.tokenize.call(this, effects, countedOk(this, ok), nok);
  });
}

function countedOk(context: TokenizeContext, ok: State): State {
  return (code) => {
    const seen = (openers.get(context) ?? 0) + 1;
    openers.set(context, seen);
    if (seen > MAX_LINK_OPENERS)
      throw new MarkdownLimitPassed(
        context.now().line,
        `the paragraph holding this line has more than ${MAX_LINK_OPENERS} link or image openers ("[" or "!["); real paragraphs hold a few, and reading this many takes minutes.`,
        'write a backslash before each "[" meant as a character (\\[), split the paragraph, or save the article as a .txt file, where it is plain text.',
      );
    return ok(code);
  };
}

/** A code span that, when it finds no closing run, adds how far it looked to the article's sum. */
const measuredCodeText = replaced(codeText, function (effects, ok, nok) {
  return codeText.tokenize.call(this, effects, ok, measuredNok(this, this.now(), nok));
});

function measuredNok(context: TokenizeContext, start: ReturnType<TokenizeContext['now']>, nok: State): State {
  return (code) => {
    // Called where the search stopped, before the reader goes back to the run's start.
    const seen = (lookahead.get(context.parser) ?? 0) + (context.now().offset - start.offset);
    lookahead.set(context.parser, seen);
    if (seen > MAX_CODE_LOOKAHEAD)
      throw new MarkdownLimitPassed(
        start.line,
        `runs of backticks (\`) that never close make the reader look through more than ${MAX_CODE_LOOKAHEAD.toLocaleString('en')} characters for their ends, and the run on this line passes that; real code spans close within a line, and reading on takes minutes.`,
        'write a backslash before each "`" meant as a character (\\`), close the code spans, or save the article as a .txt file, where they are plain text.',
      );
    return nok(code);
  };
}

/** A micromark extension: CommonMark links, images and code spans, within the limits above. */
export const spanLimit: Extension = {
  text: { 33: countedOpener(labelStartImage), 91: countedOpener(labelStartLink), 96: measuredCodeText },
  disable: { null: ['codeText'] },
};
