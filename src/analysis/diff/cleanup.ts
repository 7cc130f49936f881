/**
 * The cleanup of a word diff, in the spirit of diff-match-patch's semantic cleanup: edits read as
 * phrases ("has not yet responded" for "immediately commented"), not confetti.
 */
import type { Run, SideToken } from './runs.ts';
import { pushRun } from './runs.ts';

/** The longest unchanged stretch, in word tokens, that the cleanup may absorb between two edits. */
const MAX_STRANDED_WORDS = 1;
/** A stranded word this short (in characters) is a function word in most languages: "a", "the", "de", "und". */
const MAX_STRANDED_LENGTH = 3;

/** Quotation marks: an unchanged one is never absorbed into an edit. */
const QUOTE_MARK = /["'“”‘’«»„‟‹›]/u;

/**
 * Joins edits separated only by an unchanged stretch that carries no meaning of its own: white
 * space, punctuation, or one short word. Unit boundaries are never crossed by an absorbed stretch.
 */
export function absorbStranded(runs: readonly Run[]): Run[] {
  const result: Run[] = [];
  for (let index = 0; index < runs.length; index += 1) {
    const run = runs[index]!;
    const previous = result.at(-1);
    const next = runs[index + 1];
    const isEdit = (candidate: Run | undefined): boolean => candidate !== undefined && candidate.kind !== 'same';
    if (run.kind === 'same' && isEdit(previous) && isEdit(next) && isStranded(run)) {
      result[result.length - 1] = merge(previous!, run);
      continue;
    }
    if (run.kind !== 'same' && isEdit(previous)) {
      result[result.length - 1] = merge(previous!, run);
      continue;
    }
    result.push(run);
  }
  return result;
}

/**
 * Moves tokens that both sides of a replacement start or end with out of it, into the unchanged
 * text beside it. Two alignments of equal length can leave "…commented on the" / "…responded to
 * the" as the edit where "the" is plainly unchanged.
 */
export function factorCommonEdges(runs: readonly Run[], key: (token: SideToken) => string): Run[] {
  const result: Run[] = [];
  for (const run of runs) {
    if (run.kind === 'same' || run.from.length === 0 || run.to.length === 0) {
      pushRun(result, run);
      continue;
    }
    let start = 0;
    while (start < run.from.length && start < run.to.length && sameToken(run.from[start]!, run.to[start]!, key))
      start += 1;
    let end = 0;
    while (
      end < run.from.length - start &&
      end < run.to.length - start &&
      sameToken(run.from[run.from.length - 1 - end]!, run.to[run.to.length - 1 - end]!, key)
    ) {
      end += 1;
    }
    pushRun(result, { kind: 'same', from: run.from.slice(0, start), to: run.to.slice(0, start) });
    pushRun(result, {
      kind: run.kind,
      from: run.from.slice(start, run.from.length - end),
      to: run.to.slice(start, run.to.length - end),
    });
    pushRun(result, {
      kind: 'same',
      from: run.from.slice(run.from.length - end),
      to: run.to.slice(run.to.length - end),
    });
  }
  return result;
}

/** Two tokens compare equal, and belong to one unit on each side as a same run requires. */
function sameToken(x: SideToken, y: SideToken, key: (token: SideToken) => string): boolean {
  return key(x) === key(y) || key(x).trimEnd() === key(y).trimEnd();
}

function isStranded(run: Run): boolean {
  const words = run.from.filter((token) => token.kind === 'word');
  // Within one unit on each side: an absorbed stretch must not join edits across a unit boundary.
  if (new Set(run.from.map((token) => token.unit)).size > 1 || new Set(run.to.map((token) => token.unit)).size > 1)
    return false;
  // Quotation marks stay where they are: they show where a quotation begins and ends, and an
  // edit that swallowed one would make an unchanged quotation look altered.
  if (run.from.some((token) => QUOTE_MARK.test(token.text))) return false;
  // A short word joins the edits around it; a figure or a name ("12", "US") never does: it is
  // kept, and showing it struck out and added again would misstate what changed.
  return (
    words.length <= MAX_STRANDED_WORDS &&
    words.every(
      (token) => [...token.text.trimEnd()].length <= MAX_STRANDED_LENGTH && !/\p{N}|^\p{Lu}/u.test(token.text),
    )
  );
}

function merge(edit: Run, addition: Run): Run {
  return { kind: 'replaced', from: [...edit.from, ...addition.from], to: [...edit.to, ...addition.to] };
}
