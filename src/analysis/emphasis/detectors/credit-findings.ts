/**
 * Who the information is credited to: a news agency the rewrite no longer credits (or newly
 * credits), and a byline or photo credit dropped or changed.
 */
import { foldCase } from '../../units/normalize.ts';
import type { EmphasisContext } from '../context.ts';
import { unitsOf } from '../context.ts';
import type { Draft, Mark } from '../finding.ts';
import { excerpt, NOWHERE } from '../finding.ts';
import { SALIENCE } from '../salience.ts';
import { NEWS_AGENCIES } from '../lexicons.ts';

/** Each agency's name as whole words, with its capitals: "AP" is not "ap" or "map". */
const AGENCY_PATTERNS = NEWS_AGENCIES.map((name) => ({
  name,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'),
}));

/**
 * True when the text credits the agency: its name in parentheses or after a slash ("/ AFP"),
 * after "by", "via", "told" or "according to", or before "said", "reported" or "news agency". A
 * name that merely contains it ("Michael Bloomberg") or a place ("coastal AP") is not a credit.
 */
function creditedIn(text: string, pattern: RegExp): boolean {
  const match = pattern.exec(text);
  if (match === null) return false;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  return (
    /(?:\(|\/|\b(?:by|via|told|to|from))\s*$/iu.test(before) ||
    /^\s*(?:\)|\/|['’]s\b|(?:said|says|reported|reports|report|news agency|wire|correspondents?|reporters?)\b)/iu.test(
      after,
    )
  );
}

/** The agencies credited in any of the texts (a version's units, byline and photo credit). */
export function creditedAgencies(texts: readonly string[]): string[] {
  return AGENCY_PATTERNS.filter(({ pattern }) => texts.some((text) => creditedIn(text, pattern))).map(
    ({ name }) => name,
  );
}

/** An agency credited in one version's text and not in the other's. */
export function agencyFindings(context: EmphasisContext): Draft[] {
  const drafts: Draft[] = [];
  const texts = (side: 'from' | 'to') => [
    ...unitsOf(context, side).map((info) => info.unit.text),
    context.input[side].credits.photo ?? '',
    context.input[side].credits.byline ?? '',
  ];
  const inText = (side: 'from' | 'to', pattern: RegExp) =>
    unitsOf(context, side).some((info) => creditedIn(info.unit.text, pattern));
  for (const { name, pattern } of AGENCY_PATTERNS) {
    const inFrom = texts('from').some((text) => creditedIn(text, pattern));
    const inTo = texts('to').some((text) => creditedIn(text, pattern));
    // An agency named only in a credit is the credit finding's to report.
    if (inFrom === inTo || !(inFrom ? inText('from', pattern) : inText('to', pattern))) continue;
    const side = inFrom ? 'from' : 'to';
    const where = unitsOf(context, side).filter((info) => creditedIn(info.unit.text, pattern));
    const marks: Mark[] = where.flatMap((info) => {
      const match = pattern.exec(info.unit.text)!;
      return [
        {
          side,
          unit: info.unit.id,
          start: match.index,
          end: match.index + match[0].length,
          category: 'source' as const,
        },
      ];
    });
    const place =
      where.length > 0
        ? { units: where.map((info) => info.unit.id), excerpt: excerpt(where[0]!.unit.text) }
        : { units: [], excerpt: name };
    drafts.push({
      kind: 'attribution',
      change: inFrom ? 'dropped' : 'added',
      salience: inFrom ? SALIENCE.attribution.agencyDropped : SALIENCE.attribution.agencyAdded,
      from: inFrom ? place : NOWHERE,
      to: inFrom ? NOWHERE : place,
      marks,
      group: where.length > 0 ? context.groupOf[side].get(where[0]!.unit.id)?.id : undefined,
      explanation: inFrom
        ? `The rewrite no longer credits ${name}: a reader cannot tell the information came from that agency.`
        : `The rewrite credits ${name}, which the original does not mention.`,
    });
  }
  return drafts;
}

/** A byline or photo credit the rewrite drops or changes. */
export function creditFindings(context: EmphasisContext): Draft[] {
  const drafts: Draft[] = [];
  for (const [field, label, salience] of [
    ['byline', 'byline', SALIENCE.attribution.bylineDropped],
    ['photo', 'photo credit', SALIENCE.attribution.photoCreditDropped],
  ] as const) {
    const fromCredit = context.input.from.credits[field];
    const toCredit = context.input.to.credits[field];
    if (
      fromCredit === undefined ||
      fromCredit.trim() === '' ||
      (toCredit !== undefined && foldCase(toCredit) === foldCase(fromCredit))
    )
      continue;
    drafts.push({
      kind: 'attribution',
      change: toCredit === undefined ? 'dropped' : 'changed',
      salience: toCredit === undefined ? salience : salience - SALIENCE.attribution.creditChangedDiscount,
      from: { units: [], excerpt: fromCredit },
      to: toCredit === undefined ? NOWHERE : { units: [], excerpt: toCredit },
      marks: [],
      explanation:
        toCredit === undefined
          ? `The rewrite drops the original’s ${label}, “${fromCredit}”.`
          : `The ${label} changed from “${fromCredit}” to “${toCredit}”.`,
    });
  }
  return drafts;
}
