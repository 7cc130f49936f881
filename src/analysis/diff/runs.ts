/**
 * Runs: the word diff of a group as stretches of tokens, unchanged on both sides or on one side
 * only, each side's tokens kept as that side wrote them.
 */
import type { Change } from './token-diff.ts';
import type { Token } from '../units/tokenize.ts';
import { tokenize } from '../units/tokenize.ts';

/** A unit to diff: its id and its text. */
export interface DiffInput {
  readonly id: string;
  readonly text: string;
}

/** A token of one side of a group. */
export interface SideToken extends Token {
  /** Index of the unit the token belongs to, in the group's side. */
  readonly unit: number;
}

/** A stretch of the diff: unchanged tokens on both sides, or tokens on one side only, or both (a replacement). */
export interface Run {
  readonly kind: 'same' | 'removed' | 'added' | 'replaced';
  readonly from: readonly SideToken[];
  readonly to: readonly SideToken[];
}

/**
 * The tokens a side is diffed by: each word or punctuation mark with the white space after it
 * attached (as jsdiff's own word diff does), which halves the tokens the diff has to search and
 * so quarters its work on a long reworded sentence. Space alone opens a unit only rarely; it then
 * stays a token of its own.
 */
export function sideTokens(units: readonly DiffInput[]): SideToken[] {
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
 * The runs of a diff. Each side's own tokens are taken by position: jsdiff reports an unchanged
 * stretch with the tokens of one side only, and the other side may differ typographically (its
 * quotes must stay its own).
 */
export function runsOf(
  changes: readonly Change[],
  fromTokens: readonly SideToken[],
  toTokens: readonly SideToken[],
): Run[] {
  const runs: Run[] = [];
  let fromPosition = 0;
  let toPosition = 0;
  for (const change of changes) {
    const count = change.count;
    if (change.added) {
      runs.push({ kind: 'added', from: [], to: toTokens.slice(toPosition, toPosition + count) });
      toPosition += count;
    } else if (change.removed) {
      runs.push({ kind: 'removed', from: fromTokens.slice(fromPosition, fromPosition + count), to: [] });
      fromPosition += count;
    } else {
      runs.push({
        kind: 'same',
        from: fromTokens.slice(fromPosition, fromPosition + count),
        to: toTokens.slice(toPosition, toPosition + count),
      });
      fromPosition += count;
      toPosition += count;
    }
  }
  return runs;
}

/** Appends a run, joining it to the previous one of the same kind, and dropping empty runs. */
export function pushRun(runs: Run[], run: Run): void {
  if (run.from.length === 0 && run.to.length === 0) return;
  const last = runs.at(-1);
  if (last !== undefined && last.kind === run.kind)
    runs[runs.length - 1] = { kind: run.kind, from: [...last.from, ...run.from], to: [...last.to, ...run.to] };
  else runs.push(run);
}
