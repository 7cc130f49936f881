/**
 * Findings that say again what a weightier finding already says. A reader who meets the same
 * change twice in the first screen reads one change and loses the place of another; the repeat
 * stays in the report, folded or ranked below, one click away.
 */
import type { Draft } from './finding.ts';
import { foldedSalience, SALIENCE } from './salience.ts';

/** The drafts with their repeats folded (or, where the repeat adds a reading of its own, ranked lower). */
export function foldRepeats(drafts: readonly Draft[]): Draft[] {
  // A lede replaced quotes both ledes whole, and a credit finding its credit lines: the plain
  // "added" or "dropped" of any of them is a repeat.
  const ledeUnits = new Set(
    drafts
      .filter(
        (draft) =>
          (draft.kind === 'framing' && draft.change === 'lede replaced') ||
          (draft.kind === 'attribution' && /^credit lines/u.test(draft.change)),
      )
      .flatMap((draft) => [...draft.from.units, ...draft.to.units]),
  );
  // A reworded headline quotes both headlines and the words that changed; a framing verb found in
  // them adds its reading ("casts doubt") but not a change a reader has not already seen.
  const headlineReworded = drafts.some((draft) => draft.kind === 'framing' && draft.change === 'headline reworded');
  return drafts.map((draft) => {
    const single = [...draft.from.units, ...draft.to.units];
    if (
      (draft.change === 'added' || draft.change === 'dropped') &&
      (draft.kind === 'addition' || draft.kind === 'omission') &&
      single.length === 1 &&
      ledeUnits.has(single[0]!)
    ) {
      return { ...draft, salience: foldedSalience(draft.salience) };
    }
    if (headlineReworded && draft.kind === 'framing' && draft.change === 'verb changed') {
      return { ...draft, salience: Math.min(draft.salience, SALIENCE.certainty.verb.body) };
    }
    return draft;
  });
}
