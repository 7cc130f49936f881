/**
 * A version's `published` date (ISO 8601 as ingest writes it) as an instant, for sorting and for
 * the feeds' date formats. Read from the string itself, never through the build machine's zone.
 */

/** One moment, in the forms the index and the feeds need. */
export interface PublishedTime {
  /** Milliseconds since 1970 (UTC), for sorting. */
  readonly epoch: number;
  /** RFC 3339, as JSON Feed wants it: `2025-11-24T21:44:00+05:30`. */
  readonly rfc3339: string;
  /** RFC 822 (with a four-digit year), as RSS 2.0 wants it: `Mon, 24 Nov 2025 21:44:00 +0530`. */
  readonly rfc822: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/u;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * The instant an ISO date names; undefined when it is not one. A date without a time is taken as
 * its midnight, and a time without a zone (ingest leaves out a zone it cannot be sure of) as UTC:
 * the feeds need some zone, and the day stays the one the article printed.
 */
export function publishedTime(iso: string): PublishedTime | undefined {
  const match = ISO.exec(iso);
  if (match === null) return undefined;
  const [, year = '', month = '', day = '', hour = '00', minute = '00', second = '00', zone = 'Z'] = match;
  const sign = zone.startsWith('-') ? -1 : 1;
  const offsetMinutes = zone === 'Z' ? 0 : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const local = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  if (Number.isNaN(local)) return undefined;
  const weekday = DAYS[new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay()]!;
  const time = `${hour}:${minute}:${second}`;
  return {
    epoch: local - offsetMinutes * 60_000,
    rfc3339: `${year}-${month}-${day}T${time}${zone === 'Z' ? 'Z' : zone}`,
    rfc822: `${weekday}, ${day} ${MONTHS[Number(month) - 1]} ${year} ${time} ${zone === 'Z' ? '+0000' : zone.replace(':', '')}`,
  };
}
