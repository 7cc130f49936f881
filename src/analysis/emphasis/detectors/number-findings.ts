/** Figures that changed, or that one version of a group states and the other does not. */
import type { EmphasisContext, UnitInfo } from '../context.ts';
import type { Draft, Mark } from '../finding.ts';
import { clampSalience, listed, sideOf } from '../finding.ts';
import { prominence, SALIENCE } from '../salience.ts';
import { groupFigures, owner } from '../figure-fates.ts';
import type { Word } from '../match.ts';
import { figures, figureText } from '../mentions.ts';

/** Figures as a reader quotes them, with their currency, sign and unit: "90 minutes", "$7 million". */
function written(infos: readonly UnitInfo[], words: readonly Word[]): string[] {
  return words.map((word) => {
    const info = infos.find((candidate) => candidate.words.includes(word))!;
    const key = figures(info).find((figure) => figure.word === word)?.key ?? word.text;
    return figureText(info, word, key);
  });
}

/** Figures of a group that the other side of the group does not state (compared once, with the fates). */
export function numberFindings(context: EmphasisContext): Draft[] {
  const drafts: Draft[] = [];
  for (const { group, from, to, onlyFrom, onlyTo } of groupFigures(context)) {
    if (onlyFrom.length === 0 && onlyTo.length === 0) continue;
    const marks: Mark[] = [
      ...onlyFrom.map((word) => ({
        side: 'from' as const,
        unit: owner(from, word),
        start: word.start,
        end: word.end,
        category: 'number' as const,
      })),
      ...onlyTo.map((word) => ({
        side: 'to' as const,
        unit: owner(to, word),
        start: word.start,
        end: word.end,
        category: 'number' as const,
      })),
    ];
    const place = prominence(Math.min(...from.map((info) => info.position)));
    const change = onlyFrom.length > 0 && onlyTo.length > 0 ? 'changed' : onlyFrom.length > 0 ? 'dropped' : 'added';
    drafts.push({
      kind: 'number',
      change,
      salience: clampSalience(change === 'changed' ? SALIENCE.number.changed : SALIENCE.number.droppedOrAdded * place),
      from: sideOf(from),
      to: sideOf(to),
      marks,
      group: group.id,
      explanation:
        change === 'changed'
          ? `The figures changed: ${listed(written(from, onlyFrom))} in the original, ${listed(written(to, onlyTo))} in the rewrite.`
          : change === 'dropped'
            ? `The rewrite leaves out the figure ${listed(written(from, onlyFrom))}.`
            : `The rewrite adds the figure ${listed(written(to, onlyTo))}.`,
    });
  }
  return drafts;
}
