/** Which directional controls an article string shows as escapes, and which it keeps. */
import { expect, test } from 'vitest';
import { bidiPieces, hasBidiControls, visibleBidiControls } from '../../src/data/bidi-controls.ts';

test('shows each embedding, override and isolate as its escape, and keeps the text around it', () => {
  expect(bidiPieces('Daily Courier\u202e')).toEqual([
    { text: 'Daily Courier', control: false },
    { text: '\\u202e', control: true },
  ]);
  expect(visibleBidiControls('\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069')).toBe(
    '\\u202aa\\u202bb\\u202cc\\u202dd\\u202ee\\u2066f\\u2067g\\u2068h\\u2069',
  );
});

test('keeps the directional marks, which Arabic and Hebrew text uses to place its punctuation', () => {
  const text = 'قال\u200f. שלום\u200e! \u061cنعم';
  expect(hasBidiControls(text)).toBe(false);
  expect(visibleBidiControls(text)).toBe(text);
  expect(bidiPieces(text)).toEqual([{ text, control: false }]);
});

test('gives nothing for an empty string, and one escape for a lone control', () => {
  expect(bidiPieces('')).toEqual([]);
  expect(bidiPieces('\u2067')).toEqual([{ text: '\\u2067', control: true }]);
});
