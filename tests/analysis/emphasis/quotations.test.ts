import { describe, expect, test } from 'vitest';
import { findQuotations } from '../../../src/analysis/emphasis/quotations.ts';

const inner = (text: string) => findQuotations(text).map((quotation) => text.slice(quotation.start, quotation.end));

describe('findQuotations', () => {
  test.each([
    ['curly double quotes', '“Negotiations are ongoing,” he said.', ['Negotiations are ongoing,']],
    ['straight double quotes', 'He called it "productive" and left.', ['productive']],
    ['two quotations in one sentence', 'He said “more time” and “no deadline”.', ['more time', 'no deadline']],
    ['a script string left by a saved page', "slotCreate('harbour-news-video-slot'); The ferry runs.", []],
    ['a one-word quotation in parentheses', 'The mayor (“delighted”) opened the pier.', ['delighted']],
    [
      'a headline in single curly quotes',
      'Trump hints at progress: ‘Something good may be happening’',
      ['Something good may be happening'],
    ],
    [
      'a headline in single straight quotes',
      "Trump Signals Progress: 'Something Good May Be Happening'",
      ['Something Good May Be Happening'],
    ],
    ['apostrophes are not quotation marks', 'Ukraine’s allies and the allies’ plan don’t agree.', []],
    ['guillemets', 'Il a dit «non» hier.', ['non']],
    ['German low-high quotes', 'Er sagte „nein“ gestern.', ['nein']],
    ['a quotation left open runs to the end', '“We will win, he said.', ['We will win, he said.']],
    ['no quotation', 'Talks resumed in Geneva.', []],
    ['a straight mark closed by a curly one', '"We will win,” she said. “Soon.”', ['We will win,', 'Soon.']],
    [
      'a single mark opening a unit, closed in a later one',
      "'Crews reached the valley.",
      ['Crews reached the valley.'],
    ],
  ])('%s', (_, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });
});

describe('a quotation closed by the first mark of the next paragraph', () => {
  test('leaves no empty mark and no empty span in the report', async () => {
    const { compareDocuments } = await import('../../../src/analysis/index.ts');
    const { reportSchema } = await import('../../../src/analysis/report/report-schema.ts');
    const report = compareDocuments(
      {
        body: [
          { type: 'paragraph', text: '“Yes, it may work' },
          { type: 'paragraph', text: '” Kyiv' },
        ],
      },
      { body: [] },
    );
    expect(reportSchema.safeParse(report).success).toBe(true);
    for (const finding of report.findings) for (const mark of finding.marks) expect(mark.start).toBeLessThan(mark.end);
    for (const fate of report.fates.quotations)
      for (const span of [...fate.from.spans, ...fate.to.spans]) expect(span.start).toBeLessThan(span.end);
  });
});
