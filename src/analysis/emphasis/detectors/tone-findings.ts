/**
 * Opinion in the writer's own voice, added or removed. In news copy, evaluation belongs to sources
 * in quotation marks; a rewrite that says "the union official was livid" or calls a group "the
 * open-borders crowd" outside quotation marks has turned report into opinion. Within an aligned
 * group, the loaded words and signs (see tone/tone.ts) that one side has and the other lacks are
 * the finding. A sentence the rewrite adds with opinion in it is one finding that quotes the loaded
 * words, in place of the plain addition; a run of added sentences keeps its one finding, which then
 * says that the run carries opinion. A dropped sentence with strong opinion is a tone finding too.
 *
 * Hedges, boosters and reporting verbs inside aligned groups are left to lexical-findings.ts, and a
 * headline's signs (capitals, a question) to headline-signs.ts: one change, one finding.
 */
import type { EmphasisContext, UnitInfo } from '../context.ts';
import { isTop, TITLE_KINDS } from '../context.ts';
import type { Draft, Mark } from '../finding.ts';
import { clampSalience, excerpt, NOWHERE, SENTENCE_QUOTE, sideOf } from '../finding.ts';
import { unalignedRuns } from '../runs.ts';
import { prominence, SALIENCE } from '../salience.ts';
import type { ToneMark } from '../tone/tone.ts';
import { readTone, WORD_KINDS } from '../tone/tone.ts';

/** How many loaded words a sentence quotes at most: enough to show the tone, few enough to read. */
const MOST_WORDS = 6;

/** How much of each side an aligned tone finding quotes: two sentences, so a little shorter. */
const ALIGNED_QUOTE = 160;

/** Verbs that attribute what a sentence says to someone, without judging it. */
const SAYING = new Set(['say', 'tell', 'state', 'add', 'report', 'announce', 'explain', 'note']);

/** A mark of tone and the unit it is in. */
type UnitToneMark = ToneMark & { readonly unit: string };

/** Tone findings of the aligned groups: opinion one side has and the other lacks. */
export function toneFindings(context: EmphasisContext): Draft[] {
  const lower = lowerCaseWords(context);
  const drafts: Draft[] = [];
  for (const group of context.input.groups) {
    if (group.op === 'unchanged') continue;
    const fromUnits = group.from.map((id) => context.from.get(id)!);
    const toUnits = group.to.map((id) => context.to.get(id)!);
    const fromMarks = fromUnits.flatMap((info) => ownMarks(info, lower, true));
    const toMarks = toUnits.flatMap((info) => ownMarks(info, lower, true));
    const added = newMarks(toMarks, fromMarks).filter((mark) => !quotedInOriginal(mark, toUnits, fromUnits));
    // A loaded word the rewrite keeps inside quotation marks is not removed: it is the speaker's now.
    const toText = toUnits.map((info) => info.unit.text.toLowerCase().replace(/’/gu, "'")).join(' ');
    const removed = newMarks(fromMarks, toMarks).filter(
      (mark) => !WORD_KINDS.has(mark.kind) || !toText.includes(keyOf(mark)),
    );
    if (added.length === 0 && removed.length === 0) continue;
    const top = [...fromUnits, ...toUnits].some(isTop);
    const place = prominence(Math.min(...fromUnits.map((info) => info.position)));
    // Every use of a word or sign found new is marked, not only the first.
    const keys = (list: readonly UnitToneMark[]) => new Set(list.map(keyOf));
    const addedKeys = keys(added);
    const removedKeys = keys(removed);
    const marks = [
      ...marksOn(
        'to',
        toMarks.filter((mark) => addedKeys.has(keyOf(mark))),
      ),
      ...marksOn(
        'from',
        fromMarks.filter((mark) => removedKeys.has(keyOf(mark))),
      ),
    ];
    const sides = { from: sideOf(fromUnits), to: sideOf(toUnits), marks, group: group.id };
    const before = `“${excerpt(fromUnits.map((info) => info.unit.text).join(' '), ALIGNED_QUOTE)}”`;
    const after = `“${excerpt(toUnits.map((info) => info.unit.text).join(' '), ALIGNED_QUOTE)}”`;
    if (added.length > 0) {
      const instead = removed.length > 0 ? `, in place of ${described(removed)}` : '';
      drafts.push({
        kind: 'tone',
        change: 'opinion added',
        salience: clampSalience((top ? SALIENCE.tone.addedTop : SALIENCE.tone.added * place) + strength(added)),
        explanation: `The rewrite adds opinion in its own voice: ${described(added)}${instead} (${after}); the original reads ${before}.`,
        ...sides,
      });
    } else {
      drafts.push({
        kind: 'tone',
        change: 'opinion removed',
        salience: clampSalience(removedSalience(removed) * (top ? 1 : place)),
        explanation: `The rewrite removes opinion the original gave in its own voice: ${described(removed)} (${before}); it now reads ${after}.`,
        ...sides,
      });
    }
  }
  return drafts;
}

