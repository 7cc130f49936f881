import { expect, test } from 'vitest';
import { compareDocuments, compareUnits, lineUnits } from '../../src/analysis/index.ts';
import { comparisonRows, moveDirection } from '../../src/data/comparison-rows.ts';

const rowsOf = (from: string[], to: string[]) =>
  comparisonRows(compareUnits(lineUnits(from), lineUnits(to))).map((row) => ({
    kind: row.kind,
    from: row.from.map((unit) => unit.segments.map((segment) => segment.text).join('')),
    to: row.to.map((unit) => unit.segments.map((segment) => segment.text).join('')),
    counterpart: row.counterpart,
  }));

const A = 'Moscow rejected the European version outright after the talks.';
const B = 'Zelensky said the delegation was returning from Switzerland.';
const C = 'Both sides described the talks in Geneva as productive.';
const NEW = 'The weather in Geneva was cold and grey all week long.';

test('places added units where the rewrite has them and dropped units where the original had them', () => {
  expect(rowsOf([A, B, C], [A, NEW, C])).toEqual([
    { kind: 'unchanged', from: [A], to: [A], counterpart: undefined },
    { kind: 'dropped', from: [B], to: [], counterpart: undefined },
    { kind: 'added', from: [], to: [NEW], counterpart: undefined },
    { kind: 'unchanged', from: [C], to: [C], counterpart: undefined },
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
  const fromIds = rows.flatMap((row) => row.from.map((unit) => unit.id));
  const toIds = rows.flatMap((row) => row.to.map((unit) => unit.id));
  expect(fromIds.sort()).toEqual(['u0', 'u1', 'u2', 'u3']);
  expect(toIds.sort()).toEqual(['u0', 'u1', 'u2']);
});

test('a heading added between the two parts of a split still gets its row', () => {
  const report = compareDocuments(
    {
      body: [
        {
          type: 'paragraph',
          text: 'The minister resigned on Tuesday after weeks of pressure from party members over the budget scandal.',
        },
      ],
    },
    {
      body: [
        { type: 'paragraph', text: 'The minister resigned on Tuesday.' },
        { type: 'heading', text: 'Background notes' },
        { type: 'paragraph', text: 'It came after weeks of pressure from party members over the budget scandal.' },
      ],
    },
  );
  const toIds = comparisonRows(report).flatMap((row) => row.to.map((unit) => unit.id));
  expect(toIds.sort()).toEqual(['u0', 'u1', 'u2']);
});

test('two units added between the two parts of a split each get their row', () => {
  const report = compareDocuments(
    {
      body: [
        {
          type: 'paragraph',
          text: 'The plan has 28 points and covers security guarantees. Talks ended without a deal.',
        },
      ],
    },
    {
      body: [
        { type: 'paragraph', text: 'The plan has 28 points and covers security guarantees.' },
        { type: 'heading', text: 'Talks ended without a deal.' },
        { type: 'heading', text: 'Talks ended without a deal.' },
        {
          type: 'paragraph',
          text: 'The plan has 28 points and covers security guarantees. Talks ended without a deal.',
        },
      ],
    },
  );
  expect(report.groups.some((group) => group.op === 'split' && group.to.length > 1)).toBe(true);
  const toIds = comparisonRows(report).flatMap((row) => row.to.map((unit) => unit.id));
  expect(toIds.sort()).toEqual(report.to.units.map((unit) => unit.id).sort());
});

test('a move points the way to its other place, up or down', () => {
  const rows = comparisonRows(compareUnits(lineUnits([A, B, C]), lineUnits([C, A, B])));
  // The sentence moved to the top: its new place (row 0) points down to where it was (last row).
  expect(rows.map((_, index) => moveDirection(rows, index))).toEqual(['down', undefined, undefined, 'up']);
});
