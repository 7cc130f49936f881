/**
 * A claim's sourcing and certainty compared as a whole across an aligned group: a verification
 * caveat, a conditional or an attribution that one side has and the other lacks, even when the
 * verbs differ ("the minister was on board, a spokesman said" → "the minister is believed to have
 * been on board"). The hedge words themselves are the lexical detector's; this one reports what
 * changes the footing of the claim: who vouches for it, and whether anyone checked it. Only the
 * writer's own words count: a quotation's "if" is the speaker's.
 */
import { isTop } from '../context.ts';
import type { EmphasisContext, UnitInfo } from '../context.ts';
import type { Category, Marker } from '../certainty-markers.ts';
import { inSentence, markersOf, markOf } from '../certainty-markers.ts';
import type { Draft, KindAndChange } from '../finding.ts';
import { clampSalience, excerpt, sideOf } from '../finding.ts';
import { prominence, SALIENCE } from '../salience.ts';

/** How much of a side's text a finding quotes: enough to show the claim. */
const QUOTE_LENGTH = 110;
/**
 * A side mostly in quotation marks keeps its sourcing in the quotation (the quotation detectors
 * judge it): an attribution gone from it is not a claim turned into the writer's own.
 */
const QUOTED_SHARE = 0.5;
/** Words around an attribution that name its source: "according to a video posted by…". */
const SOURCE_WORDS = 4;

/** Caveats, conditionals and attributions present on one side of a group and absent on the other. */
export function certaintyFindings(context: EmphasisContext): Draft[] {
  const drafts: Draft[] = [];
  for (const group of context.input.groups) {
    if (group.op === 'unchanged') continue;
    const from = group.from.map((id) => context.from.get(id)!);
    const to = group.to.map((id) => context.to.get(id)!);
    // The headline and standfirst are judged as a whole by the headline detector.
    if (from.some(isTop) || to.some(isTop)) continue;
    drafts.push(...compare(from, to, group.id));
  }
  return drafts;
}

