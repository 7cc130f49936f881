/**
 * Publication datelines as news sites print them ("Published24 Nov 2025, 09:44 PM IST",
 * "Updated: Monday, November 24, 2025 / 9:44 pm GMT", "2025-11-24T21:44:00Z"), turned into ISO 8601
 * with the offset they state.
 */

/** A recognised dateline: the line as written and the moment it names. */
export interface Dateline {
  /** Whether the line gives the first publication or a later update ("Updated: …"). */
  readonly kind: 'published' | 'updated';
  /** The line exactly as written (trimmed), so that no word of it is lost. */
  readonly text: string;
  /**
   * ISO 8601: `2025-11-24T21:44+05:30` when the line gives a time and a known zone,
   * `2025-11-24T21:44` for a time without a zone, `2025-11-24` for a date alone.
   */
  readonly iso: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * Zone abbreviations with one meaning in news datelines. IST is read as India Standard Time (the
 * seed story's outlet); CST, which means both US Central and China, is deliberately absent so that
 * it yields a time without an offset instead of a wrong one.
 */
const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  UTC: '+00:00',
  GMT: '+00:00',
  Z: '+00:00',
  BST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  EET: '+02:00',
  EEST: '+03:00',
  MSK: '+03:00',
  IST: '+05:30',
  PKT: '+05:00',
  JST: '+09:00',
  KST: '+09:00',
  AEST: '+10:00',
  AEDT: '+11:00',
  EST: '-05:00',
  EDT: '-04:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};

// The label is optional: a bare date on its own line in the header is a dateline too.
const LABEL = String.raw`(?:(?<label>(?:first\s+)?published|updated|last\s+updated|posted)(?:\s+on)?\s*:?\s*)?`;
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
// Month names exactly, full or abbreviated: "Mayor 3, 2025" is not a date.
const MONTH = String.raw`(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
// "09:44 PM IST", ", at 7:15 a.m. EST", " / 9:44 PM EST", " | 21.44 GMT".
const TIME = String.raw`(?:\s*[,/|·]?\s*(?:at\s+)?(?<hour>\d{1,2})[:.](?<minute>\d{2})\s*(?<meridiem>[ap]\.?m\.?)?\s*(?<zone>[A-Z]{1,4}|[+-]\d{2}:?\d{2})?)?`;
const DAY = String.raw`(?<day>\d{1,2})`;
const YEAR = String.raw`(?<year>\d{4})`;

const FORMS = [
  new RegExp(String.raw`^${LABEL}${WEEKDAY}${DAY}\s+${MONTH},?\s+${YEAR}${TIME}$`, 'iu'),
  new RegExp(String.raw`^${LABEL}${WEEKDAY}${MONTH}\s+${DAY},?\s+${YEAR}${TIME}$`, 'iu'),
  new RegExp(String.raw`^${LABEL}${YEAR}-(?<monthNumber>\d{2})-${DAY}${TIME}$`, 'iu'),
  // A machine timestamp: 2025-11-24T21:44:00Z, 2025-11-24T21:44+05:30.
  new RegExp(
    String.raw`^${LABEL}${YEAR}-(?<monthNumber>\d{2})-${DAY}T(?<hour>\d{2}):(?<minute>\d{2})(?::\d{2}(?:\.\d+)?)?(?<zone>Z|[+-]\d{2}:?\d{2})?$`,
    'iu',
  ),
];

/** Reads a line as a dateline; undefined when it is not one (or names an impossible date or time). */
export function parseDateline(line: string): Dateline | undefined {
  const text = line.trim();
  for (const form of FORMS) {
    const groups = form.exec(text)?.groups;
    if (groups !== undefined) return build(text, groups);
  }
  return undefined;
}

function build(text: string, groups: Record<string, string | undefined>): Dateline | undefined {
  const kind = groups['label'] !== undefined && /updated/iu.test(groups['label']) ? 'updated' : 'published';
  const year = Number(groups['year']);
  const month =
    groups['monthNumber'] !== undefined
      ? Number(groups['monthNumber'])
      : (MONTHS[(groups['month'] ?? '').toLowerCase().slice(0, 3)] ?? Number.NaN);
  const day = Number(groups['day']);
  // Round-trip through Date.UTC to reject 31 November and the like.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  const date = `${groups['year']}-${pad(month)}-${pad(day)}`;
  if (groups['hour'] === undefined || groups['minute'] === undefined) return { kind, text, iso: date };

  let hour = Number(groups['hour']);
  const minute = Number(groups['minute']);
  const meridiem = groups['meridiem'];
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem.toLowerCase().startsWith('p') ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  const zone = groups['zone'];
  return { kind, text, iso: `${date}T${pad(hour)}:${pad(minute)}${zone === undefined ? '' : zoneOffset(zone)}` };
}

/** "+0100" -> "+01:00"; a known abbreviation -> its offset; an unknown one -> no offset rather than a guess. */
function zoneOffset(zone: string): string {
  const numeric = /^([+-])(\d{2}):?(\d{2})$/u.exec(zone);
  if (numeric) return `${numeric[1]}${numeric[2]}:${numeric[3]}`;
  return ZONE_OFFSETS[zone.toUpperCase()] ?? '';
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
