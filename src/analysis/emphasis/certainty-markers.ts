/**
 * The sourcing and certainty forms of a unit, in the writer's own words: attributions (a reporting
 * verb, "according to"), sourceless passives ("is believed to"), verification caveats and
 * conditionals, with their places, and how a finding shows one in its sentence. Words inside
 * quotation marks are the speaker's and are left out.
 */
import type { UnitInfo } from './context.ts';
import type { Mark } from './finding.ts';
import {
  ATTRIBUTION_PATTERNS,
  CAVEAT_PATTERNS,
  CONDITIONAL_PATTERNS,
  PASSIVE_ATTRIBUTION_PATTERNS,
} from './sourcing-lexicon.ts';

/** What a marker does to its claim: names a source, distances it, says it is unchecked, or conditional. */
export type Category = 'attribution' | 'passive' | 'caveat' | 'conditional';

/** A sourcing or certainty form found in a unit's own words. */
export interface Marker {
  readonly category: Category;
  readonly info: UnitInfo;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * False for sourcing that counts on its side but is not reported when it goes or comes: a verb
   * that frames a quotation, or one that reports an act more than it vouches for a claim.
   */
  readonly reportable?: boolean;
}

/** Words on each side of a marker when it is shown in its sentence. */
const WINDOW_WORDS = 5;
/**
 * Reporting verbs that attribute the sentence's claim to its subject. Verbs such as "ask",
 * "describe" or "respond" more often report an act than vouch for a claim: they count as sourcing
 * on their side, but their coming or going is not reported.
 */
const ATTRIBUTING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'state',
  'report',
  'announce',
  'add',
  'write',
  'note',
  'explain',
  'claim',
  'allege',
  'assert',
  'confirm',
  'acknowledge',
  'admit',
  'insist',
  'warn',
  'declare',
]);
/** Forms of "be" (and "get") before a participle: the passive, with no one named as the source. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'get',
  'got',
]);
/** A conditional clause is quoted up to its comma when the comma comes within this many characters. */
const CLAUSE_REACH = 100;
/** Characters between a reporting verb and a quotation it introduces or closes: “…,” she said. */
const QUOTATION_REACH = 40;

/** The sourcing and certainty forms of a unit, outside its quotations. */
export function markersOf(info: UnitInfo): Marker[] {
  // Quotations blanked out, offsets kept: what is left is the writer's own.
  let own = info.unit.text;
  for (const quotation of info.quotations)
    own = own.slice(0, quotation.start) + ' '.repeat(quotation.end - quotation.start) + own.slice(quotation.end);
  const markers: Marker[] = [];
  // A form that introduces or closes a quotation attributes the speaker's words, which the
  // quotation detectors follow: it counts as sourcing on its side, but its loss is not reported.
  const framesQuotation = (start: number, end: number) =>
    info.quotations.some(
      (q) =>
        (q.start >= end && q.start - end <= QUOTATION_REACH) || (q.end <= start && start - q.end <= QUOTATION_REACH),
    );
  const find = (patterns: readonly RegExp[], category: Category) => {
    for (const pattern of patterns)
      for (const match of own.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        const reportable = category !== 'attribution' || !framesQuotation(start, end);
        markers.push({ category, info, start, end, text: match[0], reportable });
      }
  };
  find(CAVEAT_PATTERNS, 'caveat');
  find(CONDITIONAL_PATTERNS, 'conditional');
  find(PASSIVE_ATTRIBUTION_PATTERNS, 'passive');
  find(ATTRIBUTION_PATTERNS, 'attribution');
  // A reporting verb names who speaks, unless it is in the passive.
  for (const verb of info.verbs) {
    // "to say": an infinitive reports no one's statement.
    if (info.words[verb.index - 1]?.folded === 'to') continue;
    // "is said to", "could not be confirmed": a passive names no one who vouches for the claim.
    // An active caveat ("officials have not confirmed") still names who checked.
    if (PASSIVE_AUXILIARIES.has(info.words[verb.index - 1]?.folded ?? '')) continue;
    const overlaps = (marker: Marker) => verb.start < marker.end && marker.start < verb.end;
    if (markers.some((marker) => marker.category === 'passive' && overlaps(marker))) continue;
    // Any reporting verb counts as sourcing on its side; only an attributing one, outside a
    // quotation's frame, is reported when it goes.
    const reportable = ATTRIBUTING_VERBS.has(verb.headword) && !framesQuotation(verb.start, verb.end);
    markers.push({ category: 'attribution', info, start: verb.start, end: verb.end, text: verb.text, reportable });
  }
  return markers.sort((x, y) => x.start - y.start);
}

/** A marker in a few words of its sentence, quoted: “…the video could not be independently verified”. */
export function inSentence(marker: Marker): string {
  const words = marker.info.words;
  const first = words.findIndex((word) => word.end > marker.start);
  const text = marker.info.unit.text;
  // A conditional is shown with its whole clause: the condition is what the rewrite lost.
  const comma = marker.category === 'conditional' ? text.indexOf(',', marker.end) : -1;
  const end = comma >= 0 && comma - marker.end <= CLAUSE_REACH ? comma : marker.end;
  let last = words.findIndex((word) => word.end >= end);
  if (last < 0) last = words.length - 1;
  const from = words[Math.max(0, first - WINDOW_WORDS)]!;
  const to = words[Math.min(words.length - 1, end === marker.end ? last + WINDOW_WORDS : last)]!;
  const before = from.start > 0 ? '…' : '';
  const after = to.end < text.trimEnd().length - 1 ? '…' : '';
  return `“${before}${text.slice(from.start, to.end)}${after}”`;
}

/** A marker as a mark in the text: sources as sources, caveats and conditionals as hedges. */
export function markOf(marker: Marker): Mark {
  return {
    side: marker.info.side,
    unit: marker.info.unit.id,
    start: marker.start,
    end: marker.end,
    category: marker.category === 'attribution' || marker.category === 'passive' ? 'source' : 'hedge',
  };
}
