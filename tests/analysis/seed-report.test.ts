/**
 * The seed story's comparison, read by a person against both articles. The table below is the
 * alignment agreed with; the two `test.fails` cases are real pairings the aligner still misses
 * (they need synonym knowledge: "rejected" ~ "dismissed", "commented" ~ "responded").
 */
import { describe, expect, test } from 'vitest';
import { compareDocuments } from '../../src/analysis/index.ts';
import type { Report } from '../../src/analysis/index.ts';
import { renderReport } from '../../src/cli/render-report.ts';
import { comparableDocument } from '../../src/ingest/index.ts';
import { originalDocument, rewriteDocument } from '../fixtures/seed/expected-documents.ts';

const report = compareDocuments(comparableDocument(originalDocument), comparableDocument(rewriteDocument));
const text = (side: 'from' | 'to', id: string): string => report[side].units.find((unit) => unit.id === id)!.text;
/** A group by the first words of its units, for an expectation a person can read. */
const start = (side: 'from' | 'to', ids: readonly string[]): string[] =>
  ids.map((id) => text(side, id).split(' ').slice(0, 4).join(' '));
const groups = report.groups.map((group) => [group.op, start('from', group.from), start('to', group.to)]);
const paired = (r: Report, from: string, to: string): boolean =>
  r.groups.some(
    (group) =>
      group.from.some((id) => text('from', id).startsWith(from)) &&
      group.to.some((id) => text('to', id).startsWith(to)),
  );

describe('the seed story, original against rewrite', () => {
  test('pairs every rewritten sentence, heading, split and merge with its source', () => {
    expect(groups).toEqual([
      ['edited', ['Trump hints at possible'], ['Trump Signals Russia-Ukraine Peace']],
      ['edited', ['US President Donald Trump'], ['Trump Hints at Russia-Ukraine']],
      ['edited', ['US President Donald Trump'], ['US President Donald Trump']],
      ['edited', ['“Is it really possible'], ['"Is it really possible']],
      // A section heading renamed: it heads the same sentences.
      ['edited', ['Washington, Kyiv narrow gaps'], ['US-Ukraine Agreement in Geneva']],
      // One sentence split in two: the agreement, then the joint statement.
      ['split', ['US and Ukrainian officials'], ['Both nations confirmed they', 'Officials from both countries']],
      ['edited', ['Details were not disclosed,'], ['Some European allies have']],
      ['edited', ['President Volodymyr Zelensky said'], ['Ukrainian President Volodymyr Zelensky']],
      ['edited', ['“Negotiations are ongoing,” he'], ['"Negotiations are ongoing," Zelensky']],
      ['edited', ['US plan sparks pushback'], ['Controversy Surrounding US Peace']],
      ['edited', ['The US surprised Kyiv'], ['The United States surprised']],
      // A sentence turned into a list: lead-in, three items, and the closing clause.
      [
        'split',
        ['The plan reportedly required'],
        [
          'The controversial proposal reportedly',
          'Cede additional territory to',
          'Accept limitations on military',
          'Agree to never pursue',
          'These conditions have been',
        ],
      ],
      // Two sentences merged into one.
      ['merged', ['Kyiv’s European allies quickly', 'A copy seen by'], ['In response, European allies']],
      ['edited', ['“The European plan, at'], ['Moscow immediately dismissed the']],
      ['edited', ['The leaked U.S draft'], ['The leaked American draft']],
      ['edited', ['It also made no'], ['Additionally, the proposal made']],
      ['edited', ['Still, after the Geneva'], ['Despite these concerns, President']],
      ['edited', ['After Sunday’s meeting in'], ["Following Sunday's meeting in"]],
      ['edited', ['Both the US and'], ['Both American and Ukrainian']],
      ['edited', ['“It is important that'], ['Zelensky emphasized the importance']],
    ]);
  });

  test('drops what the rewrite left out and adds what it brought in', () => {
    expect(report.dropped.map((id) => text('from', id))).toEqual([
      'Trump did not provide details on what prompted his optimism, and neither Washington nor Kyiv immediately commented on the message.',
      'His remarks, however, come amid renewed diplomatic activity involving US, Ukrainian and European officials, who have been working to narrow differences over competing proposals for a potential peace framework.',
      'The conflict, now in its third year, has escalated pressure on all sides as Russia continues battlefield advances and Ukraine faces mounting political strains.',
      'Moscow rejected the European version outright.',
      'Turmoil in Kyiv',
      'Talks continue without deadline',
    ]);
    expect(report.added.map((id) => text('to', id))).toEqual([
      'Trump Expresses Optimism About Peace Negotiations',
      'In a post on his Truth Social platform, Trump voiced cautious optimism while advising skepticism until concrete results materialize.',
      "The White House and Ukrainian authorities have not yet responded to Trump's social media statement.",
      'This development follows substantial diplomatic engagement between American and Ukrainian representatives in Geneva.',
    ]);
  });

  test('typographic quotes are not changes: the Truth Social quotation is kept word for word', () => {
    const quote = report.groups.find((group) => text('from', group.from[0]!).startsWith('“Is it really possible'))!;
    const changed = (side: 'from' | 'to') =>
      quote.diff[side][0]!.segments.filter((segment) => segment.op !== 'same').map((segment) => segment.text);
    // Only the attribution changed: "Trump wrote on Truth Social" became "the President wrote".
    expect(changed('from')).toEqual(['Trump', 'on Truth Social']);
    expect(changed('to')).toEqual(['the President']);
  });

  test('the text report reads as reviewed', async () => {
    await expect(renderReport(report, { color: false })).toMatchFileSnapshot('../fixtures/seed/compare.txt');
  });

  test.fails('known miss: "Moscow rejected the European version outright." merges into the Ushakov sentence', () => {
    expect(paired(report, 'Moscow rejected', 'Moscow immediately dismissed')).toBe(true);
  });

  test.fails('known miss: "neither Washington nor Kyiv immediately commented" is "have not yet responded"', () => {
    expect(paired(report, 'Trump did not provide', 'The White House and')).toBe(true);
  });
});
