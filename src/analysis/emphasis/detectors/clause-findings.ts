/**
 * Words cut from a sentence the rewrite keeps, or slipped into it: a clause of four words or more
 * that the rewrite leaves out ("…, who agreed to hold off his fight,") or adds ("…, clearly worried
 * about his falling support,") with nothing in its place. A reader comparing the two sentences
 * sees them as the same sentence; the clause is where a claim, a caveat or a judgement goes or
 * comes without a sentence of its own.
 */
import type { EmphasisContext, UnitInfo } from '../context.ts';
import { TITLE_KINDS } from '../context.ts';
import { FUNCTION_WORDS } from '../lexicons.ts';
import { ledeOf } from './lede-findings.ts';
import type { Stretch } from '../changed-stretches.ts';
import { changedStretches } from '../changed-stretches.ts';
import type { Draft } from '../finding.ts';
import { clampSalience, excerpt, listed, sideOf, SENTENCE_QUOTE } from '../finding.ts';
import type { Word } from '../match.ts';
import { isCapitalised, isQuoted } from '../match.ts';
import { prominence, SALIENCE } from '../salience.ts';

/** Words a clause has at least: fewer are a word swapped, which the word diff shows in the row. */
const CLAUSE_WORDS = 4;
/** How much of each sentence a finding quotes when it quotes both. */
const BOTH_QUOTE = 160;
/** Words the other side may have in the clause's place and it still be a cut (or an insertion). */
const IN_ITS_PLACE = 1;

/** Clauses cut from, or added to, the sentences of aligned groups. */
export function clauseFindings(context: EmphasisContext): Draft[] {
  const drafts: Draft[] = [];
  const ledes = new Set([ledeOf(context, 'from')?.unit.id, ledeOf(context, 'to')?.unit.id]);
  for (const group of context.input.groups) {
    if (group.op === 'unchanged') continue;
    const from = group.from.map((id) => context.from.get(id)!);
    const to = group.to.map((id) => context.to.get(id)!);
    // The headline, the standfirst and the ledes have findings of their own that quote them whole.
    if ([...from, ...to].some((info) => TITLE_KINDS.has(info.unit.kind) || ledes.has(info.unit.id))) continue;
    const removed = changedStretches(group.diff.from, from, 'removed');
    const added = changedStretches(group.diff.to, to, 'added');
    const clauses = (own: readonly Stretch[], other: readonly Stretch[], counterpart: readonly UnitInfo[]) =>
      own
        .filter((stretch) => {
          if (stretch.words.length < CLAUSE_WORDS) return false;
          if (stretch.words.some((word) => isQuoted(word.start, stretch.info.quotations))) return false;
          const opposite = other.find((candidate) => candidate.place === stretch.place);
          if (opposite !== undefined && opposite.words.length > IN_ITS_PLACE) return false;
          return !saidThere(stretch.words, counterpart) && !connective(stretch.words) && !mostlyNames(stretch.words);
        })
        .map((stretch) => stretch.info.unit.text.slice(stretch.words[0]!.start, stretch.words.at(-1)!.end));
    const cut = clauses(removed, added, withNewNeighbours(context, 'to', to));
    const slipped = clauses(added, removed, withNewNeighbours(context, 'from', from));
    if (cut.length === 0 && slipped.length === 0) continue;
    const quote = (infos: readonly UnitInfo[], length: number) =>
      `“${excerpt(infos.map((info) => info.unit.text).join(' '), length)}”`;
    const place = prominence(Math.min(...from.map((info) => info.position)));
    // One finding a sentence: a clause cut and another added in one sentence are one rewording.
    const explanation =
      cut.length > 0 && slipped.length > 0
        ? `The rewrite’s version of this sentence leaves out ${listed(cut)} and adds ${listed(slipped)}: ${quote(from, BOTH_QUOTE)} became ${quote(to, BOTH_QUOTE)}.`
        : cut.length > 0
          ? `The rewrite keeps this sentence but leaves out ${listed(cut)}; it now reads ${quote(to, SENTENCE_QUOTE)}.`
          : `The rewrite adds ${listed(slipped)} to a sentence the original has: ${quote(from, SENTENCE_QUOTE)}.`;
    drafts.push({
      ...(cut.length > 0
        ? ({ kind: 'omission', change: 'clause cut' } as const)
        : ({ kind: 'addition', change: 'clause added' } as const)),
      salience: clampSalience((cut.length > 0 ? SALIENCE.clause.cut : SALIENCE.clause.added) * place),
      from: sideOf(from),
      to: sideOf(to),
      marks: [],
      group: group.id,
      explanation,
    });
  }
  return drafts;
}

