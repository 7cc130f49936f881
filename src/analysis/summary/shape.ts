/**
 * What kind of rewrite this is, in one sentence: how much of the original's body it keeps (word
 * for word or reworded), how much it drops and adds, and where ("drops the last 12, and opens with
 * 4 sentences of its own"). Counted in sentences of the body: the headline has a sentence of its
 * own, and headings are signposts rather than text.
 */
import type { EmphasisContext } from '../emphasis/context.ts';
import type { Run } from '../emphasis/runs.ts';
import { ledePlace, ledeOf, ordinal, unalignedRuns } from '../emphasis/runs.ts';
import type { Report, ReportSummary } from '../report/report-schema.ts';
import type { Unit } from '../units/units.ts';
import { counted, joined, nounOf } from './words.ts';

/** The body's counts, as the report's summary stores them. */
export type BodyCounts = ReportSummary['body'];

/** True for a unit of the body's text: not the headline, the standfirst or a heading. */
export const isBodyText = (unit: Pick<Unit, 'kind'>): boolean => unit.kind === 'sentence' || unit.kind === 'list-item';

/** The counts of the body: the original's sentences kept, reworded and dropped, the rewrite's added. */
export function bodyCounts(report: Pick<Report, 'from' | 'to' | 'groups' | 'dropped' | 'added'>): BodyCounts {
  const changed = new Map(report.groups.flatMap((group) => group.from.map((id) => [id, group.changed] as const)));
  const dropped = new Set(report.dropped);
  const added = new Set(report.added);
  const from = report.from.units.filter(isBodyText);
  const to = report.to.units.filter(isBodyText);
  const kept = from.filter((unit) => !dropped.has(unit.id));
  return {
    original: from.length,
    kept: kept.length,
    reworded: kept.filter((unit) => changed.get(unit.id) === true).length,
    dropped: from.length - kept.length,
    rewrite: to.length,
    added: to.filter((unit) => added.has(unit.id)).length,
  };
}

/** The sentences about the body: its shape, and where the original's lede went when it moved. */
export function shapeSentences(context: EmphasisContext, counts: BodyCounts): string[] {
  const fromNoun = nounOf(context.input.from.units.filter(isBodyText));
  const toNoun = nounOf(context.input.to.units.filter(isBodyText));
  const { original, kept, dropped, rewrite, added } = counts;
  if (original === 0) {
    if (rewrite === 0) return ['Neither version has any body text.'];
    const own = rewrite === 1 ? `only ${toNoun.one} is` : `${rewrite} ${toNoun.many} are all`;
    return [`The original has no text beyond its headline; the rewrite’s ${own} its own.`];
  }
  if (kept === 0) {
    const all =
      original === 1
        ? `the original’s only ${fromNoun.one}`
        : `${original === 2 ? 'both' : `all ${original}`} of the original’s ${fromNoun.many}`;
    const own = rewrite === 0 ? 'has none of its own' : `has ${counted(rewrite, toNoun)} of its own`;
    // The headline is said apart: "shares no text" would contradict a headline kept.
    return [`The rewrite keeps none of the original’s body: it drops ${all} and ${own}.`];
  }
  const parts = [keptPhrase(counts, fromNoun)];
  if (dropped > 0) parts.push(droppedPhrase(unalignedRuns(context, 'from'), dropped));
  parts.push(added === 0 ? 'adds none of its own' : addedPhrase(unalignedRuns(context, 'to'), added));
  const sentences = [`The rewrite ${listedParts(parts)}.`];
  const lede = ledeSentence(context);
  if (lede !== undefined) sentences.push(lede);
  return sentences;
}

