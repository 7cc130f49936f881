/**
 * Attributions turned vaguer ("Kyiv and allies" becoming "many") or more specific, inside
 * aligned groups.
 */
import { foldCase } from '../../units/normalize.ts';
import type { EmphasisContext } from '../context.ts';
import { isCalendarWord, isHonorific } from '../house-style.ts';
import type { Draft, Mark } from '../finding.ts';
import { clampSalience, listed, sideOf } from '../finding.ts';
import { prominence, SALIENCE } from '../salience.ts';
import { NEWS_AGENCIES, VAGUE_SOURCES } from '../lexicons.ts';
import type { Word } from '../match.ts';
import { compileLexicon, isCapitalised, matchLexicon } from '../match.ts';
import { wordRuns } from '../mentions.ts';
import type { Stretch } from '../changed-stretches.ts';
import { changedStretches } from '../changed-stretches.ts';

/** News agencies named by one word ("Reuters", "AFP"). */
const AGENCIES = new Set(NEWS_AGENCIES);

/** Stand-ins that are also determiners: a stand-in only when a verb follows. */
const DETERMINERS = new Set(['many', 'some']);

/** Verbs a plural subject takes in news copy, beyond any past form ("viewed", "warned"). */
const PLURAL_VERBS = new Set(
  'say said believe believed think thought fear feared argue argued see saw view worry feel felt expect remain are were have had warn claim suggest consider'.split(
    ' ',
  ),
);

/** True for a word that reads as the verb of a plural subject. */
function actsLikeVerb(folded: string): boolean {
  return PLURAL_VERBS.has(folded) || /\p{L}{3,}ed$/u.test(folded);
}

/** Stand-ins for a named source: "many", "critics", "officials". */
const VAGUE = compileLexicon(VAGUE_SOURCES);

/**
 * An attribution that became vaguer: a changed stretch of the original held a name, and the
 * rewrite's stretch in its place holds a stand-in such as "many" or "officials" (not "American
 * officials", which names someone) that the original's units did not use; or the reverse, more
 * specific. A stretch's place is the number of unchanged words before it, the same on both sides.
 */
export function vaguerFindings(context: EmphasisContext): Draft[] {
  const drafts: Draft[] = [];
  for (const group of context.input.groups) {
    if (group.op === 'unchanged') continue;
    const from = group.from.map((id) => context.from.get(id)!);
    const to = group.to.map((id) => context.to.get(id)!);
    const fromStretches = changedStretches(group.diff.from, from, 'removed');
    const toStretches = changedStretches(group.diff.to, to, 'added');
    const fromFolded = new Set(from.flatMap((info) => info.words.map((word) => word.folded)));
    const toFolded = new Set(to.flatMap((info) => info.words.map((word) => word.folded)));
    // A stand-in names nobody unless a name stands right before it ("American officials");
    // "On Monday, officials" still names nobody.
    const vagueIn = (stretch: Stretch, elsewhere: ReadonlySet<string>): Word[] =>
      matchLexicon(stretch.words, stretch.info.unit.text, VAGUE, stretch.info.quotations, false)
        .filter((match) => !match.quoted && !elsewhere.has(foldCase(match.text)))
        .filter((match) => {
          const first = stretch.words[match.index]!;
          const position = stretch.info.words.indexOf(first);
          const before = stretch.info.words[position - 1];
          // "Many" and "some" stand in for people only as the subject of what follows ("many
          // viewed", "some say"); "some 500 Britons" and "at some point" name no one.
          const after = stretch.info.words[position + 1];
          if (DETERMINERS.has(first.folded) && (after === undefined || !actsLikeVerb(after.folded))) return false;
          return (
            before === undefined ||
            !isCapitalised(before.text) ||
            !/^\s+$/u.test(stretch.info.unit.text.slice(before.end, first.start))
          );
        })
        .flatMap((match) => stretch.words.filter((word) => word.start >= match.start && word.end <= match.end));
    // A date ("Oct 17") or a courtesy title is no one a stand-in could replace, and an agency in a
    // dateline is the credit findings' to report.
    const namesIn = (stretch: Stretch): Word[] =>
      stretch.words.filter(
        (word) =>
          word.capitalisedInside && !isCalendarWord(word.text) && !isHonorific(word.text) && !AGENCIES.has(word.text),
      );
    // The names a stand-in replaced are those that open the changed stretch ("Kyiv and allies
    // viewed … Moscow’s demands": Kyiv, not Moscow), the whole name ("Foreign Minister Dmytro
    // Kuleba"); when no name opens it, all of its names.
    const leadingNames = (stretch: Stretch): Word[] => {
      const all = namesIn(stretch);
      const runs = wordRuns(stretch.info.unit.text, all);
      const opening = runs.find((run) => stretch.words.slice(0, 3).some((word) => word.start === run.start));
      return opening === undefined ? all : all.filter((word) => word.start >= opening.start && word.end <= opening.end);
    };
    const sides = {
      from: sideOf(from),
      to: sideOf(to),
      group: group.id,
    };
    const place = prominence(Math.min(...from.map((info) => info.position)));
    for (const fromStretch of fromStretches) {
      const toStretch = toStretches.find((candidate) => candidate.place === fromStretch.place);
      if (toStretch === undefined) continue;
      const namesLost = leadingNames(fromStretch);
      const namesGained = leadingNames(toStretch);
      if (namesLost.length === 0 && namesGained.length === 0) continue;
      const vagueGained = namesLost.length > 0 ? vagueIn(toStretch, fromFolded) : [];
      const vagueLost = namesGained.length > 0 ? vagueIn(fromStretch, toFolded) : [];
      const runs = (stretch: Stretch, words: readonly Word[]) => wordRuns(stretch.info.unit.text, words);
      const marksOf = (stretch: Stretch, words: readonly Word[]): Mark[] =>
        runs(stretch, words).map((run) => ({
          side: stretch.info.side,
          unit: stretch.info.unit.id,
          start: run.start,
          end: run.end,
          category: 'source' as const,
        }));
      const texts = (stretch: Stretch, words: readonly Word[]) => runs(stretch, words).map((run) => run.text);
      if (namesLost.length > 0 && vagueGained.length > 0) {
        drafts.push({
          kind: 'attribution',
          change: 'vaguer',
          salience: clampSalience(SALIENCE.attribution.vaguer * place),
          ...sides,
          marks: [...marksOf(fromStretch, namesLost), ...marksOf(toStretch, vagueGained)],
          explanation: `The rewrite says ${listed(texts(toStretch, vagueGained))} where the original named ${listed(texts(fromStretch, namesLost))}: the reader no longer learns who.`,
        });
      } else if (namesGained.length > 0 && vagueLost.length > 0) {
        drafts.push({
          kind: 'attribution',
          change: 'more specific',
          salience: clampSalience(SALIENCE.attribution.moreSpecific * place),
          ...sides,
          marks: [...marksOf(fromStretch, vagueLost), ...marksOf(toStretch, namesGained)],
          explanation: `The rewrite names ${listed(texts(toStretch, namesGained))} where the original said ${listed(texts(fromStretch, vagueLost))}.`,
        });
      }
    }
  }
  return drafts;
}
