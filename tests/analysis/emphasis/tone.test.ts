/**
 * The tone of one sentence, on made-up sentences: loaded words and signs of opinion count in the
 * writer's own voice only, never inside quotation marks; acronyms, datelines and the plain words of
 * news (a sum, a death, a claim of responsibility) are not opinion.
 */
import { describe, expect, test } from 'vitest';
import { readTone } from '../../../src/analysis/emphasis/tone/tone.ts';

const marked = (text: string) => readTone(text).marks.map((mark) => `${mark.kind}:${mark.text}`);

describe('loaded words', () => {
  test('a framing word in the writer’s voice is marked, with its offsets', () => {
    const text = 'The regime announced new rules for the harbour on Monday.';
    const tone = readTone(text);
    expect(tone.opinion).toBe(true);
    expect(tone.marks).toHaveLength(1);
    expect(tone.marks[0]).toMatchObject({ kind: 'framing', family: 'label', text: 'regime' });
    expect(text.slice(tone.marks[0]!.start, tone.marks[0]!.end)).toBe('regime');
  });

  test('the same word inside quotation marks is the speaker’s: no opinion', () => {
    const tone = readTone('“The regime announced new rules,” the harbour master said on Monday.');
    expect(tone).toEqual({ marks: [], score: 0, opinion: false });
  });

  test('a phrase with a hyphen counts once: “so-called”', () => {
    expect(marked('The so-called reform passed the chamber on Friday.')).toEqual(['framing:so-called']);
  });

  test('a strongly negative word counts; a plain news word of the same valence does not', () => {
    expect(marked('The ferry operator gave a horrible account of the delays.')).toEqual(['valence:horrible']);
    expect(marked('Two people were killed when the ferry sank in the storm.')).toEqual([]);
  });

  test('a capitalised word inside a sentence is a name, not a judgement', () => {
    expect(marked('She studied at Liberty University before joining the Justice Department.')).toEqual([]);
  });

  test('“total” judges only what it intensifies, and “crowd” is a label only for a camp', () => {
    expect(marked('A total of 40 boats joined the race.')).toEqual([]);
    expect(marked('The plan was a total disaster for the harbour.')).toContain('framing:total');
    expect(marked('A crowd of 5,000 gathered at the harbour.')).toEqual([]);
    expect(marked('The anti-tax crowd cheered the ruling.')).toEqual(['framing:crowd']);
  });

  test('“claimed” is loaded as a verb of saying, not when a group claims responsibility', () => {
    expect(marked('The mayor claimed that the harbour was safe.')).toEqual(['framing:claimed']);
    expect(marked('A local group claimed responsibility for the blockade.')).toEqual([]);
  });
});

describe('signs of the writer’s voice', () => {
  test('words in capitals for effect count; acronyms and a dateline do not', () => {
    expect(marked('The mayor will NEVER admit the harbour deal failed.')).toContain('capitals:NEVER');
    expect(marked('NATO and the FBI met harbour officials on Monday.')).toEqual([]);
    expect(marked('HALIFAX, Nova Scotia — The harbour reopened on Monday.')).toEqual([]);
  });

  test('a question in the writer’s voice is a sign; a quoted one or one in brackets is not', () => {
    expect(marked('Who will pay for the new harbour wall?')).toEqual(['question:?']);
    expect(marked('“Who will pay for it?” the harbour master asked.')).toEqual([]);
    expect(marked('The harbour wall will cost $4 million (Who pays? Read more).')).toEqual([]);
  });

  test('an exclamation in the writer’s voice is a sign', () => {
    expect(marked('The harbour wall cost $4 million!')).toEqual(['exclamation:!']);
  });

  test('the first person and the reader addressed are signs; “US” is a country', () => {
    expect(marked('We all know the harbour wall will cost more.')).toEqual(['first person:We']);
    expect(marked('Your taxes will pay for the harbour wall.')).toEqual(['second person:Your']);
    expect(marked('The US navy visited the harbour in World War I.')).toEqual([]);
  });

  test('the end of a quotation opened in an earlier sentence is the speaker’s', () => {
    expect(marked('We saw the wall fall,’ the harbour master said.')).toEqual([]);
  });

  test('a neutral sentence carries no opinion', () => {
    expect(readTone('The council approved the harbour budget on Tuesday, officials said.').opinion).toBe(false);
  });
});
