/**
 * How words were said, and house style: quotations stitched together, turned into indirect speech
 * or made up from the writer's words; and the differences of style that raise no alarm (a title
 * or a month spelt out, a weekday, British and American spelling inside a quotation), beside the
 * change that must still raise one (a word changed inside a quotation).
 */
import { describe, expect, test } from 'vitest';
import type { ComparableDocument, ReportFinding } from '../../../src/analysis/index.ts';
import { compareDocuments, isKeptQuotation, isListed } from '../../../src/analysis/index.ts';
import { sameSpelling } from '../../../src/analysis/emphasis/house-style.ts';

const doc = (paragraphs: readonly string[]): ComparableDocument => ({
  body: paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
});
const findings = (from: readonly string[], to: readonly string[]): ReportFinding[] =>
  compareDocuments(doc(from), doc(to)).findings.filter((finding) => !isKeptQuotation(finding));
const kinds = (list: readonly ReportFinding[]) => list.map((finding) => `${finding.kind}/${finding.change}`);
const quotationKinds = (list: readonly ReportFinding[]) =>
  kinds(list.filter((finding) => finding.kind === 'quotation'));

describe('quotations stitched, made indirect, or made up', () => {
  const apart = [
    'The harbour master spoke to reporters at the quay on Tuesday.',
    '“The pier needs new timber before the winter storms,” Mira Olsen said. “We cannot wait for another survey of the boards.”',
  ];

  test('two quotations said apart, joined into one: one stitched finding, its words kept', () => {
    const list = findings(apart, [
      'The harbour master spoke to reporters at the quay on Tuesday.',
      'Mira Olsen said: “The pier needs new timber before the winter storms. We cannot wait for another survey of the boards.”',
    ]);
    expect(quotationKinds(list)).toEqual(['quotation/stitched']);
    expect(list.find((finding) => finding.change === 'stitched')!.level).toBe('high');
    expect(list.find((finding) => finding.change === 'stitched')!.explanation).toContain('“Mira Olsen said”');
  });

  test('two quotations joined by an ellipsis are stitched too', () => {
    const list = findings(apart, [
      'The harbour master spoke to reporters at the quay on Tuesday.',
      'Mira Olsen said the pier “needs new timber before the winter storms … We cannot wait for another survey of the boards.”',
    ]);
    expect(quotationKinds(list)).toContain('quotation/stitched');
  });

  test('a quotation in single marks over two sentences, with initials dotted or not, is kept', () => {
    const list = findings(
      ['“US crews reached the flooded valley at dawn. We are assessing the damage now,” a spokesman said.'],
      ["'U.S. crews reached the flooded valley at dawn. We are assessing the damage now,' a spokesman said."],
    );
    expect(quotationKinds(list)).toEqual([]);
  });

  test('one speaker’s quotation over two paragraphs, set as one, is not stitched', () => {
    const list = findings(
      [
        '“The pier needs new timber before the winter storms.',
        '“We cannot wait for another survey of the boards,” Mira Olsen said.',
      ],
      [
        '“The pier needs new timber before the winter storms. We cannot wait for another survey of the boards,” Mira Olsen said.',
      ],
    );
    expect(quotationKinds(list)).toEqual([]);
  });

  test('a quotation turned into indirect speech: indirect, not paraphrased', () => {
    const list = findings(
      ['The minister said she would “open the border crossing to lorries” by the end of the month.'],
      ['The minister said she would open the border crossing to lorries by the end of the month.'],
    );
    expect(quotationKinds(list)).toEqual(['quotation/indirect']);
    expect(list[0]!.explanation).toContain('would open the border crossing');
  });

  test('a quotation reported with its person and tense shifted is indirect too', () => {
    const list = findings(
      ['“We will hold the line on wages this year,” the chief executive said.'],
      ['The chief executive said they would hold the line on wages this year.'],
    );
    expect(quotationKinds(list)).toEqual(['quotation/indirect']);
  });

  test('the writer’s words put in quotation marks: an invented quotation', () => {
    const list = findings(
      ['The mayor described the flooding as a warning for the whole valley.'],
      ['The mayor described the flooding as “a warning for the whole valley”.'],
    );
    expect(quotationKinds(list)).toEqual(['quotation/invented']);
  });

  test('the same words put in quotation marks twice are one listed finding', () => {
    const list = findings(
      ['The mayor said the flooding was a warning for the whole valley.', 'Residents called the repairs overdue.'],
      [
        'The mayor said the flooding was “a warning for the whole valley”.',
        'Residents called the repairs overdue, “a warning for the whole valley” in the mayor’s words.',
      ],
    );
    const invented = list.filter((finding) => finding.change === 'invented');
    expect(invented.filter(isListed)).toHaveLength(1);
  });

  test('a pronoun moved outside the quotation marks leaves the quotation kept', () => {
    const list = findings(
      ['Of the council, Mira Olsen said, “it must publish the survey before the vote.”'],
      ['Of the council, Mira Olsen said it “must publish the survey before the vote.”'],
    );
    expect(quotationKinds(list)).toEqual([]);
  });

  test('a word of the speaker’s left out is still a trimmed quotation', () => {
    const list = findings(
      ['Mira Olsen said, “the council must publish the survey before the vote.”'],
      ['Mira Olsen said, “the council must publish the survey.”'],
    );
    expect(quotationKinds(list)).toEqual(['quotation/trimmed']);
  });
});

