/**
 * Runs of dropped or added sentences: one finding that says where the run stood, how long it was
 * and what it held, instead of one finding a sentence; the sentences themselves stay in the report,
 * folded below the listed threshold. The pairs are made up for these tests.
 */
import { describe, expect, test } from 'vitest';
import type { ComparableDocument, ReportFinding } from '../../../src/analysis/index.ts';
import { compareDocuments, isListed } from '../../../src/analysis/index.ts';

/** A document of one paragraph per sentence. */
const doc = (sentences: readonly string[], headline = 'Harbour ferry service to resume'): ComparableDocument => ({
  headline,
  body: sentences.map((text) => ({ type: 'paragraph' as const, text })),
});
const listedOf = (from: ComparableDocument, to: ComparableDocument): ReportFinding[] =>
  compareDocuments(from, to).findings.filter(isListed);
const allOf = (from: ComparableDocument, to: ComparableDocument): ReportFinding[] =>
  compareDocuments(from, to).findings;

const kept = [
  'The harbour ferry will run again from Monday after a three-week stoppage.',
  'Engineers replaced the worn propeller shaft on the older of the two boats.',
  'Tickets bought for the cancelled crossings will be honoured until the end of June.',
];
const tail = [
  'The stoppage left island schoolchildren travelling by bus around the estuary.',
  '“We will not accept another summer like this,” said Maria Okafor, who chairs the parents’ group.',
  'The council paid £4.2 million for the boats in 2011.',
  'A review of the maintenance contract is due in the autumn.',
  'Local shops reported a sharp fall in weekend trade.',
  'The operator has apologised to regular passengers.',
  'Two relief skippers were hired from a mainland firm.',
  'Timetables will be posted at both piers this week.',
];

describe('a long dropped tail', () => {
  const from = doc([...kept, ...tail]);
  const to = doc(kept);

  test('is one listed finding that counts the sentences and names a quotation’s speaker and a figure', () => {
    const omissions = listedOf(from, to).filter((finding) => finding.kind === 'omission');
    expect(omissions.map((finding) => finding.change)).toEqual(['dropped run']);
    const [run] = omissions;
    expect(run!.explanation).toContain('the last 8 sentences of the original');
    expect(run!.explanation).toContain('“The stoppage left island schoolchildren');
    expect(run!.explanation).toContain('the quotation of Maria Okafor');
    expect(run!.explanation).toContain('“£4.2 million”');
    expect(run!.from.units).toHaveLength(8);
  });

  test('keeps each dropped sentence in the report, folded below the listed threshold', () => {
    const members = allOf(from, to).filter((finding) => finding.kind === 'omission' && finding.change === 'dropped');
    expect(members).toHaveLength(8);
    expect(members.some(isListed)).toBe(false);
  });

  test('folds the finding about a quotation dropped with the run, which the run names', () => {
    const quotations = allOf(from, to).filter((finding) => finding.kind === 'quotation');
    expect(quotations.map((finding) => finding.change)).toEqual(['dropped']);
    expect(quotations.some(isListed)).toBe(false);
  });
});

describe('new sentences on top of the rewrite', () => {
  const original = [
    'Ferry crossings to the island resume on Monday, the operator said.',
    'Engineers replaced the worn propeller shaft on the older boat.',
    'Tickets for cancelled crossings will be honoured until June.',
    'The service carries about 900 passengers a day in summer.',
    'A second boat returns to service next month.',
    'The council owns both vessels and leases them to the operator.',
    'Timetables will be posted at both piers this week.',
  ];
  const opinion = [
    'Is anyone at the town hall even paying attention any more?',
    'For three weeks islanders have been treated as an afterthought.',
    'Nobody in charge seems to care about the families stranded out there.',
    'Frankly, the whole saga is an embarrassment to the town.',
  ];
  const from = doc(original);
  const to = doc([...opinion, ...original]);

  test('is one finding that says how the rewrite opens and where the original’s lede now comes', () => {
    const additions = listedOf(from, to).filter((finding) => finding.kind === 'addition');
    expect(additions.map((finding) => finding.change)).toEqual(['added run']);
    expect(additions[0]!.explanation).toContain('The rewrite opens with 4 sentences of its own');
    expect(additions[0]!.explanation).toContain('“Is anyone at the town hall');
    expect(additions[0]!.explanation).toContain('the original’s lede, “Ferry crossings to the island resume');
    expect(additions[0]!.explanation).toContain('now comes fifth');
  });

  test('raises no flood of sentences moved out of the lead', () => {
    const moved = listedOf(from, to).filter((finding) => finding.change === 'moved down');
    expect(moved).toEqual([]);
  });
});