/** "keeps 14 of the original’s 30 sentences, 9 of them reworded". */
function keptPhrase(counts: BodyCounts, noun: { readonly one: string; readonly many: string }): string {
  const { original, kept, reworded } = counts;
  const which =
    original === 1
      ? `the original’s only ${noun.one}`
      : kept === original
        ? `${original === 2 ? 'both' : `all ${original}`} of the original’s ${noun.many}`
        : `${kept === 1 ? 'one' : kept} of the original’s ${original} ${noun.many}`;
  const how =
    reworded === 0
      ? ' word for word'
      : reworded === kept
        ? kept === 1
          ? ', reworded'
          : `, ${kept === 2 ? 'both' : 'all'} of them reworded`
        : `, ${reworded === 1 ? 'one' : reworded} of them reworded`;
  return `keeps ${which}${how}`;
}

/** Where the dropped sentences were: "drops the last 12", "drops the first one", "drops 7 in 3 places". */
function droppedPhrase(runs: readonly Run[], dropped: number): string {
  const many = (count: number) => (count === 1 ? 'one' : `${count}`);
  if (runs.length === 1) {
    const run = runs[0]!;
    if (run.closes && !run.opens) return `drops the last ${many(dropped)}`;
    if (run.opens && !run.closes) return `drops the first ${many(dropped)}`;
    return dropped === 1 ? 'drops one' : `drops ${dropped} in a row`;
  }
  const opening = runs.find((run) => run.opens && run.members.length > 1);
  const closing = runs.find((run) => run.closes && run.members.length > 1);
  const among = [
    opening === undefined ? '' : `the first ${opening.members.length}`,
    closing === undefined ? '' : `the last ${closing.members.length}`,
  ].filter((part) => part !== '');
  return among.length > 0
    ? `drops ${dropped}, among them ${joined(among)}`
    : `drops ${dropped} in ${runs.length} places`;
}

/**
 * Where the added sentences are, in reading order: "opens with 4 sentences of its own", "adds 3
 * sentences of its own in a row and ends with 9 more", "adds 5 of its own in 3 places".
 */
function addedPhrase(runs: readonly Run[], added: number): string {
  const opening = runs.find((run) => run.opens);
  const closing = runs.find((run) => run.closes && run !== opening);
  const middle = runs.filter((run) => run !== opening && run !== closing);
  // Counted in what the runs hold: "sentences", or "list items" when that is all they are.
  const of = (chosen: readonly Run[]) => nounOf(chosen.flatMap((run) => run.members.map((info) => info.unit)));
  const size = (chosen: readonly Run[]) => chosen.reduce((sum, run) => sum + run.members.length, 0);
  const parts: string[] = [];
  // The first part names the noun and says "of its own"; the next ones say "more".
  const amount = (chosen: readonly Run[]) =>
    parts.length === 0
      ? `${counted(size(chosen), of(chosen))} of its own`
      : `${size(chosen) === 1 ? 'one' : size(chosen)} more`;
  if (opening !== undefined) parts.push(`opens with ${amount([opening])}`);
  if (middle.length > 0) {
    const where = middle.length > 1 ? ` in ${middle.length} places` : size(middle) > 1 ? ' in a row' : '';
    parts.push(`adds ${amount(middle)}${where}`);
  }
  if (closing !== undefined) parts.push(`ends with ${amount([closing])}`);
  return parts.length === 0 ? `adds ${counted(added, of(runs))} of its own` : joined(parts);
}

/** Parts of one sentence joined with commas and a closing "and" (the parts may hold commas themselves). */
function listedParts(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`;
}

/**
 * Where the original's lede went, when it is not the rewrite's first sentence any more: the most
 * read sentence after the headline. Said only when the rewrite keeps some of the original.
 */
function ledeSentence(context: EmphasisContext): string | undefined {
  const lede = ledeOf(context);
  if (lede === undefined || !isBodyText(lede.unit)) return undefined;
  const place = ledePlace(context);
  if (place === 1) return undefined;
  if (place === undefined) return 'The original’s lede is not in the rewrite.';
  return `The original’s lede now comes ${ordinal(place)}.`;
}
