/** Figures that changed, or that one version of a group states and the other does not. */
import type { EmphasisContext, UnitInfo } from '../context.ts';
import type { Draft, Mark } from '../finding.ts';
import { clampSalience, listed, sideOf } from '../finding.ts';
import type { Word } from '../match.ts';
import { figures } from '../mentions.ts';

/** Figures of a group that the other side of the group does not state. */
export function numberFindings(context: EmphasisContext): Draft[] {
  const drafts: Draft[] = [];
  for (const group of context.input.groups) {
    const a = group.a.map((id) => context.a.get(id)!);
    const b = group.b.map((id) => context.b.get(id)!);
    const figuresA = a.flatMap(figures);
    const figuresB = b.flatMap(figures);
    const keysA = new Set(figuresA.map((figure) => figure.key));
    const keysB = new Set(figuresB.map((figure) => figure.key));
    const onlyA = figuresA.filter((figure) => !keysB.has(figure.key)).map((figure) => figure.word);
    const onlyB = figuresB.filter((figure) => !keysA.has(figure.key)).map((figure) => figure.word);
    if (onlyA.length === 0 && onlyB.length === 0) continue;
    const owner = (infos: readonly UnitInfo[], word: Word) => infos.find((info) => info.words.includes(word))!.unit.id;
    const marks: Mark[] = [
      ...onlyA.map((word) => ({ side: 'a' as const, unit: owner(a, word), start: word.start, end: word.end, category: 'number' as const })),
      ...onlyB.map((word) => ({ side: 'b' as const, unit: owner(b, word), start: word.start, end: word.end, category: 'number' as const })),
    ];
    const prominence = 1 - 0.4 * Math.min(...a.map((info) => info.position));
    const change = onlyA.length > 0 && onlyB.length > 0 ? 'changed' : onlyA.length > 0 ? 'dropped' : 'added';
    drafts.push({
      kind: 'number',
      change,
      salience: clampSalience(change === 'changed' ? 0.85 : 0.45 * prominence),
      a: sideOf(a),
      b: sideOf(b),
      marks,
      group: group.id,
      explanation:
        change === 'changed'
          ? `The figures changed: ${listed(onlyA.map((word) => word.text))} in the original, ${listed(onlyB.map((word) => word.text))} in the rewrite.`
          : change === 'dropped'
            ? `The rewrite leaves out the figure ${listed(onlyA.map((word) => word.text))}.`
            : `The rewrite adds the figure ${listed(onlyB.map((word) => word.text))}.`,
    });
  }
  return drafts;
}
