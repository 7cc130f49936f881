/**
 * Opinion in the writer's own voice, added or removed, on made-up pairs: a loaded word, capitals for
 * effect, a question, the first and second person added outside quotation marks are one finding
 * each; the same inside quotation marks, an acronym or a neutral paraphrase raise none; a sentence
 * added with opinion is one finding, not an addition and a tone finding; a run of added sentences
 * keeps its one finding, which says the run carries opinion.
 */
import { describe, expect, test } from 'vitest';
import type { ComparableDocument, ReportFinding } from '../../../src/analysis/index.ts';
import { compareDocuments } from '../../../src/analysis/index.ts';

const BEFORE = 'The council met on Tuesday to discuss the future of the town library.';
const AFTER = 'Members said a decision on its funding would come next month.';
const CLOSING = 'The library has served the town since 1921 and lends about 40,000 books a year.';

function doc(...body: string[]): ComparableDocument {
  return {
    headline: 'Council weighs library funding',
    body: body.map((text) => ({ type: 'paragraph' as const, text })),
  };
}

/** The tone findings of a pair whose middle sentence is reworded. */
function tone(from: string, to: string): ReportFinding[] {
  return compareDocuments(doc(BEFORE, from, AFTER, CLOSING), doc(BEFORE, to, AFTER, CLOSING)).findings.filter(
    (finding) => finding.kind === 'tone',
  );
}

const ORIGINAL = 'The union official criticised the plan to cut the library’s opening hours.';

describe('opinion added within a sentence', () => {
  test('a loaded word in the writer’s voice is one finding quoting it and both sides', () => {
    const findings = tone(ORIGINAL, 'The union official was livid about the plan to cut the library’s opening hours.');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ change: 'opinion added' });
    expect(findings[0]!.explanation).toContain('The rewrite adds opinion in its own voice: “livid”');
    expect(findings[0]!.explanation).toContain(`“${ORIGINAL}”`);
    expect(findings[0]!.level).not.toBe('low');
    expect(findings[0]!.marks).toMatchObject([{ side: 'to', category: 'tone', start: 23, end: 28 }]);
  });

  test('the same word inside a quotation is the speaker’s: no tone finding', () => {
    expect(tone(ORIGINAL, '“I am livid about the plan,” the union official said of the cut to opening hours.')).toEqual(
      [],
    );
  });

  test('words in capitals for effect are opinion; an acronym is not', () => {
    // "HOURS" is a word the texts also write in lower case: set in capitals, it is a shout.
    const shout = tone(ORIGINAL, 'The union official criticised the plan to cut the library’s opening HOURS.');
    expect(shout).toHaveLength(1);
    expect(shout[0]!.explanation).toContain('“HOURS”');
    expect(tone(ORIGINAL, 'The NATO union official criticised the plan to cut the library’s opening hours.')).toEqual(
      [],
    );
  });

  test('a question in the writer’s voice is opinion', () => {
    const findings = tone(
      ORIGINAL,
      'Why did the union official criticise the plan to cut the library’s opening hours?',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.explanation).toContain('a question of its own');
  });

  test('the first and second person are opinion', () => {
    const first = tone(ORIGINAL, 'The union official criticised the plan to cut our library’s opening hours.');
    expect(first[0]!.explanation).toContain('the first person (“our”)');
    const second = tone(ORIGINAL, 'The union official criticised the plan to cut your library’s opening hours.');
    expect(second[0]!.explanation).toContain('the reader addressed as “your”');
  });

  test('a speaker’s words set without their quotation marks are still the speaker’s: no tone finding', () => {
    expect(
      tone(
        '“We have waited long enough for this library to reopen,” the union official said.',
        'The union official said: We have waited long enough for this library to reopen.',
      ),
    ).toEqual([]);
  });

  test('a loaded word in a sentence that says who said it is the source’s, not the writer’s', () => {
    expect(
      tone(
        'The union official said the plan to cut the library’s opening hours had failed.',
        'The union official said the plan to cut the library’s opening hours had failed disastrously.',
      ),
    ).toEqual([]);
  });

  test('a neutral paraphrase raises no tone finding', () => {
    expect(tone(ORIGINAL, 'A union official objected to the proposal to shorten the library’s opening hours.')).toEqual(
      [],
    );
  });
});

describe('opinion removed', () => {
  test('a loaded word the rewrite leaves out is opinion removed', () => {
    const findings = tone('The union official slammed the disastrous plan to cut the library’s hours.', ORIGINAL);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ change: 'opinion removed' });
    expect(findings[0]!.explanation).toContain('“disastrous”');
  });
});

describe('sentences dropped with opinion', () => {
  test('strong opinion dropped with its sentence is a tone finding beside the omission; mild opinion is not', () => {
    const strong = 'This shameless stunt is a disgrace.';
    const report = compareDocuments(doc(BEFORE, strong, AFTER, CLOSING), doc(BEFORE, AFTER, CLOSING));
    expect(report.findings.filter((finding) => finding.kind === 'tone').map((finding) => finding.change)).toEqual([
      'opinion removed',
    ]);
    expect(report.findings.some((finding) => finding.kind === 'omission')).toBe(true);
    const mild = 'The plan drew a scathing review.';
    const milder = compareDocuments(doc(BEFORE, mild, AFTER, CLOSING), doc(BEFORE, AFTER, CLOSING));
    expect(milder.findings.filter((finding) => finding.kind === 'tone')).toEqual([]);
  });
});

describe('sentences added with opinion', () => {
  const LOADED = 'This shameless stunt will fool nobody.';

  test('an added sentence with opinion is one finding, in place of the plain addition', () => {
    const report = compareDocuments(doc(BEFORE, AFTER, CLOSING), doc(BEFORE, LOADED, AFTER, CLOSING));
    const about = report.findings.filter((finding) => finding.to.units.length === 1 && finding.from.units.length === 0);
    const added = about.filter(
      (finding) => report.to.units.find((unit) => unit.id === finding.to.units[0])?.text === LOADED,
    );
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ kind: 'tone', change: 'opinion added' });
    expect(added[0]!.explanation).toBe(
      `The rewrite adds opinion in its own voice: “shameless” and “stunt” (“${LOADED}”).`,
    );
  });

  test('an added neutral sentence stays a plain addition', () => {
    const neutral = 'The library’s roof was repaired in 2019.';
    const report = compareDocuments(doc(BEFORE, AFTER, CLOSING), doc(BEFORE, neutral, AFTER, CLOSING));
    expect(report.findings.filter((finding) => finding.kind === 'tone')).toEqual([]);
    expect(report.findings.some((finding) => finding.kind === 'addition')).toBe(true);
  });

  test('a run of added sentences with opinion is one finding that says so', () => {
    const run = ['We all know who will pay for this.', 'The council’s ridiculous plan is a disgrace!', LOADED];
    const report = compareDocuments(doc(BEFORE, AFTER, CLOSING), doc(BEFORE, AFTER, CLOSING, ...run));
    expect(report.findings.filter((finding) => finding.kind === 'tone')).toEqual([]);
    const runs = report.findings.filter((finding) => finding.change === 'added run');
    expect(runs).toHaveLength(1);
    expect(runs[0]!.explanation).toMatch(/; it carries opinion in its own voice: .*“ridiculous”/u);
    expect(runs[0]!.explanation).toContain('the first person (“We”)');
  });
});
