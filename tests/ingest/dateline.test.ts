import { describe, expect, test } from 'vitest';
import { parseDateline } from '../../src/ingest/dateline.ts';

describe('parseDateline', () => {
  test.each([
    ['Published24 Nov 2025, 09:44 PM IST', '2025-11-24T21:44+05:30'],
    ['Published 24 Nov 2025, 12:05 AM IST', '2025-11-24T00:05+05:30'],
    ['Posted: November 24, 2025 9:44 pm GMT', '2025-11-24T21:44+00:00'],
    ['Posted on Nov. 3, 2024 at 7:15 a.m. EST', '2024-11-03T07:15-05:00'],
    ['Published 2025-11-24 21:44 +0100', '2025-11-24T21:44+01:00'],
    ['24 September 2025', '2025-09-24'],
    ['Sept 1, 2025', '2025-09-01'],
    ['Published 24 Nov 2025, 21:44', '2025-11-24T21:44'],
    ['Monday, November 24, 2025', '2025-11-24'],
    ['Mon 24 Nov 2025 21.44 GMT', '2025-11-24T21:44+00:00'],
    ['Nov 24, 2025 / 9:44 PM EST', '2025-11-24T21:44-05:00'],
    ['2025-11-24T21:44:00Z', '2025-11-24T21:44+00:00'],
    ['Published: 2025-11-24T21:44+05:30', '2025-11-24T21:44+05:30'],
  ])('reads %j as %s', (line, iso) => {
    expect(parseDateline(line)).toEqual({ kind: 'published', text: line, iso });
  });

  test('tells an update from the first publication', () => {
    expect(parseDateline('Updated: Nov 25, 2025 8:00 AM IST')).toEqual({
      kind: 'updated',
      text: 'Updated: Nov 25, 2025 8:00 AM IST',
      iso: '2025-11-25T08:00+05:30',
    });
    expect(parseDateline('Last updated 25 Nov 2025')?.kind).toBe('updated');
  });

  test('leaves the offset out for an ambiguous zone rather than guessing it', () => {
    // CST is both US Central (-06:00) and China (+08:00).
    expect(parseDateline('Published 24 Nov 2025, 09:44 PM CST')?.iso).toBe('2025-11-24T21:44');
  });

  test.each([
    'Published 31 Nov 2025',
    'Published 24 Nov 2025, 13:44 PM IST',
    'Published 24 Nov 2025, 25:10',
    'Moscow rejected the European version outright.',
    'Published his findings on 24 Nov 2025',
    'Mayor 3, 2025',
    'Decide 5, 2025',
    '24 Mayor 2025',
    '',
  ])('is not fooled by %j', (line) => {
    expect(parseDateline(line)).toBeUndefined();
  });
});
