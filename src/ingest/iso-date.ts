/**
 * Machine-written dates (ISO 8601 as in HTML meta tags and JSON-LD, and YAML timestamps as in
 * Markdown frontmatter) in the one form the generated frontmatter holds: `2025-11-24`, or
 * `2025-11-24T21:44` with the offset when one is given (`+05:30`, `Z` as `+00:00`). Seconds and
 * fractions are dropped, as the plain-text datelines drop them (dateline.ts), so that one moment
 * reads the same whatever format it came in.
 */

// 2025-11-24 | 2025-11-24T21:44 | 2025-11-24T21:44:00.000Z | 2025-11-24 21:44:00 +05:30 | …+0530 | …-5
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ]\s*(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|z|[+-]\d{1,2}(?::?\d{2})?)?)?$/u;

/** The date in ISO 8601 as ingest writes it; undefined when the text is not one, or names an impossible date. */
export function isoDate(text: string): string | undefined {
  const match = ISO.exec(text.trim());
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second, zone] = match;
  // Round-trip through Date.UTC to refuse 31 November and the like.
  const probe = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (
    probe.getUTCFullYear() !== Number(year) ||
    probe.getUTCMonth() !== Number(month) - 1 ||
    probe.getUTCDate() !== Number(day)
  ) {
    return undefined;
  }
  const date = `${year}-${month}-${day}`;
  if (hour === undefined || minute === undefined) return date;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 60) return undefined;
  const offset = zone === undefined ? '' : zoneOffset(zone);
  return offset === undefined ? undefined : `${date}T${hour}:${minute}${offset}`;
}

/** "Z" -> "+00:00", "+0530" -> "+05:30", "-5" -> "-05:00" (YAML allows the short form). */
function zoneOffset(zone: string): string | undefined {
  if (zone.toUpperCase() === 'Z') return '+00:00';
  const parts = /^([+-])(\d{1,2}):?(\d{2})?$/u.exec(zone);
  if (parts === null) return undefined;
  const [, sign, hours = '', minutes = '00'] = parts;
  if (Number(hours) > 14 || Number(minutes) > 59) return undefined;
  return `${sign}${hours.padStart(2, '0')}:${minutes}`;
}
