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

  test('two versions of one outlet published on different days are told apart by the day', () => {
    expect(
      labels(
        version({ original: true, outlet: 'Reuters', published: '2025-03-03T09:15+00:00' }),
        version({ outlet: 'Reuters', published: '2025-03-04' }),
      ),
    ).toEqual(['Reuters, 3 March', 'Reuters, 4 March']);
  });

  test('the day carries its year when the versions span years', () => {
    expect(
      labels(
        version({ original: true, outlet: 'Reuters', published: '2024-12-31T23:00-05:00' }),
        version({ outlet: 'Reuters', published: '2025-01-01' }),
      ),
    ).toEqual(['Reuters, 31 December 2024', 'Reuters, 1 January 2025']);
  });

  test('on one day, or without a date, they are "earlier" and "later" by the order of the versions', () => {
    expect(
      labels(
        version({ original: true, outlet: 'Reuters', published: '2025-03-03T09:15+00:00' }),
        version({ outlet: 'Reuters', published: '2025-03-03T17:40+00:00' }),
      ),
    ).toEqual(['Reuters (earlier)', 'Reuters (later)']);
    expect(labels(version({ outlet: 'Reuters' }), version({ original: true, outlet: 'Reuters' }))).toEqual([
      'Reuters (earlier)',
      'Reuters (later)',
    ]);
  });

  test('three versions of one outlet on one day are numbered', () => {
    expect(
      labels(version({ outlet: 'AP', original: true }), version({ outlet: 'AP' }), version({ outlet: 'AP' })),
    ).toEqual(['AP (1 of 3)', 'AP (2 of 3)', 'AP (3 of 3)']);
  });

  test('a given label is never changed; a made one that repeats it is made distinct', () => {
    expect(labels(version({ original: true, given: 'Reuters' }), version({ outlet: 'Reuters' }))).toEqual([
      'Reuters',
      'Reuters (later)',
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

  test('labels differing only in case or spacing count as equal', () => {
    expect(labels(version({ original: true, outlet: 'Reuters' }), version({ outlet: 'reuters ' }))).toEqual([
      'Reuters (earlier)',
      'Reuters (later)',
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

  test('two equal given labels are an error naming both files', () => {
    const error = errorOf(() =>
      labels(version({ file: 'a.txt', given: 'Reuters' }), version({ file: 'b.html', given: 'reuters' })),
    );
    expect(error.file).toBe(CONTEXT.file);
    expect(error.problem).toBe(
      '"a.txt" and "b.html" are both labelled "reuters", and a reader could not tell them apart.',
    );
    expect(error.fix).toBe(CONTEXT.fix);
  });
});
