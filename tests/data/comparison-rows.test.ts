import { expect, test } from 'vitest';
import { compareDocuments, compareUnits, lineUnits } from '../../src/analysis/index.ts';
import { comparisonRows, moveDirection } from '../../src/data/comparison-rows.ts';

const rowsOf = (a: string[], b: string[]) =>
  comparisonRows(compareUnits(lineUnits(a), lineUnits(b))).map((row) => ({
    kind: row.kind,
    left: row.left.map((unit) => unit.segments.map((segment) => segment.text).join('')),
    right: row.right.map((unit) => unit.segments.map((segment) => segment.text).join('')),
    counterpart: row.counterpart,
  }));

const A = 'Moscow rejected the European version outright after the talks.';
const B = 'Zelensky said the delegation was returning from Switzerland.';
const C = 'Both sides described the talks in Geneva as productive.';
const NEW = 'The weather in Geneva was cold and grey all week long.';

test('places added units where the rewrite has them and dropped units where the original had them', () => {
  expect(rowsOf([A, B, C], [A, NEW, C])).toEqual([
    { kind: 'unchanged', left: [A], right: [A], counterpart: undefined },
    { kind: 'dropped', left: [B], right: [], counterpart: undefined },
    { kind: 'added', left: [], right: [NEW], counterpart: undefined },
    { kind: 'unchanged', left: [C], right: [C], counterpart: undefined },
  ]);
});

test('shows a move at both places, each row pointing at the other', () => {
  const rows = rowsOf([A, B, C], [C, A, B]);
  expect(rows.map((row) => row.kind)).toEqual(['moved-to', 'unchanged', 'unchanged', 'moved-from']);
  const [to, , , from] = comparisonRows(compareUnits(lineUnits([A, B, C]), lineUnits([C, A, B])));
  expect(to?.counterpart).toBe(from?.id);
  expect(from?.counterpart).toBe(to?.id);
});

test('every unit of both sides appears in exactly one row (a move in two, one side each)', () => {
  const rows = comparisonRows(compareUnits(lineUnits([A, B, C, NEW]), lineUnits([C, NEW, A])));
  const left = rows.flatMap((row) => row.left.map((unit) => unit.id));
  const right = rows.flatMap((row) => row.right.map((unit) => unit.id));
  expect(left.sort()).toEqual(['u0', 'u1', 'u2', 'u3']);
  expect(right.sort()).toEqual(['u0', 'u1', 'u2']);
});

test('a heading added between the two parts of a split still gets its row', () => {
  const report = compareDocuments(
    { body: [{ type: 'paragraph', text: 'The minister resigned on Tuesday after weeks of pressure from party members over the budget scandal.' }] },
    {
      body: [
        { type: 'paragraph', text: 'The minister resigned on Tuesday.' },
        { type: 'heading', text: 'Background notes' },
        { type: 'paragraph', text: 'It came after weeks of pressure from party members over the budget scandal.' },
      ],
    },
  );
  const right = comparisonRows(report).flatMap((row) => row.right.map((unit) => unit.id));
  expect(right.sort()).toEqual(['u0', 'u1', 'u2']);
});

test('a move points the way to its other place, up or down', () => {
  const rows = comparisonRows(compareUnits(lineUnits([A, B, C]), lineUnits([C, A, B])));
  // The sentence moved to the top: its new place (row 0) points down to where it was (last row).
  expect(rows.map((_, index) => moveDirection(rows, index))).toEqual(['down', undefined, undefined, 'up']);
});