describe('house style', () => {
  test('an abbreviated title or month spelt out is no name gone', () => {
    const list = findings(
      ['Gov. Alma Reyes signed the budget on Feb. 12 after a long debate.'],
      ['Governor Alma Reyes signed the budget on February 12 after a long debate.'],
    );
    expect(list.filter((finding) => finding.kind === 'name')).toEqual([]);
  });

  test('a courtesy title, an office in lower case, initials and a doubled letter are no name gone', () => {
    const list = findings(
      ['Mr Okafor met Officer Dana Whitlock, deputy PM Ruth Amsel and the head of Al-Qassim on Sunday.'],
      ['Okafor met officer Dana Whitlock, Deputy Prime Minister Ruth Amsel and the head of Al-Qasim on Sunday.'],
    );
    expect(list.filter((finding) => finding.kind === 'name' && finding.change === 'dropped')).toEqual([]);
  });

  test('a weekday dropped is not a name dropped; a person dropped still is', () => {
    const list = findings(
      ['The council met on Thursday with Paul Brandt to discuss the harbour.'],
      ['The council met to discuss the harbour.'],
    );
    const names = list.filter((finding) => finding.kind === 'name').map((finding) => finding.explanation);
    expect(names.join(' ')).toContain('Paul Brandt');
    expect(names.join(' ')).not.toContain('Thursday');
  });

  test('first names dropped on a later mention are no name gone', () => {
    const list = findings(
      [
        'Donald Trump spoke at the rally.',
        'The crowd cheered when Donald Trump and Ahmed Abdi Godane arrived at the pier.',
      ],
      ['Donald Trump spoke at the rally.', 'The crowd cheered when Trump and Godane arrived at the pier on time.'],
    );
    expect(list.filter((finding) => finding.kind === 'name')).toEqual([]);
  });

  test('Britain said as the UK, and a state said by a party label, are no name gone', () => {
    const list = findings(
      [
        'Britain and Japan remained far apart on trade in the talks this week.',
        'Rep. Jane Doe, a Missouri Democrat, opposed the bill in the committee.',
      ],
      [
        'The UK and Japan remained far apart on trade in the talks this week.',
        'Rep. Jane Doe, D-MO., opposed the bill in the committee.',
      ],
    );
    expect(list.filter((finding) => finding.kind === 'name')).toEqual([]);
  });

  test('a conversion in parentheses left out, or a unit left off a figure, changes no figure', () => {
    const list = findings(
      ['The ferry crosses 12 km (7.5 miles) of open water, and the new pier is 300 metres long.'],
      ['The ferry crosses 12 km of open water, and the new pier is 300 long.'],
    );
    expect(list.filter((finding) => finding.kind === 'number')).toEqual([]);
  });

  test('a figure and its conversion swapped round change no figure; a figure added is quoted with its unit', () => {
    expect(
      findings(
        ['The ferry stopped about 70 miles (110 kilometers) south of the port after the engine failed.'],
        ['The ferry stopped about 110 kilometers (70 miles) south of the port after the engine failed.'],
      ).filter((finding) => finding.kind === 'number'),
    ).toEqual([]);
    const added = findings(
      ['The council and the operator met on Tuesday and agreed to keep talking about the ferry timetable.'],
      [
        'The council and the operator met for 90 minutes on Tuesday and agreed to keep talking about the ferry timetable.',
      ],
    ).filter((finding) => finding.kind === 'number');
    expect(added.map((finding) => finding.explanation)).toEqual(['The rewrite adds the figure “90 minutes”.']);
  });

  test('a second figure in parentheses is a figure of its own, and a party changed is a change', () => {
    const counts = findings(
      ['The storm damaged 12 boats (3 of them ferries) in the harbour overnight.'],
      ['The storm damaged 12 boats (9 of them ferries) in the harbour overnight.'],
    );
    expect(counts.filter((finding) => finding.kind === 'number').map((finding) => finding.change)).toEqual(['changed']);
    const party = findings(
      ['Sen. John Roe (R-TX) voted against the harbour bill on Tuesday.'],
      ['Sen. John Roe (D-TX) voted against the harbour bill on Tuesday.'],
    );
    expect(party.filter((finding) => finding.kind === 'name').length).toBeGreaterThan(0);
  });

  test('a hyphenated word quoted in parentheses is a quotation, not a script string', () => {
    const list = findings(
      ['The mayor called the bill a ("pro-growth") measure for the harbour.'],
      ['The mayor called the bill a ("job-killing") measure for the harbour.'],
    );
    expect(list.some((finding) => finding.kind === 'quotation')).toBe(true);
  });

  test('a power in superscript is part of its figure: “10⁶” becoming “106” is said whole', () => {
    const list = findings(
      ['The survey counted 10⁶ birds on the island this spring.'],
      ['The survey counted 106 birds on the island this spring.'],
    ).filter((finding) => finding.kind === 'number');
    expect(list.map((finding) => finding.explanation)).toEqual([
      'The figures changed: “10⁶” in the original, “106” in the rewrite.',
    ]);
    expect(
      findings(['The survey counted 10⁶ birds this spring.'], ['The survey counted 10⁶ birds in the spring.']).filter(
        (finding) => finding.kind === 'number',
      ),
    ).toEqual([]);
  });

  test('“some 500” is a round number, not a source made vague', () => {
    const list = findings(
      ['The harbour said Ana Moreno and 480 islanders used the ferry on Monday.'],
      ['The harbour said some 500 islanders used the ferry on Monday.'],
    );
    expect(list.filter((finding) => finding.change === 'vaguer')).toEqual([]);
  });

  test('“at some point” names no one; “many warned” in place of a name is a source made vague', () => {
    expect(
      findings(
        ['Mayor Ana Moreno will reopen the pier within the last week of October, the council said.'],
        ['The pier will reopen at some point within the last week of October, the council said.'],
      ).filter((finding) => finding.change === 'vaguer'),
    ).toEqual([]);
    expect(
      findings(
        ['Mayor Ana Moreno warned that the pier would not reopen before the winter storms.'],
        ['Many warned that the pier would not reopen before the winter storms.'],
      ).filter((finding) => finding.change === 'vaguer'),
    ).toHaveLength(1);
  });

  test('a date in a dateline is no named source made vague', () => {
    const list = findings(
      ['LISBON, Oct 4 (Reuters) - dock workers at the port will strike on Monday, a union said.'],
      ['Some dock workers at the port will strike on Monday, a union said.'],
    );
    expect(list.filter((finding) => finding.change === 'vaguer')).toEqual([]);
  });

  test('British spelling or a capital changed inside a quotation raises nothing high', () => {
    const list = findings(
      ['“The colour of the new government flag was a surprise,” the curator said.'],
      ['“The color of the new Government flag was a surprise,” the curator said.'],
    );
    expect(list.filter((finding) => finding.level === 'high')).toEqual([]);
    expect(quotationKinds(list)).toEqual([]);
  });

  test('a word truly changed inside a quotation is still an altered quotation, high', () => {
    const list = findings(
      ['“The colour of the new flag was a surprise,” the curator said.'],
      ['“The colour of the new flag was a disgrace,” the curator said.'],
    );
    expect(quotationKinds(list)).toEqual(['quotation/altered']);
    expect(list[0]!.level).toBe('high');
  });

  test('spelling variants are one word; short words that differ stay apart', () => {
    expect(
      ['colour', 'organise', 'centre', 'travelled', 'favourite'].map((word, index) =>
        sameSpelling(word, ['color', 'organize', 'center', 'traveled', 'favorite'][index]!),
      ),
    ).toEqual([true, true, true, true, true]);
    expect(sameSpelling('four', 'for')).toBe(false);
    expect(sameSpelling('hour', 'hor')).toBe(false);
  });
});
