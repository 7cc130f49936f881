import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { expect, test } from 'vitest';
import { compareUnits, lineUnits } from '../../src/analysis/index.ts';
import { pageHtml } from '../../src/comparison-view/page-html.ts';
import { rowsView } from '../../src/comparison-view/rows-view.ts';
import { comparisonRows } from '../../src/data/comparison-rows.ts';
import { unitMarks } from '../../src/data/findings-view.ts';
import { seenText } from '../support/hast.ts';
import { caseReport, FROM, TO } from './comparison-case.ts';

const labels = { from: 'Daily Courier', to: 'Morning Wire' };

/** The rows of the shared case, with their finding marks. */
function caseRows(): Element {
  const report = caseReport();
  return rowsView({ rows: comparisonRows(report), labels, marks: unitMarks(report) });
}

test('draws one list item per row, with its anchor and its kind as classes', () => {
  const rows = selectAll('ol > li', caseRows());
  expect(rows.map((row) => [row.properties['id'], row.properties['className']])).toEqual([
    ['g0', ['comparison-row', 'row-edited', 'opens-block']],
    ['g1', ['comparison-row', 'row-edited', 'opens-block']],
    ['a-u2', ['comparison-row', 'row-dropped', 'opens-block']],
    ['b-u2', ['comparison-row', 'row-added', 'opens-block']],
  ]);
});

test('labels each row with what happened to it', () => {
  expect(selectAll('.row-label', caseRows()).map((label) => toString(label))).toEqual([
    'reworded',
    'reworded',
    'dropped',
    'added',
  ]);
});

test('gives a row with one side an empty cell on the other', () => {
  const dropped = select('#a-u2', caseRows())!;
  expect(selectAll(':scope > div', dropped).map((cell) => cell.properties['className'])).toEqual([
    ['row-cell'],
    ['row-empty'],
  ]);
});

test('rebuilds each side’s text exactly from its cells', () => {
  const cells = (side: 1 | 2) =>
    selectAll(`ol > li > div:nth-of-type(${side}).row-cell > p:not(.row-side)`, caseRows()).map((cell) =>
      seenText(cell),
    );
  expect(cells(1)).toEqual(FROM);
  expect(cells(2)).toEqual(
    TO.map((line) => line.replaceAll(/[\u202e\u202c]/gu, (char) => `\\u${char.codePointAt(0)!.toString(16)}`)),
  );
});

test('strikes through words only the original has and underlines words only the rewrite has', () => {
  const tree = caseRows();
  expect(selectAll('.row-cell del', tree).map((node) => seenText(node))).toContain('5');
  expect(selectAll('.row-cell ins', tree).map((node) => seenText(node))).toContain('7');
});

test('marks the words a finding is about and names the mark for screen readers', () => {
  const marks = selectAll('.row-cell mark', caseRows()).map((mark) => [
    mark.properties['className'],
    seenText(mark),
    toString(select('.sr-only', mark) ?? { type: 'root', children: [] }),
  ]);
  expect(marks).toContainEqual([['emphasis', 'emphasis-hedge'], 'may', ' (hedge)']);
  expect(marks).toContainEqual([['emphasis', 'emphasis-booster'], 'certainly', ' (booster)']);
  expect(marks).toContainEqual([['emphasis', 'emphasis-verb'], 'claimed', ' (reporting verb)']);
});

test('keeps an article’s < and & as text, and shows its directional controls', () => {
  const html = pageHtml(caseRows());
  expect(html).toContain('&amp; &lt;b&gt;fast&lt;/b&gt;.');
  expect(html).not.toContain('<b>fast');
  expect(html).toContain('<span class="bidi-control">\\u202e</span>all sides<span class="bidi-control">\\u202c</span>');
});

test('links a move to its other place, with the way it went', () => {
  const [a, b, c] = ['Moscow rejected the plan.', 'Kyiv welcomed the talks.', 'Geneva hosted the meeting.'] as const;
  const rows = comparisonRows(compareUnits(lineUnits([a, b, c]), lineUnits([c, a, b])));
  const tree = rowsView({ rows, labels });
  const links = selectAll('.row-label a', tree);
  expect(links.map((link) => [link.properties['href'], seenText(link)])).toEqual([
    [`#${rows.at(-1)!.id}`, 'moved here ↓'],
    [`#${rows[0]!.id}`, 'moved ↑'],
  ]);
});

test('names both sides in the head, each label isolated', () => {
  const head = select('.comparison-head', caseRows())!;
  expect(head.properties['ariaHidden']).toBe('true');
  expect(selectAll('bdi', head).map((node) => toString(node))).toEqual(['Daily Courier', 'Morning Wire']);
});
