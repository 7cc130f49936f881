import fc from 'fast-check';
import { expect, test } from 'vitest';
import { segmentWithIntl, tokenize } from '../../../src/analysis/units/tokenize.ts';

test('splits words, punctuation and spaces with their offsets', () => {
  expect(tokenize('Don’t go, 28-point plan!').map((token) => [token.text, token.kind])).toEqual([
    ['Don’t', 'word'],
    [' ', 'space'],
    ['go', 'word'],
    [',', 'punctuation'],
    [' ', 'space'],
    ['28', 'word'],
    ['-', 'punctuation'],
    ['point', 'word'],
    [' ', 'space'],
    ['plan', 'word'],
    ['!', 'punctuation'],
  ]);
});

test('never splits an emoji or a combining accent', () => {
  const texts = tokenize('👩‍👩‍👧 Zelens\u0301kyy 🇺🇦!').map((token) => token.text);
  expect(texts).toContain('👩‍👩‍👧');
  expect(texts).toContain('Zelens\u0301kyy');
  expect(texts).toContain('🇺🇦');
});

test('the tokens of any text join back into it, with exact offsets', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      const tokens = tokenize(text);
      expect(tokens.map((token) => token.text).join('')).toBe(text);
      for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    }),
    { numRuns: 500 },
  );
});

test('the fast path finds exactly the tokens Intl.Segmenter finds, on text of its alphabet', () => {
  const alphabet = [...'abZé1 2_:.\'’‘,;-—\u00a0"“”…(!?eD0', 'ñ', 'ß', 'Ø'];
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((characters) => characters.join('')),
      (text) => {
        expect(tokenize(text)).toEqual(segmentWithIntl(text));
      },
    ),
    { numRuns: 5000 },
  );
});
