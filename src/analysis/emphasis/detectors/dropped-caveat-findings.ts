/**
 * Verification caveats that go with a sentence the rewrite drops while the claim they qualified
 * stays: a caveat set as its own sentence after the claim ("The footage could not be independently
 * verified."), the claim kept; or a caveated claim dropped and stated again, plainly, in a sentence
 * of the rewrite's own ("if the count is confirmed, this would be the largest colony" → a crosshead
 * "Largest colony"). A caveat lost is among the most consequential edits (wire-service practice),
 * so these rank high; a caveat dropped together with its whole claim is an omission like any other.
 */
import { isTop } from '../context.ts';
import type { EmphasisContext, UnitInfo } from '../context.ts';
import type { Marker } from '../certainty-markers.ts';
import { inSentence, markersOf, markOf } from '../certainty-markers.ts';
import type { Draft } from '../finding.ts';
import { clampSalience, excerpt, sideOf } from '../finding.ts';
import { prominence, SALIENCE } from '../salience.ts';

/** A sentence with at most this many content words besides its caveat is the caveat alone. */
const CAVEAT_ONLY_WORDS = 4;
/** Content words a plain restatement must share with the caveated claim. */
const SHARED_WORDS = 2;
/** Words this long or longer carry content ("first", "colony"; not "this", "would"). */
const CONTENT_LENGTH = 5;
const QUOTE_LENGTH = 110;

/** Caveats dropped with their sentence while their claim stays, in the original's order. */
export function droppedCaveatFindings(context: EmphasisContext): Draft[] {
  const drafts: Draft[] = [];
  const order = [...context.from.values()];
  const added = context.input.added.map((id) => context.to.get(id)!).filter((info) => !isTop(info));
  for (const id of context.input.dropped) {
    const info = context.from.get(id)!;
    if (isTop(info)) continue;
    const caveat = markersOf(info).find((marker) => marker.category === 'caveat');
    if (caveat === undefined) continue;
    const claim = contentWords(info, caveat);
    const salience = clampSalience(
      Math.max(SALIENCE.sourcing.caveatDroppedFloor, SALIENCE.sourcing.caveatDropped * prominence(info.position)),
    );
    if (claim.size <= CAVEAT_ONLY_WORDS) {
      // The caveat alone: it qualified the sentence before it. Reported when that one is kept.
      const previous = order[order.indexOf(info) - 1];
      const group = previous === undefined ? undefined : context.groupOf.from.get(previous.unit.id);
      if (previous === undefined || group === undefined || isTop(previous)) continue;
      const kept = group.to.map((toId) => context.to.get(toId)!);
      drafts.push({
        kind: 'hedge',
        change: 'caveat dropped',
        salience,
        from: sideOf([previous, info]),
        to: sideOf(kept),
        marks: [markOf(caveat)],
        group: group.id,
        explanation: `The rewrite keeps the claim (“${excerpt(kept.map((k) => k.unit.text).join(' '), QUOTE_LENGTH)}”) but drops the caveat the original put after it: ${inSentence(caveat)}.`,
      });
      continue;
    }
    const restated = restatement(claim, added);
    if (restated === undefined) continue;
    drafts.push({
      kind: 'hedge',
      change: 'caveat dropped',
      salience,
      from: sideOf([info]),
      to: sideOf([restated]),
      marks: [markOf(caveat)],
      explanation: `The rewrite drops the original’s caveat “${caveat.text}” (${inSentence(caveat)}) and states the claim plainly in words of its own: “${excerpt(restated.unit.text, QUOTE_LENGTH)}”.`,
    });
  }
  return drafts;
}

/** The content words of a unit outside the caveat and outside its quotations. */
function contentWords(info: UnitInfo, caveat: Marker): Set<string> {
  return new Set(
    info.words
      .filter((word) => word.end <= caveat.start || word.start >= caveat.end)
      .filter((word) => !info.quotations.some((q) => word.start >= q.start && word.start < q.end))
      .map((word) => word.folded)
      .filter((folded) => folded.length >= CONTENT_LENGTH),
  );
}

/**
 * The rewrite's own sentence that states the claim with no caveat, hedge, condition or source:
 * the one sharing the most content words with the claim, at least SHARED_WORDS of them.
 */
function restatement(claim: ReadonlySet<string>, added: readonly UnitInfo[]): UnitInfo | undefined {
  let best: { info: UnitInfo; shared: number } | undefined;
  for (const info of added) {
    if (info.hedges.length > 0) continue;
    if (markersOf(info).length > 0) continue;
    const shared = new Set(info.words.map((word) => word.folded).filter((folded) => claim.has(folded))).size;
    if (shared >= SHARED_WORDS && (best === undefined || shared > best.shared)) best = { info, shared };
  }
  return best?.info;
}
