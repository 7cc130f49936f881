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
    if (run.kind === 'same' || run.a.length === 0 || run.b.length === 0) {
      pushRun(result, run);
      continue;
    }
    let start = 0;
    while (start < run.a.length && start < run.b.length && sameToken(run.a[start]!, run.b[start]!, key)) start += 1;
    let end = 0;
    while (
      end < run.a.length - start &&
      end < run.b.length - start &&
      sameToken(run.a[run.a.length - 1 - end]!, run.b[run.b.length - 1 - end]!, key)
    ) {
      end += 1;
    }
    pushRun(result, { kind: 'same', a: run.a.slice(0, start), b: run.b.slice(0, start) });
    pushRun(result, { kind: run.kind, a: run.a.slice(start, run.a.length - end), b: run.b.slice(start, run.b.length - end) });
    pushRun(result, { kind: 'same', a: run.a.slice(run.a.length - end), b: run.b.slice(run.b.length - end) });
  }
  return result;
}

/** Two tokens compare equal, and belong to one unit on each side as a same run requires. */
function sameToken(x: SideToken, y: SideToken, key: (token: SideToken) => string): boolean {
  return key(x) === key(y) || key(x).trimEnd() === key(y).trimEnd();
}

function isStranded(run: Run): boolean {
  const words = run.a.filter((token) => token.kind === 'word');
  // Within one unit on each side: an absorbed stretch must not join edits across a unit boundary.
  if (new Set(run.a.map((token) => token.unit)).size > 1 || new Set(run.b.map((token) => token.unit)).size > 1) return false;
  // Quotation marks stay where they are: they show where a quotation begins and ends, and an
  // edit that swallowed one would make an unchanged quotation look altered.
  if (run.a.some((token) => QUOTE_MARK.test(token.text))) return false;
  // A short word joins the edits around it; a figure or a name ("12", "US") never does: it is
  // kept, and showing it struck out and added again would misstate what changed.
  return (
    words.length <= MAX_STRANDED_WORDS &&
    words.every((token) => [...token.text.trimEnd()].length <= MAX_STRANDED_LENGTH && !/\p{N}|^\p{Lu}/u.test(token.text))
  );
}

function merge(edit: Run, addition: Run): Run {
  return { kind: 'replaced', a: [...edit.a, ...addition.a], b: [...edit.b, ...addition.b] };
}
