import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../src/analysis/units/sentences.ts';

const split = (text: string): string[] => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  test.each([
    ['plain sentences', 'Talks ended. Nothing was agreed.', ['Talks ended.', 'Nothing was agreed.']],
    [
      'titles before names',
      'Mr. Trump met Dr. Lee and Sec. Rubio. They talked.',
      ['Mr. Trump met Dr. Lee and Sec. Rubio.', 'They talked.'],
    ],
    ['Gen. and Gov.', 'Gen. Milley and Gov. Newsom spoke.', ['Gen. Milley and Gov. Newsom spoke.']],
    [
      'U.S. before a name',
      'The U.S. Secretary of State spoke. He left.',
      ['The U.S. Secretary of State spoke.', 'He left.'],
    ],
    [
      'U.S. at the end of a sentence',
      'Aid came from the U.S. The talks went on.',
      ['Aid came from the U.S.', 'The talks went on.'],
    ],
    ['initials', 'J. K. Rowling wrote it. Then she left.', ['J. K. Rowling wrote it.', 'Then she left.']],
    [
      'months and numbers',
      'On Jan. 5 the plan, No. 28, was sent. It failed.',
      ['On Jan. 5 the plan, No. 28, was sent.', 'It failed.'],
    ],
    [
      'a.m. before a day',
      'They met at 9 a.m. Monday in Geneva. It went well.',
      ['They met at 9 a.m. Monday in Geneva.', 'It went well.'],
    ],
    [
      'an ellipsis inside a sentence',
      '“The European plan, at first glance... is completely unconstructive,” Ushakov said.',
      ['“The European plan, at first glance... is completely unconstructive,” Ushakov said.'],
    ],
    [
      'a quotation with its attribution',
      '“Something good just may be happening,” Trump wrote on Truth Social. Details were not given.',
      ['“Something good just may be happening,” Trump wrote on Truth Social.', 'Details were not given.'],
    ],
    [
      'a quotation whose first sentence ends in ??? and goes on',
      '“Is it really possible that big progress is being made??? Don’t believe it until you see it, but something good just may be happening,” Trump wrote on Truth Social.',
      [
        '“Is it really possible that big progress is being made??? Don’t believe it until you see it, but something good just may be happening,” Trump wrote on Truth Social.',
      ],
    ],
    [
      'straight quotes',
      '"Is it possible??? Don\'t believe it," the President wrote. The White House was silent.',
      ['"Is it possible??? Don\'t believe it," the President wrote.', 'The White House was silent.'],
    ],
    [
      'an exclamation with attribution',
      '“We will win!” Zelensky said. Talks resume Monday.',
      ['“We will win!” Zelensky said.', 'Talks resume Monday.'],
    ],
    [
      'a closed quotation followed by a new sentence',
      'He said “no.” The talks ended.',
      ['He said “no.”', 'The talks ended.'],
    ],
    [
      'a quotation of several sentences, then a sentence after it',
      '“We are ready. We are waiting. We will not wait forever.” The talks ended. “Never.” He left.',
      ['“We are ready. We are waiting. We will not wait forever.”', 'The talks ended.', '“Never.”', 'He left.'],
    ],
    [
      'straight quotes of several sentences, then a sentence after it',
      '"We are ready. We are waiting." The talks ended. He left.',
      ['"We are ready. We are waiting."', 'The talks ended.', 'He left.'],
    ],
  ])('%s', (_, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test('gives offsets into the text, covering every non-space character', () => {
    const text = '  Mr. Lee spoke.  Then he left.\u00a0';
    const sentences = splitSentences(text);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Mr. Lee spoke.', 'Then he left.']);
  });
});

describe('splitSentences, abbreviations that also end sentences', () => {
  test.each([
    [
      '"no" before a new sentence',
      'He said no. The party later backed him.',
      ['He said no.', 'The party later backed him.'],
    ],
    [
      '"No." as an answer',
      'Is there a deal? No. The talks collapsed.',
      ['Is there a deal?', 'No.', 'The talks collapsed.'],
    ],
    ['"art." as a word', 'It was a work of art. Critics disagreed.', ['It was a work of art.', 'Critics disagreed.']],
    [
      '"Jr." at the end',
      'The march honoured Martin Luther King Jr. The crowd sang.',
      ['The march honoured Martin Luther King Jr.', 'The crowd sang.'],
    ],
    ['"No." before a number still joins', 'It was plan No. 10 that failed.', ['It was plan No. 10 that failed.']],
    ['"St." before a name still joins', 'They flew to St. Louis on Monday.', ['They flew to St. Louis on Monday.']],
    ['"Inc." inside a sentence still joins', 'Apple Inc. rose sharply.', ['Apple Inc. rose sharply.']],
  ])('%s', (_, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
