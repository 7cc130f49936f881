import { MONTH_NAMES } from '../analysis/month-names.ts';

/**
 * Formats an ISO 8601 date as written by ingest for people: "24 November 2025, 21:44 (UTC+05:30)".
 * The date is shown in the zone the article was published in, read from the string itself rather
 * than through Date, so that neither the build machine's nor the reader's zone can shift the day.
 */
export function formatPublished(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/.exec(iso);
  if (match === null) return iso;
  const [, year, month, day, hour, minute, zone] = match;
  const date = `${Number(day)} ${MONTH_NAMES[Number(month) - 1] ?? month} ${year}`;
  if (hour === undefined || minute === undefined) return date;
  const offset = zone === undefined ? '' : ` (UTC${zone === 'Z' || zone === '+00:00' ? '' : zone})`;
  return `${date}, ${hour}:${minute}${offset}`;
}