/**
 * Other detectors' findings about sentences added or dropped, with their tone: a single added
 * sentence with opinion becomes one tone finding that quotes its loaded words (in place of "says
 * something the original does not"); a run of added sentences with opinion says so in its own
 * finding; a dropped sentence with strong opinion gains a tone finding (mild opinion goes without
 * saying: the omission reports the sentence).
 */
export function foldToneIntoAdditions(context: EmphasisContext, drafts: readonly Draft[]): Draft[] {
  const lower = lowerCaseWords(context);
  // Units that runs fold, by side: each version numbers its units on its own.
  const inRun = (side: 'from' | 'to') =>
    new Set(
      unalignedRuns(context, side)
        .filter((run) => run.members.length > 1)
        .flatMap((run) => run.members.map((info) => info.unit.id)),
    );
  const inRuns = { from: inRun('from'), to: inRun('to') };
  const marksOf = (side: 'from' | 'to', ids: readonly string[]) =>
    ids.flatMap((id) => {
      const info = context[side].get(id);
      return info === undefined || TITLE_KINDS.has(info.unit.kind) ? [] : ownMarks(info, lower, false);
    });
  return drafts.flatMap((draft): Draft[] => {
    if (draft.kind === 'addition' && draft.change === 'added run') {
      const marks = marksOf('to', draft.to.units);
      if (marks.length === 0) return [draft];
      return [
        {
          ...draft,
          salience: clampSalience(draft.salience + SALIENCE.tone.runBonus),
          marks: [...draft.marks, ...marksOn('to', marks)],
          explanation: `${draft.explanation.replace(/\.$/u, '')}; it carries opinion in its own voice: ${described(marks)}.`,
        },
      ];
    }
    const single = draft.to.units.length + draft.from.units.length === 1;
    if (draft.kind === 'addition' && draft.change === 'added' && single && !inRuns.to.has(draft.to.units[0]!)) {
      const info = context.to.get(draft.to.units[0]!)!;
      const marks = marksOf('to', draft.to.units);
      if (marks.length === 0) return [draft];
      return [
        {
          kind: 'tone',
          change: 'opinion added',
          salience: clampSalience(
            Math.max(draft.salience, SALIENCE.tone.added * prominence(info.position) + strength(marks)),
          ),
          from: NOWHERE,
          to: draft.to,
          marks: marksOn('to', marks),
          explanation: `The rewrite adds opinion in its own voice: ${described(marks)} (“${excerpt(info.unit.text, SENTENCE_QUOTE)}”).`,
        },
      ];
    }
    if (draft.kind === 'omission' && draft.change === 'dropped' && single && !inRuns.from.has(draft.from.units[0]!)) {
      const info = context.from.get(draft.from.units[0]!)!;
      const marks = marksOf('from', draft.from.units);
      // Mild opinion dropped with its sentence is said by the omission already.
      if (score(marks) < STRONG) return [draft];
      const tone: Draft = {
        kind: 'tone',
        change: 'opinion removed',
        salience: clampSalience(removedSalience(marks) * prominence(info.position)),
        from: draft.from,
        to: NOWHERE,
        marks: marksOn('from', marks),
        explanation: `The rewrite drops a sentence with opinion in the original’s own voice: ${described(marks)} (“${excerpt(info.unit.text, SENTENCE_QUOTE)}”).`,
      };
      return [draft, tone];
    }
    return [draft];
  });
}

/**
 * A unit's marks of tone. Within an aligned group, hedges, boosters and reporting verbs have their
 * own findings; in a headline or standfirst, so do the signs of a sensational headline (capitals
 * for effect among them).
 */
function ownMarks(info: UnitInfo, lower: ReadonlySet<string>, aligned: boolean): UnitToneMark[] {
  const tone = readTone(info.unit.text, {
    quotations: info.quotations,
    titleCase: TITLE_KINDS.has(info.unit.kind) ? undefined : false,
    lowerCaseWords: lower,
  });
  const covered = aligned ? [...info.hedges, ...info.boosters, ...info.verbs] : [];
  // A sentence that says who said it ("…failed disastrously, the mayor said") reports a source's
  // words, not the writer's: its loaded words are the source's (its signs still count).
  const reported = info.verbs.some((verb) => verb.stance === 'neutral' && SAYING.has(verb.headword));
  return tone.marks
    .filter(
      (mark) =>
        !(isTop(info) && (mark.kind === 'capitals' || !WORD_KINDS.has(mark.kind))) &&
        !(reported && WORD_KINDS.has(mark.kind)) &&
        !covered.some((match) => match.start < mark.end && mark.start < match.end),
    )
    .map((mark) => ({ ...mark, unit: info.unit.id }));
}

