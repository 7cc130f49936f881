/** The labels versions are shown under: given ones kept, made ones from the outlet or the version's place, never equal. */
import { describe, expect, test } from 'vitest';
import type { LabelSource } from '../../src/ingest/version-labels.ts';
import { versionLabels } from '../../src/ingest/version-labels.ts';
import { errorOf } from '../support/ingest-error.ts';

const CONTEXT = { file: 'content/sources/talks/story.yaml', fix: 'give each version its own label.' };
let files = 0;
const version = (fields: Partial<LabelSource> = {}): LabelSource => ({
  file: `${(files += 1)}.txt`,
  given: undefined,
  outlet: undefined,
  host: undefined,
  published: undefined,
  updated: undefined,
  original: false,
  ...fields,
});
const labels = (...versions: LabelSource[]) => versionLabels(versions, CONTEXT);

describe('versionLabels', () => {
  test('a version without a given label is labelled by the outlet its file names', () => {
    expect(labels(version({ original: true, outlet: 'Reuters' }), version({ outlet: 'The Guardian' }))).toEqual([
      'Reuters',
      'The Guardian',
    ]);
  });

  test('without an outlet, the host the page came from stands in', () => {
    expect(labels(version({ original: true, outlet: 'Reuters' }), version({ host: 'example.com' }))).toEqual([
      'Reuters',
      'example.com',
    ]);
  });

  test('without either, the original is "Original", the next "Rewrite", then "Version 3", "Version 4"', () => {
    expect(labels(version({ original: true }), version(), version(), version())).toEqual([
      'Original',
      'Rewrite',
      'Version 3',
      'Version 4',
    ]);
  });

  test('the numbers count every version that is not the original, wherever the original stands', () => {
    expect(labels(version(), version({ original: true }), version({ outlet: 'Reuters' }), version())).toEqual([
      'Rewrite',
      'Original',
      'Reuters',
      'Version 4',
    ]);
  });

  test('two versions of one outlet written on days surely different are told apart by the day', () => {
    expect(
      labels(
        version({ original: true, outlet: 'Reuters', published: '2025-03-03' }),
        version({ outlet: 'Reuters', published: '2025-03-04' }),
      ),
    ).toEqual(['Reuters, 3 March', 'Reuters, 4 March']);
    expect(
      labels(
        version({ original: true, outlet: 'Reuters', published: '2025-03-03T09:15+00:00' }),
        version({ outlet: 'Reuters', published: '2025-03-04T09:15+00:00' }),
      ),
    ).toEqual(['Reuters, 3 March', 'Reuters, 4 March']);
  });

  test('the day carries its year when the versions span years', () => {
    expect(
      labels(
        version({ original: true, outlet: 'Reuters', published: '2024-12-30T23:00-05:00' }),
        version({ outlet: 'Reuters', published: '2025-01-01T09:00-05:00' }),
      ),
    ).toEqual(['Reuters, 30 December 2024', 'Reuters, 1 January 2025']);
  });

  test('times less than a day apart are not told apart by their written days', () => {
    // 3 March 23:30 in New York is 4 March 04:30 UTC: the days written differ, the instants are 6 h apart.
    expect(
      labels(
        version({ original: true, outlet: 'Reuters', published: '2025-03-03T23:30-05:00' }),
        version({ outlet: 'Reuters', published: '2025-03-04T05:30+00:00' }),
      ),
    ).toEqual(['Reuters (earlier)', 'Reuters (later)']);
  });

  test('"earlier" and "later" follow the times, not the order of the versions', () => {
    expect(
      labels(
        version({ outlet: 'Reuters', published: '2025-03-03T10:00+00:00' }),
        version({ original: true, outlet: 'Reuters', published: '2025-03-03T09:00+00:00' }),
      ),
    ).toEqual(['Reuters (later)', 'Reuters (earlier)']);
    // Instants, not written clock times: 10:00 in Paris is before 09:30 in London.
    expect(
      labels(
        version({ original: true, outlet: 'AFP', published: '2025-03-03T10:00+01:00' }),
        version({ outlet: 'AFP', published: '2025-03-03T09:30+00:00' }),
      ),
    ).toEqual(['AFP (earlier)', 'AFP (later)']);
  });

  test('an update dates a version before its publication does', () => {
    expect(
      labels(
        version({
          original: true,
          outlet: 'Reuters',
          published: '2025-03-03T09:00+00:00',
          updated: '2025-03-03T18:00+00:00',
        }),
        version({ outlet: 'Reuters', published: '2025-03-03T12:00+00:00' }),
      ),
    ).toEqual(['Reuters (later)', 'Reuters (earlier)']);
  });

  test('without times that can be put in order, they are numbered in the order of the versions', () => {
    expect(labels(version({ outlet: 'Reuters' }), version({ original: true, outlet: 'Reuters' }))).toEqual([
      'Reuters (1)',
      'Reuters (2)',
    ]);
    // The same time, a day beside a time, and a time without a zone beside one with: no order claimed.
    for (const [a, b] of [
      ['2025-03-03T09:00+00:00', '2025-03-03T09:00+00:00'],
      ['2025-03-03', '2025-03-04T09:00+00:00'],
      ['2025-03-03T09:00', '2025-03-05T09:00+00:00'],
      ['2025-03-03', '2025-03-03'],
    ]) {
      expect(
        labels(
          version({ original: true, outlet: 'Reuters', published: a }),
          version({ outlet: 'Reuters', published: b }),
        ),
      ).toEqual(['Reuters (1)', 'Reuters (2)']);
    }
  });

  test('three versions of one outlet are numbered, by time when the times tell', () => {
    expect(
      labels(version({ outlet: 'AP', original: true }), version({ outlet: 'AP' }), version({ outlet: 'AP' })),
    ).toEqual(['AP (1)', 'AP (2)', 'AP (3)']);
    expect(
      labels(
        version({ outlet: 'AP', original: true, published: '2025-03-03T12:00+00:00' }),
        version({ outlet: 'AP', published: '2025-03-03T08:00+00:00' }),
        version({ outlet: 'AP', published: '2025-03-03T10:00+00:00' }),
      ),
    ).toEqual(['AP (3 of 3 by time)', 'AP (1 of 3 by time)', 'AP (2 of 3 by time)']);
  });

  test('a given label is never changed; a made one that repeats it is made distinct', () => {
    expect(labels(version({ original: true, given: 'Reuters' }), version({ outlet: 'Reuters' }))).toEqual([
      'Reuters',
      'Reuters (2)',
    ]);
    expect(labels(version({ original: true, given: 'Rewrite' }), version())).toEqual(['Rewrite', 'Rewrite (2)']);
    expect(
      labels(
        version({ original: true, given: 'Reuters, 4 March' }),
        version({ outlet: 'Reuters', published: '2025-03-04' }),
        version({ outlet: 'Reuters', published: '2025-03-05' }),
      ),
    ).toEqual(['Reuters, 4 March', 'Reuters, 4 March (2)', 'Reuters, 5 March']);
  });

  test('outlets differing only in case or spacing are one outlet, each label keeping its own spelling', () => {
    expect(labels(version({ original: true, outlet: 'Reuters' }), version({ outlet: 'REUTERS' }))).toEqual([
      'Reuters (1)',
      'REUTERS (2)',
    ]);
  });

  test("an outlet named like an ordinal does not take the ordinal's place", () => {
    expect(labels(version({ original: true }), version({ outlet: 'Original' }))).toEqual([
      'Original',
      'Original (outlet)',
    ]);
    expect(labels(version({ original: true, outlet: 'Rewrite' }), version({ outlet: 'version 2' }))).toEqual([
      'Rewrite (outlet)',
      'version 2 (outlet)',
    ]);
  });

  test('no two labels are ever equal', () => {
    const made = labels(
      version({ given: 'Original' }),
      version({ original: true }),
      version({ given: 'Version 4' }),
      version(),
      version({ outlet: 'Version 4' }),
    );
    expect(new Set(made.map((label) => label.toLowerCase())).size).toBe(made.length);
    expect(made[0]).toBe('Original');
    expect(made[2]).toBe('Version 4');
  });

  test('two equal given labels are an error naming both files and saying how to tell them apart', () => {
    const error = errorOf(() =>
      labels(version({ file: 'a.txt', given: 'Reuters' }), version({ file: 'b.html', given: 'Reuters' })),
    );
    expect(error.file).toBe(CONTEXT.file);
    expect(error.problem).toBe(
      '"a.txt" and "b.html" are both labelled "Reuters", and a reader could not tell them apart.',
    );
    expect(error.fix).toBe(
      `${CONTEXT.fix} Say what sets each apart, e.g. the day ("Reuters, 3 March") or the edition ("Reuters, UK").`,
    );
  });

  test('given labels that differ only in case, width, spacing or invisible characters are equal, both quoted', () => {
    for (const [first, second] of [
      ['Reuters', 'reuters'],
      ['Reuters', 'Ｒｅｕｔｅｒｓ'],
      ['The Times', 'The  Times '],
      ['Reuters', 'Reu\u200Bters'],
    ] as const) {
      const error = errorOf(() =>
        labels(version({ file: 'a.txt', given: first }), version({ file: 'b.html', given: second })),
      );
      expect(error.problem).toBe(
        `"a.txt" is labelled "${first}" and "b.html" "${second}": labels that differ only in case, spacing or invisible characters read as one, and a reader could not tell them apart.`,
      );
    }
  });
});
