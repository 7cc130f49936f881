/**
 * The story-level summary: a few plain sentences that head "What changed", computed from the
 * report. Each kind of sentence, the edge cases (nothing changed, everything new, one sentence
 * each, no text at all), and the numbers agreeing with the report's own. The pairs are made up for
 * these tests.
 */
import { describe, expect, test } from 'vitest';
import type { ComparableDocument, Report } from '../../../src/analysis/index.ts';
import { compareDocuments } from '../../../src/analysis/index.ts';
import { reportSchema } from '../../../src/analysis/report/report-schema.ts';
import { storySummary } from '../../../src/analysis/summary/story-summary.ts';

/** A document of one paragraph per sentence. */
const doc = (sentences: readonly string[], headline?: string): ComparableDocument => ({
  ...(headline === undefined ? {} : { headline }),
  body: sentences.map((text) => ({ type: 'paragraph' as const, text })),
});
const HEADLINE = 'Harbour ferry service to resume next week';
const summaryOf = (from: ComparableDocument, to: ComparableDocument) => compareDocuments(from, to).summary;

const kept = [
  'The harbour ferry will run again from Monday after a three-week stoppage.',
  'Engineers replaced the worn propeller shaft on the older of the two boats.',
  'Tickets bought for the cancelled crossings will be honoured until the end of June.',
];
const tail = [
  'The stoppage left island schoolchildren travelling by bus around the estuary.',
  'The council paid for the boats eleven years ago.',
  'A review of the maintenance contract is due in the autumn.',
  'Local shops reported a sharp fall in weekend trade.',
];
const opinion = [
  'Islanders have waited far too long for this.',
  'Nobody at the council seems to care about the people who depend on the crossing.',
];

/** Sentences about something else altogether. */
const elsewhere = [
  'A violinist from Lisbon won the spring competition with a sonata by Janáček.',
  'Judges praised her phrasing in the slow movement.',
];

describe('what kind of rewrite it is', () => {
  test('a cut tail and new sentences on top: how many, and where', () => {
    const summary = summaryOf(doc([...kept, ...tail], HEADLINE), doc([...opinion, ...kept], HEADLINE));
    expect(summary.sentences[0]).toBe(
      'The rewrite keeps 3 of the original’s 7 sentences word for word, drops the last 4, and opens with 2 sentences of its own.',
    );
    expect(summary.sentences[1]).toBe('The original’s lede now comes third.');
    expect(summary.body).toEqual({ original: 7, kept: 3, reworded: 0, dropped: 4, rewrite: 5, added: 2 });
  });

  test('nothing changed: everything kept word for word, nothing added, the headline kept', () => {
    const summary = summaryOf(doc(kept, HEADLINE), doc(kept, HEADLINE));
    expect(summary.sentences).toEqual([
      'The rewrite keeps all 3 of the original’s sentences word for word, and adds none of its own.',
      `The headline is kept word for word: “${HEADLINE}”.`,
    ]);
    expect(summary.headline).toBe('kept');
  });

  test('everything new: no text shared', () => {
    const summary = summaryOf(doc(tail), doc(elsewhere));
    expect(summary.sentences).toEqual([
      'The rewrite keeps none of the original’s body: it drops all 4 of the original’s sentences and has 2 sentences of its own.',
    ]);
  });

  test('one sentence each, reworded', () => {
    const summary = summaryOf(
      doc(['The harbour ferry will run again from Monday after a three-week stoppage.']),
      doc(['The harbour ferry will sail again from Monday after a three-week stoppage.']),
    );
    expect(summary.sentences).toEqual([
      'The rewrite keeps the original’s only sentence, reworded, and adds none of its own.',
    ]);
    expect(summary.body).toEqual({ original: 1, kept: 1, reworded: 1, dropped: 0, rewrite: 1, added: 0 });
  });

  test('some reworded, one dropped from the middle, one added at the end', () => {
    const summary = summaryOf(
      doc([...kept, tail[0]!, tail[1]!]),
      doc([kept[0]!, kept[2]!.replace('honoured', 'refunded'), tail[0]!, tail[1]!, opinion[0]!]),
    );
    expect(summary.sentences[0]).toBe(
      'The rewrite keeps 4 of the original’s 5 sentences, one of them reworded, drops one, and ends with one sentence of its own.',
    );
  });

  test('added on top, in the middle and at the end: said in reading order', () => {
    const summary = summaryOf(doc([...kept, ...tail]), doc([opinion[0]!, ...kept, ...elsewhere, ...tail, opinion[1]!]));
    expect(summary.sentences[0]).toBe(
      'The rewrite keeps all 7 of the original’s sentences word for word, and opens with one sentence of its own, adds 2 more in a row and ends with one more.',
    );
  });

  test('neither version has text beyond its headline', () => {
    expect(summaryOf(doc([], HEADLINE), doc([], HEADLINE)).sentences[0]).toBe('Neither version has any body text.');
    expect(summaryOf(doc([], HEADLINE), doc(opinion, HEADLINE)).sentences[0]).toBe(
      'The original has no text beyond its headline; the rewrite’s 2 sentences are all its own.',
    );
  });
});

