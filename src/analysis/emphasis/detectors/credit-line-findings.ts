/**
 * Credit lines and datelines in the text itself: "By Jane Smith", "(Additional reporting by …)",
 * "Fox News' Jane Smith contributed to this report", "With reports from …", and the place a wire
 * story is filed from ("BEIRUT —"). They say whose work the story is and where it was reported;
 * a rewrite that drops them, or puts its own in their place, changes who the reader thinks did the
 * reporting. Bylines kept as metadata are the credit findings' to report.
 */
import { foldCase } from '../../units/normalize.ts';
import type { EmphasisContext, UnitInfo } from '../context.ts';
import { TITLE_KINDS, unitsOf } from '../context.ts';
import type { Draft } from '../finding.ts';
import { listed, NOWHERE } from '../finding.ts';
import { SALIENCE } from '../salience.ts';
import { isByline, isCreditLine } from '../credit-lines.ts';

/**
 * A dateline's place at the start of a lede ("BEIRUT —", "MOGADISHU, Somalia —", "LONDON, April 3
 * (Reuters) -"): a place in capitals, then a dash and the lede's first word, capitalised.
 */
const DATELINE =
  /^(\p{Lu}{3,}[\p{Lu}\s.'’/-]*?(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?)\s*(?:,[^-–—]{1,25})?\s*(?:\([^)]*\))?\s*[-–—]+\s+(?=["“‘']?\p{Lu})/u;

/** Labels set before a lede as a dateline is: a kind of story, not a place. */
const LABELS = new Set([
  'LIVE',
  'EXCLUSIVE',
  'BREAKING',
  'UPDATE',
  'UPDATED',
  'WATCH',
  'ANALYSIS',
  'OPINION',
  'EDITORIAL',
  'VIDEO',
  'PHOTOS',
  'CORRECTION',
  'REVIEW',
]);

/** Words a headline has at least to be read as a lede pasted without its headline. */
const LEDE_AS_HEADLINE_WORDS = 15;

/**
 * The dateline's place, as written, that opens a side's lede (its first sentence of the body), or
 * its headline when that is a whole sentence: a text pasted without its headline opens with its
 * lede, read as the headline.
 */
function datelineOf(context: EmphasisContext, side: 'from' | 'to'): string | undefined {
  const units = unitsOf(context, side).filter((info) => info.unit.kind !== 'standfirst' && !isCreditLine(info));
  const headline = units.find((info) => info.unit.kind === 'headline' && info.words.length >= LEDE_AS_HEADLINE_WORDS);
  const lede = units.find((info) => !TITLE_KINDS.has(info.unit.kind));
  for (const info of [lede, headline]) {
    const place = info === undefined ? undefined : DATELINE.exec(info.unit.text)?.[1]?.trim();
    if (place !== undefined && !LABELS.has(place.split(/[\s,]/u)[0]!)) return place;
  }
  return undefined;
}

/** True when a side's lede (or whole-sentence headline) opens with the place, in any case. */
function opensWith(context: EmphasisContext, side: 'from' | 'to', place: string): boolean {
  const first = foldCase(place.split(/[\s,]/u)[0]!);
  return unitsOf(context, side)
    .filter((info) => info.unit.kind !== 'standfirst' && !isCreditLine(info))
    .slice(0, 2)
    .some((info) => foldCase(info.unit.text.trimStart().slice(0, 40)).startsWith(first));
}

/** One finding for the credit lines and dateline one version has and the other does not. */
export function creditLineFindings(context: EmphasisContext): Draft[] {
  const lines = (side: 'from' | 'to') => unitsOf(context, side).filter(isCreditLine);
  // A side's text with its credits kept apart from the text (a byline in the page's metadata).
  const textOf = (side: 'from' | 'to') =>
    foldCase(
      [
        ...unitsOf(context, side).map((info) => info.unit.text),
        context.input[side].credits.byline ?? '',
        context.input[side].credits.photo ?? '',
      ].join(' '),
    );
  const fromText = textOf('from');
  const toText = textOf('to');
  // A byline is kept when its names are (as a byline in the text or in the metadata).
  const said = (info: UnitInfo, text: string) => {
    const line = info.unit.text.trim();
    const key = isByline(line) ? line.replace(/^\(?\s*(?:[Bb]y|[Ww]ritten by|[Ss]tory by)\s+/u, '') : line;
    return text.includes(foldCase(key.replace(/[.)]+$/u, '')));
  };
  const dropped = lines('from').filter((info) => !said(info, toText));
  const added = lines('to').filter((info) => !said(info, fromText));
  const fromDateline = datelineOf(context, 'from');
  const datelineDropped = fromDateline !== undefined && !opensWith(context, 'to', fromDateline);
  if (dropped.length === 0 && added.length === 0 && !datelineDropped) return [];
  const quoted = (infos: readonly UnitInfo[]) => listed(infos.map((info) => info.unit.text.trim()));
  const parts: string[] = [];
  if (datelineDropped) parts.push(`drops the dateline “${fromDateline}”`);
  if (dropped.length > 0) parts.push(`drops the credit ${dropped.length === 1 ? 'line' : 'lines'} ${quoted(dropped)}`);
  if (added.length > 0) parts.push(`${dropped.length > 0 ? 'credits' : 'adds the credit'} ${quoted(added)}`);
  const summed = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  const what = dropped.length > 0 && added.length > 0 ? ' instead' : '';
  return [
    {
      kind: 'attribution',
      change:
        dropped.length > 0 || datelineDropped ? ('credit lines dropped' as const) : ('credit lines added' as const),
      salience:
        dropped.length > 0 || datelineDropped
          ? SALIENCE.attribution.bylineDropped
          : SALIENCE.attribution.creditLineAdded,
      from:
        dropped.length > 0 ? { units: dropped.map((info) => info.unit.id), excerpt: dropped[0]!.unit.text } : NOWHERE,
      to: added.length > 0 ? { units: added.map((info) => info.unit.id), excerpt: added[0]!.unit.text } : NOWHERE,
      marks: [],
      explanation: `The rewrite ${summed}${what}: who reported the story, and from where, reads differently.`,
    },
  ];
}
