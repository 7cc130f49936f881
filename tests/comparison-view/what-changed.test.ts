import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { expect, test } from 'vitest';
import { findingItem } from '../../src/comparison-view/finding-item.ts';
import { pageHtml } from '../../src/comparison-view/page-html.ts';
import { whatChanged } from '../../src/comparison-view/what-changed.ts';
import { comparisonRows } from '../../src/data/comparison-rows.ts';
import { findingSections } from '../../src/data/findings-view.ts';
import { seenText } from '../support/hast.ts';
import { caseReport } from './comparison-case.ts';

/** "What changed" of the shared case. */
function caseWhatChanged(minor = 0, kept = 0) {
  const report = caseReport();
  return whatChanged({
    summary: report.summary.sentences,
    sections: findingSections(report, comparisonRows(report)),
    minor,
    kept,
    reportUrl: '/stories/talks/rewrite.json',
  });
}

test('groups the findings under their sections, in the order a reader cares about', () => {
  expect(selectAll('section > h3', caseWhatChanged()).map((heading) => toString(heading))).toEqual([
    'Sources',
    'Certainty and intensity',
    'Reporting verbs',
    'Names and figures',
    'Left out and added',
  ]);
});

test('links each listed finding to the row its words are in', () => {
  const item = select('#finding-f0', caseWhatChanged())!;
  expect(toString(select('.finding-level', item)!)).toBe('Important');
  expect(select('a', item)?.properties['href']).toBe('#g1');
  expect(seenText(select('a', item)!)).toBe('In the text');
});

test('folds the minor findings away, counted', () => {
  const folded = selectAll('details', caseWhatChanged());
  expect(folded.map((details) => toString(select('summary', details)!))).toEqual(['2 minor findings']);
});

test('reads the summary sentences first', () => {
  const summary = select('[data-summary]', caseWhatChanged())!;
  expect(selectAll('p', summary).length).toBe(caseReport().summary.sentences.length);
});

test('says what the report holds beyond the list', () => {
  expect(toString(select('p.mt-4', caseWhatChanged(3, 1))!)).toBe(
    'Also in the report JSON: 3 slighter findings not listed here; 1 quotation kept word for word.',
  );
  expect(select('p.mt-4', caseWhatChanged())).toBeUndefined();
});

test('says so when there is no change of emphasis', () => {
  const tree = whatChanged({ summary: [], sections: [], minor: 0, kept: 0, reportUrl: '/r.json' });
  expect(toString(tree)).toBe('What changedThe analysis found no change of emphasis between the two versions.');
});

test('keeps a quotation’s markup as text in an explanation isolated left to right', () => {
  const html = pageHtml(
    findingItem({ id: 'f7', level: 'high', explanation: 'It said “<em>never</em> & always”.', anchor: undefined }),
  );
  expect(html).toBe(
    '<li id="finding-f7" class="finding finding-high"><span class="finding-level">Important</span><span class="finding-text"><bdi dir="ltr">It said “&lt;em&gt;never&lt;/em&gt; &amp; always”.</bdi></span></li>',
  );
});
