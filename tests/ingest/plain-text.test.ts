import { describe, expect, test } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { parsePlainTextArticle } from '../../src/ingest/plain-text.ts';

const parse = (text: string) => parsePlainTextArticle(text, 'story/a.txt').document;

describe('parsePlainTextArticle', () => {
  test('reads a headline with a standfirst on the next line', () => {
    expect(parse('Headline here\nA dek under it\n\nFirst paragraph.')).toMatchObject({
      headline: 'Headline here',
      standfirst: 'A dek under it',
      body: [{ type: 'paragraph', text: 'First paragraph.' }],
    });
  });

  test('takes a separate paragraph as the standfirst only when a byline or dateline follows it', () => {
    const withByline = parse('Headline\n\nThe dek, a sentence.\n\nBy Jane Doe\nBody paragraph.');
    expect(withByline.standfirst).toBe('The dek, a sentence.');
    expect(withByline.byline).toEqual({ name: 'Jane Doe', text: 'By Jane Doe' });

    const without = parse('Headline\n\nThe first paragraph, a sentence.\n\nThe second paragraph.');
    expect(without.standfirst).toBeUndefined();
    expect(without.body).toHaveLength(2);
  });

  test('reads byline and dateline in either order, then a photo caption with its credit', () => {
    const document = parse(
      'Headline\n\nPublished 2 Jan 2025\nWritten By Sam Lee\nA crowd in the square. (Photo by Ann Ho / Reuters)\nBody.',
    );
    expect(document.published).toEqual({ iso: '2025-01-02', text: 'Published 2 Jan 2025' });
    expect(document.updated).toBeUndefined();
    expect(document.byline?.name).toBe('Sam Lee');
    expect(document.image).toEqual({ caption: 'A crowd in the square.', credit: 'Photo by Ann Ho / Reuters' });
    expect(document.body).toEqual([{ type: 'paragraph', text: 'Body.' }]);
  });

  test('does not take prose that starts with "By" for a byline', () => {
    const document = parse('Headline\n\nBy the time talks ended, nothing was agreed.\n\nMore.');
    expect(document.byline).toBeUndefined();
    expect(document.body[0]).toEqual({ type: 'paragraph', text: 'By the time talks ended, nothing was agreed.' });
  });

  test('finds headings: short, standing alone, without closing punctuation', () => {
    const document = parse(
      [
        'Headline',
        '',
        'Intro.',
        '',
        'Washington, Kyiv narrow gaps',
        '',
        'Text.',
        '',
        'Moscow rejected it outright.',
        '',
        'A heading at the very end',
      ].join('\n'),
    );
    expect(document.body.map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });

  test('does not take a short line inside a block, or a lower-case one, for a heading', () => {
    const document = parse('Headline\n\nIntro.\nShort line in a block\n\nlower case line\n\nEnd.');
    expect(document.body).toEqual([
      { type: 'paragraph', text: 'Intro.' },
      { type: 'paragraph', text: 'Short line in a block' },
      { type: 'paragraph', text: 'lower case line' },
      { type: 'paragraph', text: 'End.' },
    ]);
  });

  test.each([
    'Not yet',
    'Yes',
    '28 points',
    '1. First point',
    '"We will win"',
    '‘Something good’',
    '"It is over," he said',
    'Kyiv on Monday (Photo: AFP)',
  ])('keeps the short standalone line %j a paragraph', (line) => {
    expect(parse(`Headline\n\nIntro.\n\n${line}\n\nEnd.`).body[1]).toEqual({ type: 'paragraph', text: line });
  });

  test.each(['By Thursday all were home', 'By the time talks ended, nothing was agreed.'])(
    'does not take %j for a byline',
    (line) => {
      const document = parse(`Headline\n\n${line}\n\nMore.`);
      expect(document.byline).toBeUndefined();
      expect(document.body[0]?.type !== 'list' && document.body[0]?.text).toBe(line);
    },
  );

  test.each(['He shared (pictures of the blast)', 'UBS agreed to buy its rival (Credit Suisse shares fell 60%)'])(
    'does not take the first paragraph %j for a photo caption',
    (line) => {
      const document = parse(`Headline\n\nBy Jane Doe\n${line}\nMore.`);
      expect(document.image).toBeUndefined();
      expect(document.body[0]).toEqual({ type: 'paragraph', text: line });
    },
  );

  test('reads a byline with an outlet, a publication and an update line', () => {
    const document = parse(
      'Headline\n\nBy Jane Doe, Reuters\nPublished 24 Nov 2025\nUpdated 25 Nov 2025, 08:00 GMT\nBody.',
    );
    expect(document.byline).toEqual({ name: 'Jane Doe, Reuters', text: 'By Jane Doe, Reuters' });
    expect(document.published).toEqual({ iso: '2025-11-24', text: 'Published 24 Nov 2025' });
    expect(document.updated).toEqual({ iso: '2025-11-25T08:00+00:00', text: 'Updated 25 Nov 2025, 08:00 GMT' });
    expect(document.body).toEqual([{ type: 'paragraph', text: 'Body.' }]);
  });

  test('gathers bullet lines into one list, keeping the text after the bullet', () => {
    const document = parse(
      'Headline\n\nIt required Ukraine to:\n\n  • Cede territory\n  • Accept limits\n- Agree never to join\n\nAfter.',
    );
    expect(document.body).toEqual([
      { type: 'paragraph', text: 'It required Ukraine to:' },
      { type: 'list', items: ['Cede territory', 'Accept limits', 'Agree never to join'] },
      { type: 'paragraph', text: 'After.' },
    ]);
  });

  test('accepts CRLF and CR line breaks and treats no-break-space lines as blank', () => {
    const document = parse('Headline\r\n\r\nOne.\r\u00a0\rTwo.\u00a0\u00a0\r\n');
    expect(document.body).toEqual([
      { type: 'paragraph', text: 'One.' },
      { type: 'paragraph', text: 'Two.' },
    ]);
  });

  test('warns about a headline with no body', () => {
    const parsed = parsePlainTextArticle('Only a headline', 'story/a.txt');
    expect(parsed.document.body).toEqual([]);
    expect(parsed.warnings).toEqual(['story/a.txt: the article has a headline but no body text.']);
  });

  test('refuses an empty file, naming it', () => {
    expect(() => parse(' \n\u00a0\n')).toThrow(IngestError);
    expect(() => parse('')).toThrow(/story\/a\.txt: the file has no text/);
  });
});
