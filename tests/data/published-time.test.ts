import { expect, test } from 'vitest';
import { publishedTime } from '../../src/data/published-time.ts';

test.each([
  [
    '2025-11-24T21:44+05:30',
    Date.UTC(2025, 10, 24, 16, 14),
    '2025-11-24T21:44:00+05:30',
    'Mon, 24 Nov 2025 21:44:00 +0530',
  ],
  [
    '2025-11-24T21:44-05:00',
    Date.UTC(2025, 10, 25, 2, 44),
    '2025-11-24T21:44:00-05:00',
    'Mon, 24 Nov 2025 21:44:00 -0500',
  ],
  ['2025-01-02T07:05:09Z', Date.UTC(2025, 0, 2, 7, 5, 9), '2025-01-02T07:05:09Z', 'Thu, 02 Jan 2025 07:05:09 +0000'],
  ['2025-01-02T07:05', Date.UTC(2025, 0, 2, 7, 5), '2025-01-02T07:05:00Z', 'Thu, 02 Jan 2025 07:05:00 +0000'],
  ['2024-02-29', Date.UTC(2024, 1, 29), '2024-02-29T00:00:00Z', 'Thu, 29 Feb 2024 00:00:00 +0000'],
])('reads %s in its own zone (none: UTC)', (iso, epoch, rfc3339, rfc822) => {
  expect(publishedTime(iso)).toEqual({ epoch, rfc3339, rfc822 });
});

test('is undefined for anything but an ISO date', () => {
  expect(publishedTime('24 November 2025')).toBeUndefined();
  expect(publishedTime('')).toBeUndefined();
});
