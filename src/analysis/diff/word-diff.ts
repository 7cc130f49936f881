/**
 * Word diff inside an aligned group, with jsdiff's `diffArrays` over our tokens (see token-diff.ts) and the comparison
 * normalisation as its comparator (a curly quote against a straight one is no change), followed by
 * a cleanup in the spirit of diff-match-patch's semantic cleanup: a stretch of white space,
 * punctuation or a short function word left unchanged between two edits joins them, so that edits
 * read as phrases ("has not yet responded" for "immediately commented"), not confetti.
 *
 * A group may hold several units a side (a split or merge). Each side's units are diffed as one
 * token sequence, and the result is cut back into segments per unit, so that joining a unit's
 * segments gives back its text exactly.
 */
import { comparisonForm } from '../units/normalize.ts';
import { diffTokenIds } from './token-diff.ts';
import type { Token } from '../units/tokenize.ts';
import { tokenize } from '../units/tokenize.ts';

/** A stretch of a unit's text: the same on both sides, or only on this side. */
export interface Segment {
  readonly text: string;
  /** `same` on both sides; `removed` only in the original; `added` only in the rewrite. */
  readonly op: 'same' | 'removed' | 'added';
}

/** One unit's text as segments. */
export interface UnitDiff {
  readonly unit: string;
  readonly segments: readonly Segment[];
}

/** How many words of one side of a group are unchanged, and how many changed (removed or added). */
export interface WordCounts {
  readonly same: number;
  readonly changed: number;
}

/** The word diff of a group: segments for each unit of each side, and the words counted per side. */
export interface GroupDiff {
  readonly a: readonly UnitDiff[];
  readonly b: readonly UnitDiff[];
  /** Counted from the diff's own tokens, so that statistics need not tokenize the segments again. */
  readonly words: { readonly a: WordCounts; readonly b: WordCounts };
}

/** A unit to diff: its id and its text. */
export interface DiffInput {
  readonly id: string;
  readonly text: string;
}

/** The longest unchanged stretch, in word tokens, that the cleanup may absorb between two edits. */
const MAX_STRANDED_WORDS = 1;
/** A stranded word this short (in characters) is a function word in most languages: "a", "the", "de", "und". */
const MAX_STRANDED_LENGTH = 3;

