import { expect, test } from 'vitest';
import { documentUnits, lineUnits, unitsText } from '../../../src/analysis/units/units.ts';

const document = {
  headline: 'Trump hints at progress',
  standfirst: 'Talks go on.',
  body: [
    { type: 'heading', text: 'Geneva talks' },
    { type: 'paragraph', text: 'Mr. Rubio spoke.  “More time is needed,” he said.' },
    { type: 'list', items: ['Cede territory', 'Accept limits'] },
  ],
} as const;

test('cuts a document into units of each kind, in reading order', () => {
  expect(documentUnits(document).map(({ id, kind, text, block }) => ({ id, kind, text, block }))).toEqual([
    { id: 'u0', kind: 'headline', text: 'Trump hints at progress', block: 0 },
    { id: 'u1', kind: 'standfirst', text: 'Talks go on.', block: 1 },
    { id: 'u2', kind: 'heading', text: 'Geneva talks', block: 2 },
    { id: 'u3', kind: 'sentence', text: 'Mr. Rubio spoke.', block: 3 },
    { id: 'u4', kind: 'sentence', text: '“More time is needed,” he said.', block: 3 },
    { id: 'u5', kind: 'list-item', text: 'Cede territory', block: 4 },
    { id: 'u6', kind: 'list-item', text: 'Accept limits', block: 4 },
  ]);
});

test('units and the white space after them give back the document text exactly', () => {
  expect(unitsText(documentUnits(document))).toBe(
    'Trump hints at progress\n\nTalks go on.\n\nGeneva talks\n\nMr. Rubio spoke.  “More time is needed,” he said.\n\nCede territory\nAccept limits',
  );
});

test('lineUnits makes one sentence unit per non-empty line', () => {
  expect(lineUnits(['One.', '', 'Two.']).map((unit) => [unit.id, unit.text])).toEqual([
    ['u0', 'One.'],
    ['u1', 'Two.'],
  ]);
});