describe('the numbers agree with the report', () => {
  const pairs: readonly [ComparableDocument, ComparableDocument][] = [
    [doc([...kept, ...tail], HEADLINE), doc([...opinion, ...kept], HEADLINE)],
    [doc(kept, HEADLINE), doc(kept, HEADLINE)],
    [doc(tail), doc(elsewhere)],
    [doc([...kept, ...tail]), doc([kept[1]!, opinion[0]!, tail[2]!.replace('autumn', 'spring'), tail[3]!])],
  ];
  test.each(pairs.map((pair, index) => [index, pair] as const))('pair %i', (_, [from, to]) => {
    const report: Report = compareDocuments(from, to);
    const { body } = report.summary;
    const headlines = (side: 'from' | 'to') => report[side].units.filter((unit) => unit.kind === 'headline');
    // These pairs have no headings or standfirst: the body is every unit but the headline.
    expect(body.original).toBe(report.stats.from.units - headlines('from').length);
    expect(body.rewrite).toBe(report.stats.to.units - headlines('to').length);
    const headlineIds = new Set([...headlines('from'), ...headlines('to')].map((unit) => unit.id));
    expect(body.dropped).toBe(report.dropped.filter((id) => !headlineIds.has(id)).length);
    expect(body.added).toBe(report.added.filter((id) => !headlineIds.has(id)).length);
    expect(body.kept + body.dropped).toBe(body.original);
    expect(body.dropped).toBeLessThanOrEqual(report.stats.operations.dropped);
    // What the first sentence says in numbers is what the counts say.
    const first = report.summary.sentences[0]!;
    const number = (word: string) => (word === 'one' ? 1 : Number(word));
    const keeps = /keeps (?:all )?(\d+|one) of the original’s (\d+)/u.exec(first);
    if (keeps !== null) {
      expect(number(keeps[1]!)).toBe(body.kept);
      expect(number(keeps[2]!)).toBe(body.original);
    }
    const reworded = /(\d+|one) of them reworded/u.exec(first);
    if (/word for word/u.test(first)) expect(body.reworded).toBe(0);
    else if (/(?:all|both) of them reworded|, reworded/u.test(first)) expect(body.reworded).toBe(body.kept);
    else if (reworded !== null) expect(number(reworded[1]!)).toBe(body.reworded);
    const drops = /drops (?:the (?:first|last) |all )?(\d+|one)/u.exec(first);
    expect(drops === null ? 0 : number(drops[1]!)).toBe(body.dropped);
    expect(() => reportSchema.parse(report)).not.toThrow();
  });
});

describe('the headline', () => {
  test('reworded: both quoted', () => {
    const summary = summaryOf(doc(kept, HEADLINE), doc(kept, 'Stalemate over harbour ferry repairs'));
    expect(summary.headline).toBe('reworded');
    expect(summary.sentences).toContain(
      `The headline is reworded: “${HEADLINE}” became “Stalemate over harbour ferry repairs”.`,
    );
  });

  test('set in Title Case with the same words: restyled, not reworded', () => {
    const summary = summaryOf(doc(kept, HEADLINE), doc(kept, 'Harbour Ferry Service To Resume Next Week'));
    expect(summary.headline).toBe('restyled');
  });

  test('added and dropped', () => {
    expect(summaryOf(doc(kept), doc(kept, HEADLINE)).sentences).toContain(
      `The rewrite adds a headline, “${HEADLINE}”, where the original has none.`,
    );
    expect(summaryOf(doc(kept, HEADLINE), doc(kept)).headline).toBe('dropped');
    expect(summaryOf(doc(kept), doc(kept)).headline).toBe('none');
  });
});

