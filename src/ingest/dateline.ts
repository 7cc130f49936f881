/**
 * Publication datelines as news sites print them ("Published24 Nov 2025, 09:44 PM IST",
 * "Updated: November 24, 2025 9:44 pm GMT"), turned into ISO 8601 with the offset they state.
 */

/** A recognised dateline: the line as written and the moment it names. */
export interface Dateline {
  /** The line exactly as written (trimmed), so that no word of it is lost. */
  readonly text: string;
  /**
   * ISO 8601: `2025-11-24T21:44+05:30` when the line gives a time and a known zone,
   * `2025-11-24T21:44` for a time without a zone, `2025-11-24` for a date alone.
   */
  readonly iso: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * Zone abbreviations with one meaning in news datelines. IST is read as India Standard Time (the
 * seed story's outlet); CST, which means both US Central and China, is deliberately absent so that
 * it yields a time without an offset instead of a wrong one.
 */
const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  UTC: '+00:00', GMT: '+00:00', Z: '+00:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00',
  EET: '+02:00', EEST: '+03:00', MSK: '+03:00', IST: '+05:30', PKT: '+05:00', JST: '+09:00',
  KST: '+09:00', AEST: '+10:00', AEDT: '+11:00', EST: '-05:00', EDT: '-04:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

// The label is optional: a bare date on its own line in the header is a dateline too.
const PREFIX = String.raw`(?:(?:(?:first\s+)?published|updated|last\s+updated|posted)(?:\s+on)?\s*:?\s*)?`;
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?`;
const TIME = String.raw`(?:,?\s*(?:at\s+)?(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?\s*([A-Z]{1,4}|[+-]\d{2}:?\d{2})?)?`;
// "24 Nov 2025", "November 24, 2025" and "2025-11-24", each optionally followed by a time and zone.
const DAY_MONTH_YEAR = new RegExp(String.raw`^${PREFIX}(\d{1,2})\s+${MONTH},?\s+(\d{4})${TIME}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`^${PREFIX}${MONTH}\s+(\d{1,2}),?\s+(\d{4})${TIME}$`, 'i');
const ISO_DATE = new RegExp(String.raw`^${PREFIX}(\d{4})-(\d{2})-(\d{2})${TIME}$`, 'i');

/** Reads a line as a dateline; undefined when it is not one (or names an impossible date). */
export function parseDateline(line: string): Dateline | undefined {
  const text = line.trim();
  let match = DAY_MONTH_YEAR.exec(text);
  if (match) return build(text, match[3], monthNumber(match[2]), match[1], match.slice(4));
  match = MONTH_DAY_YEAR.exec(text);
  if (match) return build(text, match[3], monthNumber(match[1]), match[2], match.slice(4));
  match = ISO_DATE.exec(text);
  if (match) return build(text, match[1], Number(match[2]), match[3], match.slice(4));
  return undefined;
}

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase().slice(0, 3)] ?? Number.NaN;
}

function build(
  text: string,
  yearText: string | undefined,
  month: number,
  dayText: string | undefined,
  [hourText, minuteText, meridiem, zone]: (string | undefined)[],
): Dateline | undefined {
  const year = Number(yearText);
  const day = Number(dayText);
  // Round-trip through Date.UTC to reject 31 November and the like.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  const date = `${yearText}-${pad(month)}-${pad(day)}`;
  if (hourText === undefined || minuteText === undefined) return { text, iso: date };

  let hour = Number(hourText);
  const minute = Number(minuteText);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = meridiem.toLowerCase().startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  const offset = zone === undefined ? '' : zoneOffset(zone);
  return { text, iso: `${date}T${pad(hour)}:${pad(minute)}${offset}` };
}

function zoneOffset(zone: string): string {
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) return `${numeric[1]}${numeric[2]}:${numeric[3]}`;
  // An unknown abbreviation leaves the time without an offset rather than guessing one.
  return ZONE_OFFSETS[zone.toUpperCase()] ?? '';
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