function compare(from: readonly UnitInfo[], to: readonly UnitInfo[], group: string): Draft[] {
  const fromMarkers = from.flatMap(markersOf);
  const toMarkers = to.flatMap(markersOf);
  const of = (markers: readonly Marker[], category: Category) => markers.filter((m) => m.category === category);
  const weight = prominence(Math.min(...from.map((info) => info.position)));
  const fromQuote = `“${excerpt(from.map((info) => info.unit.text).join(' '), QUOTE_LENGTH)}”`;
  const toQuote = `“${excerpt(to.map((info) => info.unit.text).join(' '), QUOTE_LENGTH)}”`;
  const drafts: Draft[] = [];
  const push = (kindAndChange: KindAndChange, salience: number, explanation: string, marked: Marker[]) =>
    drafts.push({
      ...kindAndChange,
      salience: clampSalience(salience),
      from: sideOf(from),
      to: sideOf(to),
      marks: marked.map(markOf),
      explanation,
      group,
    });

  const fromCaveats = of(fromMarkers, 'caveat');
  const toCaveats = of(toMarkers, 'caveat');
  if (fromCaveats.length > 0 && toCaveats.length === 0) {
    // A caveat lost is among the most consequential edits: high wherever it sits.
    const caveat = fromCaveats[0]!;
    push(
      { kind: 'hedge', change: 'caveat dropped' },
      Math.max(SALIENCE.sourcing.caveatDroppedFloor, SALIENCE.sourcing.caveatDropped * weight),
      `The rewrite drops the original’s caveat “${caveat.text}” (${inSentence(caveat)}): what the original said was not verified now reads as established: ${toQuote}.`,
      [caveat],
    );
  } else if (toCaveats.length > 0 && fromCaveats.length === 0) {
    // The reverse makes the rewrite more careful: worth a note, not an alarm.
    const caveat = toCaveats[0]!;
    push(
      { kind: 'hedge', change: 'caveat added' },
      SALIENCE.sourcing.caveatAdded * weight,
      `The rewrite adds the caveat “${caveat.text}” (${inSentence(caveat)}), which the original does not have: ${fromQuote}.`,
      [caveat],
    );
  }

  // A conditional that is itself the caveat ("if the report is confirmed") is reported once.
  const overlapsCaveat = (marker: Marker) =>
    fromCaveats.some((caveat) => caveat.info === marker.info && marker.start < caveat.end && caveat.start < marker.end);
  const fromConditionals = of(fromMarkers, 'conditional').filter((marker) => !overlapsCaveat(marker));
  if (fromConditionals.length > 0 && of(toMarkers, 'conditional').length === 0) {
    const conditional = fromConditionals[0]!;
    push(
      { kind: 'hedge', change: 'conditional dropped' },
      SALIENCE.sourcing.conditionalDropped * weight,
      `The original makes this conditional (${inSentence(conditional)}); the rewrite states it without the condition: ${toQuote}.`,
      [conditional],
    );
  }

  const fromSources = of(fromMarkers, 'attribution');
  const toSources = of(toMarkers, 'attribution');
  const ownSource = (markers: readonly Marker[]) => markers.find((marker) => marker.reportable !== false);
  const quoted = mostlyQuoted(from) || mostlyQuoted(to);
  const fromOwn = ownSource(fromSources);
  const toOwn = ownSource(toSources);
  if (fromOwn !== undefined && toSources.length === 0 && !quoted && !fromSources.some((m) => sourceKept(m, to))) {
    const source = fromOwn;
    const passive = of(toMarkers, 'passive')[0];
    const instead =
      passive === undefined
        ? 'states it without a source'
        : `puts it at a distance with no one named (“${passive.text}”)`;
    push(
      { kind: 'attribution', change: 'source dropped' },
      SALIENCE.sourcing.sourceDropped * weight,
      `The original attributes this to a source (${inSentence(source)}): ${fromQuote}; the rewrite ${instead}: ${toQuote}.`,
      passive === undefined ? [source] : [source, passive],
    );
  } else if (toOwn !== undefined && fromSources.length === 0 && !quoted) {
    // A source added makes someone accountable for what the original stated plainly: a low note,
    // since it moves the claim away from the writer rather than toward it.
    const source = toOwn;
    push(
      { kind: 'attribution', change: 'source added' },
      SALIENCE.sourcing.sourceAdded * weight,
      `The rewrite attributes to a source (${inSentence(source)}) what the original stated plainly: ${fromQuote}.`,
      [source],
    );
  }
  return drafts;
}

/**
 * True when the source an attribution names is still in the other side's words, in another place:
 * "…, according to a video posted online" → "A video posted online showed…". The source is read
 * as the longer words just before and after the attribution; two of them found is enough.
 */
function sourceKept(marker: Marker, other: readonly UnitInfo[]): boolean {
  const words = marker.info.words;
  const first = words.findIndex((word) => word.end > marker.start);
  const last = words.findIndex((word) => word.end >= marker.end);
  if (first < 0 || last < 0) return false;
  const near = [
    ...words.slice(Math.max(0, first - SOURCE_WORDS), first),
    ...words.slice(last + 1, last + 1 + SOURCE_WORDS),
  ]
    .map((word) => word.folded)
    .filter((folded) => folded.length > 3);
  const theirs = new Set(other.flatMap((info) => info.words.map((word) => word.folded)));
  return near.filter((folded) => theirs.has(folded)).length >= 2;
}

/** True when most of a side's text is inside quotation marks. */
function mostlyQuoted(infos: readonly UnitInfo[]): boolean {
  const total = infos.reduce((sum, info) => sum + info.unit.text.length, 0);
  const quoted = infos.reduce(
    (sum, info) => sum + info.quotations.reduce((inner, quotation) => inner + quotation.end - quotation.start, 0),
    0,
  );
  return total > 0 && quoted / total > QUOTED_SHARE;
}