/**
 * A group's units on one side with the units next to them that have no counterpart: a clause cut
 * from a sentence may live on in a sentence the rewrite adds beside it ("The mayor, who had
 * promised cheaper fares, opened…" and "… She had promised cheaper fares.").
 */
function withNewNeighbours(context: EmphasisContext, side: 'from' | 'to', infos: readonly UnitInfo[]): UnitInfo[] {
  const { all, place, unaligned } = sideOrder(context, side);
  const near = infos.flatMap((info) => {
    const index = place.get(info) ?? -1;
    return [all[index - 1], all[index + 1]].filter(
      (neighbour): neighbour is UnitInfo => neighbour !== undefined && unaligned.has(neighbour.unit.id),
    );
  });
  return [...infos, ...near];
}

/** A side's units in reading order, each unit's place, and those without counterpart; read once. */
const orders = new WeakMap<
  EmphasisContext,
  Record<'from' | 'to', { all: UnitInfo[]; place: Map<UnitInfo, number>; unaligned: Set<string> }>
>();

function sideOrder(context: EmphasisContext, side: 'from' | 'to') {
  let order = orders.get(context);
  if (order === undefined) {
    const read = (which: 'from' | 'to') => {
      const all = [...context[which].values()];
      return {
        all,
        place: new Map(all.map((info, index) => [info, index])),
        unaligned: new Set(which === 'from' ? context.input.dropped : context.input.added),
      };
    };
    order = { from: read('from'), to: read('to') };
    orders.set(context, order);
  }
  return order[side];
}

/**
 * True when the clause's words of content are said in the other version of the sentence, a
 * quarter of them or more: words moved or reworded there ("during his trip, which starts
 * tomorrow" and "who leaves tomorrow"), not a clause gone or come.
 */
function saidThere(words: readonly Word[], counterpart: readonly UnitInfo[]): boolean {
  const content = words.filter((word) => !FUNCTION_WORDS.has(word.folded) && [...word.folded].length >= 3);
  if (content.length === 0) return true;
  const there = new Set(counterpart.flatMap((info) => info.words.map((word) => word.folded)));
  return content.filter((word) => there.has(word.folded)).length / content.length >= SAID_THERE;
}

/** The share of a clause's content words found in the other version that makes it moved, not cut. */
const SAID_THERE = 0.25;

/** Phrases that join a sentence to the one before: cut or added, they change how it reads, not what it says. */
const CONNECTIVES = new Set([
  'on the other hand',
  'at the same time',
  'as a result',
  'in other words',
  'in addition to that',
  'by the same token',
  'for the most part',
  'in the meantime',
  'on the contrary',
]);

/** True for a clause that is only a connective phrase (an article the diff took with it aside). */
function connective(words: readonly Word[]): boolean {
  const folded = words.map((word) => word.folded);
  while (folded.length > 0 && FUNCTION_WORDS.has(folded.at(-1)!)) folded.pop();
  return CONNECTIVES.has(folded.join(' '));
}

/**
 * True when most of the clause's words are names ("Ways and Means chairman Dan"): the name
 * findings say which names went, and a clause finding would say it again.
 */
function mostlyNames(words: readonly Word[]): boolean {
  const content = words.filter((word) => !FUNCTION_WORDS.has(word.folded));
  return content.filter((word) => isCapitalised(word.text)).length * 2 > content.length;
}
