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

/** A credit line: a short unit that credits a reporter, an editor or another newsroom. */
const CREDIT_LINE = [
  /^\(?\s*(?:by|written by|story by)\s+\p{Lu}/iu,
  /^\(?\s*(?:additional\s+)?reporting\s+by\b/iu,
  /^\(?\s*with\s+(?:additional\s+)?(?:reporting|reports|files)\s+(?:from|by)\b/iu,
  /^\(?\s*(?:editing|edited|writing|compiled)\s+by\b/iu,
  /\bcontributed\s+(?:to\s+this\s+(?:report|story|article)|reporting)\b/iu,
];

/** Words a credit line has at most: longer, it is a sentence that happens to begin "By …". */
const CREDIT_LINE_WORDS = 30;
/** A byline names a person or two: "By Jane Smith", "By Jane Smith and Tom Reyes". */
const BYLINE_WORDS = 8;

/** A dateline's place at the start of a lede: "BEIRUT", "MOGADISHU, Somalia", "LONDON". */
const DATELINE =
  /^(\p{Lu}{2,}[\p{Lu}\s.'’/-]*?(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?)\s*(?:,[^-–—]{1,25})?\s*(?:\([^)]*\))?\s*[-–—]+\s/u;

/**
 * True for a unit that is a credit line. A text pasted without its headline may open with its
 * byline, read as the headline: a byline is never a headline, so the headline is looked at too.
 */
function isCreditLine(info: UnitInfo): boolean {
  const words = info.words.length;
  if (info.unit.kind === 'standfirst' || words > CREDIT_LINE_WORDS) return false;
  const text = info.unit.text.trim();
  if (/^\(?\s*by\s/iu.test(text) && words > BYLINE_WORDS) return false;
  return CREDIT_LINE.some((pattern) => pattern.test(text));
}

/**
 * The dateline's place, as written, that opens a side's lede (its first sentence of the body), or
 * its headline: a text pasted without its headline opens with its lede, read as the headline.
 */
function datelineOf(context: EmphasisContext, side: 'from' | 'to'): string | undefined {
  const units = unitsOf(context, side).filter((info) => info.unit.kind !== 'standfirst' && !isCreditLine(info));
  const headline = units.find((info) => info.unit.kind === 'headline');
  const lede = units.find((info) => !TITLE_KINDS.has(info.unit.kind));
  for (const info of [lede, headline]) {
    const place = info === undefined ? undefined : DATELINE.exec(info.unit.text)?.[1]?.trim();
    if (place !== undefined) return place;
  }
  return undefined;
}

/** One finding for the credit lines and dateline one version has and the other does not. */
export function creditLineFindings(context: EmphasisContext): Draft[] {
  const lines = (side: 'from' | 'to') => unitsOf(context, side).filter(isCreditLine);
  const textOf = (side: 'from' | 'to') =>
    foldCase(
      unitsOf(context, side)
        .map((info) => info.unit.text)
        .join(' '),
    );
  const fromText = textOf('from');
  const toText = textOf('to');
  const dropped = lines('from').filter((info) => !toText.includes(foldCase(info.unit.text.trim())));
  const added = lines('to').filter((info) => !fromText.includes(foldCase(info.unit.text.trim())));
  const fromDateline = datelineOf(context, 'from');
  const datelineDropped =
    fromDateline !== undefined && !foldCase(datelineOf(context, 'to') ?? '').includes(foldCase(fromDateline));
  if (dropped.length === 0 && added.length === 0 && !datelineDropped) return [];
  const quoted = (infos: readonly UnitInfo[]) => listed(infos.map((info) => info.unit.text.trim()));
  const parts: string[] = [];
  if (datelineDropped) parts.push(`drops the dateline “${fromDateline}”`);
  if (dropped.length > 0) parts.push(`drops the credit ${dropped.length === 1 ? 'line' : 'lines'} ${quoted(dropped)}`);
  if (added.length > 0) parts.push(`${dropped.length > 0 ? 'credits' : 'adds the credit'} ${quoted(added)}`);
  const said = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
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
      explanation: `The rewrite ${said}${what}: who reported the story, and from where, reads differently.`,
    },
  ];
}