/** Marks of tone as the page outlines them, on one side. */
function marksOn(side: 'from' | 'to', marks: readonly UnitToneMark[]): Mark[] {
  return marks.map((mark) => ({ side, unit: mark.unit, start: mark.start, end: mark.end, category: 'tone' }));
}

/** How a mark is compared across versions: a word by its folded text, a sign by its kind. */
function keyOf(mark: ToneMark): string {
  return WORD_KINDS.has(mark.kind) ? mark.text.toLowerCase().replace(/’/gu, "'") : mark.kind;
}

/** The marks of one side whose word or sign the other side does not have. */
function newMarks(marks: readonly UnitToneMark[], other: readonly UnitToneMark[]): UnitToneMark[] {
  const seen = new Set(other.map(keyOf));
  const fresh = new Map<string, UnitToneMark>();
  for (const mark of marks) if (!seen.has(keyOf(mark)) && !fresh.has(keyOf(mark))) fresh.set(keyOf(mark), mark);
  return [...fresh.values()];
}

/** More loaded words weigh more, up to a bound: one "livid" is opinion, five are a polemic. */
function strength(marks: readonly ToneMark[]): number {
  return Math.min(SALIENCE.tone.strengthMost, SALIENCE.tone.strengthStep * (marks.length - 1));
}

/** Opinion is strong from this score: two loaded words or signs, or one word of extreme valence. */
const STRONG = 2;

function score(marks: readonly ToneMark[]): number {
  return marks.reduce((sum, mark) => sum + mark.weight, 0);
}

/** Opinion removed is worth a note; strong opinion removed is worth listing. */
function removedSalience(marks: readonly ToneMark[]): number {
  return score(marks) >= STRONG ? SALIENCE.tone.removedStrong : SALIENCE.tone.removed;
}

/** The marks in words: “livid”, “crowd”, an exclamation mark and the reader addressed as “you”. */
function described(marks: readonly ToneMark[]): string {
  const words = [...new Set(marks.filter((mark) => WORD_KINDS.has(mark.kind)).map((mark) => mark.text))];
  const parts = words.slice(0, MOST_WORDS).map((word) => `“${word}”`);
  const signs = (kind: ToneMark['kind']) => [...new Set(marks.filter((mark) => mark.kind === kind).map((m) => m.text))];
  const first = signs('first person');
  if (first.length > 0) parts.push(`the first person (${first.map((word) => `“${word}”`).join(', ')})`);
  const second = signs('second person');
  if (second.length > 0) parts.push(`the reader addressed as ${second.map((word) => `“${word}”`).join(', ')}`);
  if (signs('question').length > 0) parts.push('a question of its own');
  if (signs('exclamation').length > 0) parts.push('an exclamation mark');
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Folded words the two versions write in lower case: in capitals they are a shout, not an acronym. */
function lowerCaseWords(context: EmphasisContext): ReadonlySet<string> {
  // Read once a comparison: both the aligned groups and the added sentences ask.
  let words = lowerCaseRead.get(context);
  if (words !== undefined) return words;
  words = new Set<string>();
  for (const info of [...context.from.values(), ...context.to.values()])
    for (const word of info.words) if (word.text === word.text.toLowerCase()) words.add(word.folded);
  lowerCaseRead.set(context, words);
  return words;
}

const lowerCaseRead = new WeakMap<EmphasisContext, Set<string>>();

/**
 * True when the rewrite's words at the mark stand inside quotation marks in the original: a
 * speaker's words set without their marks (a block quotation, a pasted passage) are still the
 * speaker's, and their "I" or "we" is no opinion of the writer's.
 */
function quotedInOriginal(mark: UnitToneMark, toUnits: readonly UnitInfo[], fromUnits: readonly UnitInfo[]): boolean {
  const fold = (text: string) => text.toLowerCase().replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ');
  const unit = toUnits.find((info) => info.unit.id === mark.unit);
  if (unit === undefined) return false;
  // Four words from the mark on, or all that is left of the sentence when fewer (at least two).
  const following = unit.words.filter((word) => word.start >= mark.start).slice(0, QUOTED_PHRASE_WORDS);
  if (following.length < 2) return false;
  const phrase = fold(unit.unit.text.slice(following[0]!.start, following.at(-1)!.end));
  return fromUnits.some((info) =>
    info.quotations.some((quotation) => fold(info.unit.text.slice(quotation.start, quotation.end)).includes(phrase)),
  );
}

/** Words from the mark on that must be found quoted in the original to read as the speaker's. */
const QUOTED_PHRASE_WORDS = 4;