describe('how a run is quoted', () => {
  const original = [
    'Ferry crossings to the island resume on Monday, the operator said.',
    'Engineers replaced the worn propeller shaft on the older boat.',
    'Tickets for cancelled crossings will be honoured until June.',
    'The service carries about 900 passengers a day in summer.',
  ];

  test('a short opening sentence is quoted with the next, so the quotation says what the run is about', () => {
    const opening = [
      'Remember the ferry?',
      'It was meant to be the pride of the estuary and the end of the long drive round it.',
      'Then it broke.',
    ];
    const [run] = listedOf(doc(original), doc([...opening, ...original])).filter(
      (finding) => finding.change === 'added run',
    );
    expect(run!.explanation).toContain(
      'from “Remember the ferry? It was meant to be the pride of the estuary and the end of the long drive round it.”',
    );
    expect(run!.explanation).not.toContain('Then it broke');
  });

  test('a run names the section headings it brings, whose own findings are folded under it', () => {
    const section = [
      'Council tax bills in the district will rise by four per cent in April.',
      'The increase was approved by a narrow vote on Thursday night.',
    ];
    const to: ComparableDocument = {
      headline: 'Harbour ferry service to resume',
      body: [
        ...original.map((text) => ({ type: 'paragraph' as const, text })),
        { type: 'heading' as const, text: 'ELSEWHERE: COUNCIL TAX TO RISE' },
        ...section.map((text) => ({ type: 'paragraph' as const, text })),
      ],
    };
    const found = listedOf(doc(original), to);
    const runs = found.filter((finding) => finding.change === 'added run');
    expect(runs).toHaveLength(1);
    expect(runs[0]!.explanation).toContain('under the heading “ELSEWHERE: COUNCIL TAX TO RISE”');
    expect(found.filter((finding) => finding.change === 'heading added')).toEqual([]);
  });

  test('an opening of its own in place of the original’s is one listed finding, not two', () => {
    const ownOpening = [
      'Islanders have waited three weeks for this news.',
      'Many had given up on the service altogether.',
    ];
    const droppedOpening = [
      'The island ferry is to run again after a three-week stoppage, its operator announced.',
      'The announcement came after a week of talks with the council.',
    ];
    const found = listedOf(doc([...droppedOpening, ...original]), doc([...ownOpening, ...original]));
    const runs = found.filter((finding) => /run$/u.test(finding.change));
    expect(runs.map((finding) => finding.change)).toEqual(['replaced run']);
    expect(runs[0]!.explanation).toContain(
      'replaces the original’s first 2 sentences, its lede among them (from “The island ferry is to run again',
    );
    expect(runs[0]!.explanation).toContain('with 2 sentences of its own (from “Islanders have waited');
  });
});

describe('a passage replaced by one of the rewrite’s own', () => {
  const theirs = [
    '“We will not accept another summer like this,” said Maria Okafor, who chairs the parents’ group.',
    'Her group has collected 1,200 signatures since May.',
  ];
  const ours = [
    'Council leader Tom Reyes said the delay was regrettable but unavoidable.',
    'He promised a public meeting on the island before the summer.',
  ];

  test('an ending swapped for another is one finding that names what went and what came', () => {
    const found = listedOf(doc([...kept, ...theirs]), doc([...kept, ...ours]));
    const runs = found.filter((finding) => /run$/u.test(finding.change));
    expect(runs.map((finding) => finding.change)).toEqual(['replaced run']);
    expect(runs[0]!.explanation).toMatch(/^The rewrite replaces the last 2 sentences of the original/u);
    expect(runs[0]!.explanation).toContain('Maria Okafor');
    expect(runs[0]!.explanation).toContain('with 2 sentences of its own (from “Council leader Tom Reyes');
  });

  test('a passage dropped in one place and another added elsewhere stay two findings', () => {
    const found = listedOf(
      doc([kept[0]!, ...theirs, kept[1]!, kept[2]!]),
      doc([kept[0]!, kept[1]!, ...ours, kept[2]!]),
    );
    const runs = found.filter((finding) => /run$/u.test(finding.change));
    expect(runs.map((finding) => finding.change).sort()).toEqual(['added run', 'dropped run']);
  });
});

describe('sentences moved up from the end of the original', () => {
  test('a passage moved up is one finding that counts and quotes it', () => {
    const filler = Array.from({ length: 8 }, (_, index) => `Paragraph ${index} of the report covered point ${index}.`);
    const passage = [
      'The new timetable adds a late crossing on Fridays.',
      'Season tickets will cost a fifth less for island residents.',
    ];
    const moved = listedOf(doc([...filler, ...passage]), doc([...passage, ...filler])).filter(
      (finding) => finding.change === 'moved up',
    );
    expect(moved).toHaveLength(1);
    expect(moved[0]!.explanation).toContain(
      'moves 2 sentences up into its lead, from “The new timetable adds a late crossing on Fridays.”',
    );
  });
});

describe('what stays as it was', () => {
  test('a single dropped sentence is its own finding', () => {
    const from = doc([...kept, tail[2]!]);
    const omissions = listedOf(from, doc(kept)).filter((finding) => finding.kind === 'omission');
    expect(omissions.map((finding) => finding.change)).toEqual(['dropped']);
    expect(omissions[0]!.explanation).toContain(
      'A reader of the rewrite never learns this: “The council paid £4.2 million',
    );
  });

  test('a rewrite that drops and adds nothing raises no omission, addition or run', () => {
    const from = doc([...kept, ...tail]);
    const to = doc([...kept, ...tail.map((sentence) => sentence.replace('sharp fall', 'steep fall'))]);
    const found = allOf(from, to).filter(
      (finding) => finding.kind === 'omission' || finding.kind === 'addition' || /run|moved/u.test(finding.change),
    );
    expect(found).toEqual([]);
  });

  test('a dropped lead with a quotation ranks above a dropped tail of background', () => {
    const lead = [
      '“The boats are simply worn out,” said Tomasz Bell, the harbour master.',
      'Repairs will cost £800,000, the council said.',
    ];
    const background = ['The pier was rebuilt in 1998.', 'It has a small café open in summer.'];
    const middle = [
      'The ferry will run again from Monday after a stoppage.',
      'Engineers replaced the propeller shaft on the older boat.',
      'Tickets bought for cancelled crossings remain valid.',
    ];
    const runs = listedOf(doc([...lead, ...middle, ...background]), doc(middle)).filter(
      (finding) => finding.change === 'dropped run',
    );
    expect(runs).toHaveLength(2);
    expect(runs[0]!.explanation).toMatch(/^The rewrite drops the original’s first 2 sentences/u);
    expect(runs[1]!.explanation).toMatch(/^The rewrite drops the last 2 sentences/u);
    expect(runs[0]!.salience).toBeGreaterThan(runs[1]!.salience);
    expect(runs[0]!.explanation).toContain('Tomasz Bell');
  });
});