const QUOTE_MARK = /["'“”‘’«»„‟‹›]/u;

interface SideToken extends Token {
  /** Index of the unit the token belongs to, in the group's side. */
  readonly unit: number;
}

/** Diffs the units of one side of a group against the units of the other. */
export function diffGroup(a: readonly DiffInput[], b: readonly DiffInput[]): GroupDiff {
  const tokensA = sideTokens(a);
  const tokensB = sideTokens(b);
  // Tokens become integers that are equal exactly when their comparison keys are, so that the
  // diff compares numbers with ===; a comparator looking keys up would cost two map lookups for
  // each of the many comparisons of a long reworded sentence.
  const ids = new Map<string, number>();
  const keys = new Map<string, string>();
  const key = (token: SideToken): string => {
    let cached = keys.get(token.text);
    if (cached === undefined) {
      // Trailing white space of any kind compares as one space, and none as none: "said," at the
      // end of a sentence and "said, " inside one are the same word.
      cached = token.kind === 'space' ? ' ' : comparisonForm(token.text.trimEnd());
      keys.set(token.text, cached);
    }
    return cached;
  };
  const idOf = (token: SideToken): number => {
    const tokenKey = key(token);
    let id = ids.get(tokenKey);
    if (id === undefined) {
      id = ids.size;
      ids.set(tokenKey, id);
    }
    return id;
  };
  const changes = diffTokenIds(tokensA.map(idOf), tokensB.map(idOf));

  // Take each side's own tokens by position: jsdiff reports an unchanged stretch with the tokens
  // of one side only, and the other side may differ typographically (its quotes must stay its own).
  const runs: Run[] = [];
  let positionA = 0;
  let positionB = 0;
  for (const change of changes) {
    const count = change.count;
    if (change.added) {
      runs.push({ kind: 'added', a: [], b: tokensB.slice(positionB, positionB + count) });
      positionB += count;
    } else if (change.removed) {
      runs.push({ kind: 'removed', a: tokensA.slice(positionA, positionA + count), b: [] });
      positionA += count;
    } else {
      runs.push({
        kind: 'same',
        a: tokensA.slice(positionA, positionA + count),
        b: tokensB.slice(positionB, positionB + count),
      });
      positionA += count;
      positionB += count;
    }
  }
  const cleaned = factorCommonEdges(absorbStranded(runs), key);
  return {
    a: unitSegments(a, cleaned, 'a'),
    b: unitSegments(b, cleaned, 'b'),
    words: { a: wordCounts(cleaned, 'a'), b: wordCounts(cleaned, 'b') },
  };
}

/** A stretch of the diff: unchanged tokens on both sides, or tokens on one side only, or both (a replacement). */
interface Run {
  readonly kind: 'same' | 'removed' | 'added' | 'replaced';
  readonly a: readonly SideToken[];
  readonly b: readonly SideToken[];
}

/**
 * The tokens a side is diffed by: each word or punctuation mark with the white space after it
 * attached (as jsdiff's own word diff does), which halves the tokens the diff has to search and
 * so quarters its work on a long reworded sentence. Space alone opens a unit only rarely; it then
 * stays a token of its own.
 */
function sideTokens(units: readonly DiffInput[]): SideToken[] {
  const tokens: SideToken[] = [];
  units.forEach((unit, index) => {
    for (const token of tokenize(unit.text)) {
      const last = tokens.at(-1);
      if (token.kind === 'space' && last !== undefined && last.unit === index && last.kind !== 'space') {
        tokens[tokens.length - 1] = { ...last, text: last.text + token.text, end: token.end };
      } else {
        tokens.push({ ...token, unit: index });
      }
    }
  });
  return tokens;
}

/**
 * Joins edits separated only by an unchanged stretch that carries no meaning of its own: white
 * space, punctuation, or one short word. Unit boundaries are never crossed by an absorbed stretch.
 */
function absorbStranded(runs: readonly Run[]): Run[] {
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
function factorCommonEdges(runs: readonly Run[], key: (token: SideToken) => string): Run[] {
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

/** Appends a run, joining it to the previous one of the same kind, and dropping empty runs. */
function pushRun(runs: Run[], run: Run): void {
  if (run.a.length === 0 && run.b.length === 0) return;
  const last = runs.at(-1);
  if (last !== undefined && last.kind === run.kind) runs[runs.length - 1] = { kind: run.kind, a: [...last.a, ...run.a], b: [...last.b, ...run.b] };
  else runs.push(run);
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

/** Counts one side's words in unchanged runs and in edits. */
function wordCounts(runs: readonly Run[], side: 'a' | 'b'): WordCounts {
  let same = 0;
  let changed = 0;
  for (const run of runs) {
    for (const token of run[side]) {
      if (token.kind !== 'word') continue;
      if (run.kind === 'same') same += 1;
      else changed += 1;
    }
  }
  return { same, changed };
}

/** Cuts the runs of one side back into each unit's segments. */
function unitSegments(units: readonly DiffInput[], runs: readonly Run[], side: 'a' | 'b'): UnitDiff[] {
  const segments: Segment[][] = units.map(() => []);
  const changed = side === 'a' ? 'removed' : 'added';
  for (const run of runs) {
    const op = run.kind === 'same' ? 'same' : changed;
    for (const token of run[side]) {
      const list = segments[token.unit]!;
      const last = list.at(-1);
      if (last !== undefined && last.op === op) list[list.length - 1] = { op, text: last.text + token.text };
      else list.push({ op, text: token.text });
    }
  }
  return units.map((unit, index) => ({ unit: unit.id, segments: trimEdits(segments[index]!) }));
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** True when an offset of a text falls between two grapheme clusters (or at either end). */
function graphemeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  // Only text next to the offset matters; most edits are short, and this runs only when they
  // have white space at an edge.
  return graphemes.segment(text).containing(offset)?.index === offset;
}

/**
 * Moves white space at the edges of an edit into the unchanged text beside it: "[-Trump -]wrote"
 * reads better as "[-Trump-] wrote". The text is the same, only the boundary moves.
 */
function trimEdits(segments: readonly Segment[]): Segment[] {
  const result: Segment[] = [];
  const pushSame = (text: string): void => {
    if (text === '') return;
    const last = result.at(-1);
    if (last?.op === 'same') result[result.length - 1] = { op: 'same', text: last.text + text };
    else result.push({ op: 'same', text });
  };
  for (const segment of segments) {
    if (segment.op === 'same') {
      pushSame(segment.text);
      continue;
    }
    // Leading and trailing white space by scanning (a regular expression with a lazy middle
    // backtracks quadratically over a long run of spaces).
    const text = segment.text;
    let from = 0;
    while (from < text.length && /\s/u.test(text[from]!)) from += 1;
    let to = text.length;
    while (to > from && /\s/u.test(text[to - 1]!)) to -= 1;
    let [leading, core, trailing] = [text.slice(0, from), text.slice(from, to), text.slice(to)];
    // A space can begin a character a reader sees as one (a space with a variation selector or
    // a combining mark): the boundary only moves where it falls between two such characters.
    if (!graphemeBoundary(segment.text, leading.length)) [leading, core] = ['', leading + core];
    if (!graphemeBoundary(segment.text, segment.text.length - trailing.length)) [core, trailing] = [core + trailing, ''];
    if (core === '') {
      pushSame(segment.text);
      continue;
    }
    pushSame(leading);
    result.push({ op: segment.op, text: core });
    pushSame(trailing);
  }
  return result;
}
