import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { expect, test } from 'vitest';
import { comparisonParts } from '../../src/comparison-view/comparison-parts.ts';
import * as view from '../../src/comparison-view/index.ts';
import { pageHtml } from '../../src/comparison-view/page-html.ts';
import { caseReport } from './comparison-case.ts';

/** The parts of the shared case with the given labels. */
function parts(labels = { from: 'Daily Courier', to: 'Morning Wire' }, betweenRewrites = false) {
  return comparisonParts({ report: caseReport(), labels, reportUrl: '/stories/talks/wire.json', betweenRewrites });
}

/** All parts in one tree, as a page shows them. */
function whole(labels?: { from: string; to: string }): Root {
  const { intro, map, whatChanged, atAGlance, sideBySide } = parts(labels);
  return { type: 'root', children: [intro, map, whatChanged, atAGlance, sideBySide] };
}

test('builds every part a comparison page shows', () => {
  const built = parts();
  expect(Object.keys(built)).toEqual(['intro', 'map', 'whatChanged', 'atAGlance', 'sideBySide']);
  expect(toString(built.intro)).toBe('Daily Courier compared with Morning Wire.');
  expect(select('h2', built.map)?.properties['id']).toBe('alignment-map');
  expect(select('h2', built.whatChanged)?.properties['id']).toBe('what-changed');
  expect(select('h2', built.atAGlance)?.properties['id']).toBe('summary-heading');
  expect(select('h2', built.sideBySide)?.properties['id']).toBe('side-by-side');
});

test('says who is who between two rewrites', () => {
  expect(toString(parts(undefined, true).intro)).toBe(
    "Daily Courier compared with Morning Wire. Neither is the story's original: below, “the original” means Daily Courier and “the rewrite” means Morning Wire.",
  );
});

test('gives every element id once', () => {
  const ids = selectAll('[id]', whole()).map((node) => String(node.properties['id']));
  expect(ids.length).toBeGreaterThan(20);
  expect(new Set(ids).size).toBe(ids.length);
});

test('marks the rows a listed finding links to, for next and previous finding', () => {
  const rows = selectAll('li.has-finding', parts().sideBySide).map((row) => row.properties['id']);
  expect(rows).toEqual(['g0', 'g1', 'a-u2', 'b-u2']);
});

test('holds the view switch, the mark filter and the hidden navigator that the scripts bind', () => {
  const side = parts().sideBySide;
  expect(selectAll('input[data-view]', side).map((radio) => radio.properties['value'])).toEqual([
    'both',
    'inline',
    'original',
    'rewrite',
  ]);
  expect(selectAll('.mark-filter input[type=checkbox]', side).length).toBe(8);
  expect(select('[data-change-navigator]', side)?.properties['hidden']).toBe(true);
});

test('counts the words at a glance', () => {
  const cells = selectAll('tbody td', parts().atAGlance).map((cell) => toString(cell));
  expect(cells.slice(0, 2)).toEqual(['30', '28']);
});

test('keeps a label with markup-looking text as text wherever it appears', () => {
  const labels = { from: '<img src=x onerror=alert(1)>', to: 'Wire & <b>Co</b>' };
  const tree = whole(labels);
  expect(selectAll('img, b', tree)).toEqual([]);
  const html = pageHtml(tree);
  expect(html).not.toContain('<img');
  expect(html).not.toContain('<b>');
  expect(html).toContain('<bdi>&lt;img src=x onerror=alert(1)&gt;</bdi>');
  expect(html).toContain('<bdi>Wire &amp; &lt;b&gt;Co&lt;/b&gt;</bdi>');
});

test('isolates a label that holds a right-to-left override, in every place it is shown', () => {
  const tree = whole({ from: 'Courier\u202e', to: 'Wire' });
  const isolated = selectAll('bdi', tree).filter((node: Element) => toString(node) === 'Courier\\u202e');
  // The intro, the map's heads, the words table, the view switch and the rows' head.
  expect(isolated.length).toBe(5);
  expect(toString(tree)).not.toContain('\u202e');
});

test('exports the builders the build and the browser page share', () => {
  expect(Object.keys(view).sort()).toEqual([
    'alignmentMap',
    'articlePieces',
    'articleText',
    'atAGlance',
    'changeNavigator',
    'comparisonIntro',
    'comparisonParts',
    'diffText',
    'findingItem',
    'mapKey',
    'markFilter',
    'pageHtml',
    'readingGuide',
    'rowCell',
    'rowLegend',
    'rowsView',
    'sideBySide',
    'storySummary',
    'viewSwitch',
    'whatChanged',
  ]);
});