describe('the sourcing', () => {
  const quoted = [
    '“We will not accept another summer like this,” said Maria Okafor, who chairs the parents’ group.',
    'The stoppage cost the operator money, according to the Harbour Trust.',
  ];

  test('named sources kept and dropped, by name', () => {
    const summary = summaryOf(doc([...kept, ...quoted]), doc([...kept, quoted[1]!]));
    expect(summary.sourcing.sources).toEqual({ kept: ['Harbour Trust'], dropped: ['Maria Okafor'], added: [] });
    expect(summary.sentences.at(-1)).toBe(
      'On sourcing, the rewrite keeps one of the original’s 2 named sources (Harbour Trust) and drops Maria Okafor.',
    );
  });

  test('the agency credit and the byline dropped', () => {
    const from = { ...doc([`(Reuters) - ${kept[0]!}`, ...kept.slice(1)]), credits: { byline: 'By Jane Smith' } };
    const summary = summaryOf(from, doc(kept));
    expect(summary.sourcing.agencies).toEqual({ kept: [], dropped: ['Reuters'], added: [] });
    expect(summary.sourcing.byline).toBe('dropped');
    expect(summary.sentences.at(-1)).toBe(
      'On sourcing, the rewrite drops the credit to Reuters and the byline “By Jane Smith”.',
    );
  });

  test('a pronoun, a stand-in or a description names no source; with none, nothing is said', () => {
    const vague = [
      '“It was a long three weeks,” he said.',
      'Officials said the boats were safe.',
      'The operator, a family firm, said it was sorry.',
    ];
    const summary = summaryOf(doc([...kept, ...vague]), doc([...kept, ...vague]));
    expect(summary.sourcing.sources).toEqual({ kept: [], dropped: [], added: [] });
    expect(summary.sentences.some((sentence) => sentence.startsWith('On sourcing'))).toBe(false);
  });
});

describe('the tone', () => {
  /** The report of a pair, with tone findings added by hand (the tone detector is another part's). */
  const withTone = (report: Report, changes: readonly ('opinion added' | 'opinion removed')[]): Report => ({
    ...report,
    findings: [
      ...report.findings,
      ...changes.map((change, index) => {
        const side: 'from' | 'to' = change === 'opinion added' ? 'to' : 'from';
        const unit = report[side].units.find((candidate) => candidate.text.includes('too long'))!;
        const start = unit.text.indexOf('far too long');
        return {
          id: `f${report.findings.length + index}`,
          kind: 'tone' as const,
          change,
          salience: 0.6,
          level: 'medium' as const,
          from: side === 'from' ? { units: [unit.id], excerpt: unit.text } : { units: [], excerpt: '' },
          to: side === 'to' ? { units: [unit.id], excerpt: unit.text } : { units: [], excerpt: '' },
          explanation: 'The rewrite says in its own voice that islanders waited “far too long”.',
          marks: [{ side, unit: unit.id, start, end: start + 'far too long'.length, category: 'booster' as const }],
        };
      }),
    ],
  });

  test('opinion added in its own voice, quoting the words', () => {
    const report = withTone(compareDocuments(doc(kept), doc([...opinion, ...kept])), ['opinion added']);
    const summary = storySummary(report);
    expect(summary.tone).toEqual({ added: 1, removed: 0 });
    expect(summary.sentences).toContain(
      'The rewrite adds opinion in its own voice in one sentence, such as “far too long”.',
    );
  });

  test('opinion removed', () => {
    const report = withTone(compareDocuments(doc([...opinion, ...kept]), doc(kept)), ['opinion removed']);
    expect(storySummary(report).sentences).toContain(
      'The rewrite removes opinion the original gave in its own voice in one sentence, such as “far too long”.',
    );
  });

  test('without tone findings the summary says nothing about tone', () => {
    const summary = summaryOf(doc(kept), doc([...opinion, ...kept]));
    expect(summary.tone).toEqual({ added: 0, removed: 0 });
    expect(summary.sentences.join(' ')).not.toMatch(/opinion|voice|tone/u);
  });

  test('another person of the same last name does not keep a named source', async () => {
    const { compareDocuments } = await import('../../../src/analysis/index.ts');
    const paragraphs = (first: string) => ({
      headline: 'Ward to close',
      body: [
        { type: 'paragraph' as const, text: `${first} Smith said the ward would close in May.` },
        { type: 'paragraph' as const, text: 'The hospital has served the town since 1921.' },
      ],
    });
    const summary = compareDocuments(paragraphs('Mary'), paragraphs('John')).summary;
    expect(summary.sourcing.sources.kept).toEqual([]);
    expect(summary.sourcing.sources.dropped).toEqual(['Mary Smith']);
  });
});
