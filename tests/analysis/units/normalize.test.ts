import { expect, test } from 'vitest';
import { comparisonForm, foldCase } from '../../../src/analysis/units/normalize.ts';

test.each([
  ['curly and straight apostrophes', 'Don’t', "Don't"],
  ['curly and straight double quotes', '“refined peace framework”', '"refined peace framework"'],
  ['guillemets', '«Oui»', '"Oui"'],
  ['dash variants', 'Russia–Ukraine — talks', 'Russia-Ukraine - talks'],
  ['no-break and thin spaces', 'US\u00a0peace\u2009plan', 'US peace plan'],
  ['ligatures', 'ﬁnal ofﬁcial', 'final official'],
  ['full-width forms', 'ＵＳ２８', 'US28'],
  ['an ellipsis character', 'glance…', 'glance...'],
  ['soft hyphens and zero-width spaces', 'nego\u00adtia\u200btions', 'negotiations'],
  ['decomposed accents', 'Zelens\u0301kyy café', 'Zelenśkyy café'],
])('folds %s', (_, variant, plain) => {
  expect(comparisonForm(variant)).toBe(comparisonForm(plain));
});

test('keeps real wording differences apart', () => {
  expect(comparisonForm('said')).not.toBe(comparisonForm('warned'));
  expect(comparisonForm('Peace Talks')).not.toBe(comparisonForm('peace talks'));
});

test('foldCase also ignores case', () => {
  expect(foldCase('Peace Talks')).toBe(foldCase('peace talks'));
});
