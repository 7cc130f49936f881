import { expect, test } from 'vitest';
import { formatPublished } from '../../src/data/format-date.ts';

test.each([
  ['2025-11-24T21:44+05:30', '24 November 2025, 21:44 (UTC+05:30)'],
  ['2025-11-24T21:44+00:00', '24 November 2025, 21:44 (UTC)'],
  ['2025-01-02T07:05Z', '2 January 2025, 07:05 (UTC)'],
  ['2025-01-02T07:05', '2 January 2025, 07:05'],
  ['2025-01-02', '2 January 2025'],
])('shows %s in the zone it was published in: %s', (iso, shown) => {
  expect(formatPublished(iso)).toBe(shown);
});

test('shows an unexpected value as it is rather than a wrong date', () => {
  expect(formatPublished('soon')).toBe('soon');
});
