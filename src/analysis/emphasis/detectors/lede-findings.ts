/**
 * The lede's angle: after the headline, the first sentence of the body is what most readers read,
 * and often all they read. When the rewrite rewords it, or opens with another of the original's
 * sentences, the story now leads with something else: one framing finding, saying what the new lede
 * leads with and what the old one led with, quoting the stretches that differ on both sides. It
 * ranks by how far the lede moved, and high when its angle changed: it opens differently (who acts,
 * what it leads with) or much of it is new.
 *
 * Nothing is raised for a lede kept word for word or changed only in case, typography or house
 * style (an abbreviation spelt out, a British spelling), nor for one whose only change is a hedge,
 * booster or reporting verb, which lexical-findings.ts reports. A rewrite that opens with two or
 * more sentences of its own is said by the run finding of unaligned-findings.ts ("opens with 4
 * sentences of its own, from …; the original's lede now comes fifth"), and not again here. A lede
 * dropped for one new sentence, or for a sentence brought up, is said here: the findings about the
 * sentence dropped and the sentence added do not say that one took the other's place.
 */
import type { EmphasisContext, UnitInfo } from '../context.ts';
import type { Draft } from '../finding.ts';
import { clampSalience, excerpt, sideOf } from '../finding.ts';
import { spelledOut, spellingKey } from '../house-style.ts';
import type { Word } from '../match.ts';
import { stem } from '../../similarity/features.ts';
import { SALIENCE } from '../salience.ts';
import { clauses, onlyLexicon, wordDiff } from './word-stretches.ts';
import { ordinal, unalignedRuns } from '../runs.ts';
import { FUNCTION_WORDS } from '../lexicons.ts';

/** Ledes quoted up to this length (whole words, with an ellipsis when cut): a wire lede runs to 40 words. */
const LEDE_LENGTH = 300;
/** A lede with this share of its words changed or more has a new angle, whatever it opens with. */
const ANGLE_SHARE = 0.3;
/** Fewer of the lede's own words changed than this (one word swapped is two) is no new angle, and no finding. */
const MIN_REWORDED = 3;
/** Ledes with at most this share of their words changed are one sentence reworded, not another sentence. */
const SAME_SENTENCE_SHARE = 0.5;
/** Fewer words than this is no sentence to lead with ("Updated", "Breaking news"); "Do you remember him?" is one. */
const MIN_LEDE_WORDS = 3;

/** The lede finding of a comparison, if the lede's angle changed. */
export function ledeFindings(context: EmphasisContext): Draft[] {
  const fromLede = ledeOf(context, 'from');
  const toLede = ledeOf(context, 'to');
  if (fromLede === undefined || toLede === undefined) return [];
  // Sentences of its own on top: the run finding says so, quoting them and where the original's lede went.
  if (opensWithRun(context, toLede)) return [];
  const group = context.groupOf.from.get(fromLede.unit.id);
  const sides = {
    from: sideOf([fromLede]),
    to: sideOf([toLede]),
    marks: [],
    group: (group ?? context.groupOf.to.get(toLede.unit.id))?.id,
  };
  const fromWords = afterDateline(fromLede);
  const toWords = afterDateline(toLede);
  const stretches = wordDiff(fromWords, toWords, houseStyleKey);
  const changed = stretches.reduce((sum, stretch) => sum + stretch.from.length + stretch.to.length, 0);
  // The share of the ledes' words (datelines aside) that changed.
  const moved = changed / Math.max(1, fromWords.length + toWords.length);
  const sameSentence = group !== undefined && group.to.includes(toLede.unit.id);
  // Ledes that share most of their words are one sentence, whatever the alignment paired them with.
  if (!sameSentence && moved > SAME_SENTENCE_SHARE) {
    // The rewrite leads with another sentence: new, or one of the original's brought up from further down.
    const place = originalPlace(context, toLede);
    const where = place === undefined ? 'a sentence of its own' : `the original’s ${ordinal(place)} sentence`;
    const fate = group === undefined ? ', which the rewrite drops' : '';
    return [
      {
        kind: 'framing',
        change: 'lede replaced',
        salience: SALIENCE.lede.replaced,
        explanation: `The rewrite’s lede now leads with “${quote(toLede)}” (${where}); the original’s led with “${quote(fromLede)}”${fate === '' ? close(fromLede) : `${fate}.`}`,
        ...sides,
      },
    ];
  }
  if (stretches.length === 0 || onlyLexicon(stretches, fromLede, toLede)) return [];
  // Only words no other finding speaks for count: one word swapped, or a figure, a quotation or a
  // hedge changed, is that finding's to say; words moved within the lede are no new wording.
  const own = (list: readonly Word[], info: UnitInfo, other: readonly Word[]) =>
    list.filter((word) => ownWord(word, info, new Set(other.map(houseStyleKey))));
  const counted = stretches.map((stretch) => ({
    from: own(stretch.from, fromLede, toWords),
    to: own(stretch.to, toLede, fromWords),
    leading: stretch.leading,
  }));
  const reworded = counted.reduce((sum, stretch) => sum + stretch.from.length + stretch.to.length, 0);
  if (reworded < MIN_REWORDED) return [];
  const share = reworded / Math.max(1, fromWords.length + toWords.length);
  const head = counted[0]!;
  // It opens with other words (who acts, what it leads with), or much of it is new.
  const opensDifferently = head.leading && head.from.length + head.to.length >= 2;
  const angle = opensDifferently || share >= ANGLE_SHARE;
  const reach = Math.min(1, 2 * share);
  const salience = angle
    ? SALIENCE.lede.angle + SALIENCE.lede.angleSpan * reach
    : SALIENCE.lede.reworded + SALIENCE.lede.rewordedSpan * reach;
  return [
    {
      kind: 'framing',
      change: angle ? 'lede angle' : 'lede reworded',
      salience: clampSalience(salience),
      explanation: `The lede ${clauses(stretches, fromLede, toLede, toWords)}: “${quote(fromLede)}” became “${quote(toLede)}”${close(toLede)}`,
      ...sides,
    },
  ];
}

/**
 * A side's lede: the first sentence (or list item) of the body, passing over a byline ("By Jane
 * Smith, Reuters") or a dateline or kicker set as a sentence of its own, which are no angle.
 */
export function ledeOf(context: EmphasisContext, side: 'from' | 'to'): UnitInfo | undefined {
  return [...context[side].values()].find(
    (info) =>
      // A first line that is no headline reaches here as body text (units/headline-place.ts).
      info.unit.kind !== 'headline' &&
      info.unit.kind !== 'standfirst' &&
      info.unit.kind !== 'heading' &&
      info.words.length >= MIN_LEDE_WORDS &&
      // A dateline or kicker in capitals ("WASHINGTON", "BREAKING NEWS") has no word in lower case.
      /\p{Ll}/u.test(info.unit.text) &&
      // No sentence ends in a semicolon: a line of a page's code that came with the text.
      !info.unit.text.trim().endsWith(';') &&
      !/^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*,.*)?$/u.test(info.unit.text.trim()),
  );
}

/** True when the rewrite's lede opens a run of two or more sentences of its own, which the run finding reports. */
function opensWithRun(context: EmphasisContext, toLede: UnitInfo): boolean {
  return unalignedRuns(context, 'to').some(
    (run) => run.opens && run.members.length > 1 && run.members.includes(toLede),
  );
}

/** The place (1 for first) among the original's body sentences of what a rewrite's unit came from. */
function originalPlace(context: EmphasisContext, info: UnitInfo): number | undefined {
  const group = context.groupOf.to.get(info.unit.id);
  if (group === undefined) return undefined;
  const body = [...context.from.values()].filter(
    (unit) => unit.unit.kind !== 'headline' && unit.unit.kind !== 'standfirst' && unit.unit.kind !== 'heading',
  );
  const places = group.from.map((id) => body.findIndex((unit) => unit.unit.id === id)).filter((index) => index >= 0);
  return places.length === 0 ? undefined : Math.min(...places) + 1;
}

/**
 * A dateline opening a lede ("LONDON, March 3 (Reuters) -", "WASHINGTON —") is where and whose, not the
 * angle: its words are left out of the diff (the credit findings report an agency dropped).
 */
function afterDateline(info: UnitInfo): readonly Word[] {
  // A place in capitals, then perhaps a date or a state ("Oct 17", "Calif."), then perhaps the agency.
  const dateline = /^\p{Lu}[\p{Lu}\s.'’/-]*(?:,[\p{L}\p{N}\s.]{1,25})?\s*(?:\([^)]*\))?\s*[-–—]+\s/u.exec(
    info.unit.text,
  );
  if (dateline === null) return info.words;
  return info.words.filter((word) => word.start >= dateline[0].length);
}

/** Words compared as one when only house style sets them apart: "Gov." and "Governor", "colour" and "color". */
function houseStyleKey(word: Word): string {
  const bare = word.text.replace(/\.$/u, '');
  const full = spelledOut(bare);
  return stem(spellingKey(full === bare ? word.folded : full.toLowerCase()));
}

/**
 * True for a changed word that is the lede's own rewording: not inside a quotation, a hedge, booster
 * or reporting verb, or a figure (their findings report those), not a function word, and not a word
 * the other lede has elsewhere (moved, not changed).
 */
function ownWord(word: Word, info: UnitInfo, other: ReadonlySet<string>): boolean {
  const within = (span: { readonly start: number; readonly end: number }) =>
    word.start >= span.start && word.end <= span.end;
  if (info.quotations.some(within)) return false;
  if ([...info.hedges, ...info.boosters, ...info.verbs].some(within)) return false;
  if (/\p{N}/u.test(word.text) || FUNCTION_WORDS.has(word.folded)) return false;
  return !other.has(houseStyleKey(word));
}

const quote = (info: UnitInfo): string => excerpt(info.unit.text, LEDE_LENGTH);

/** The end of a finding's sentence after a quoted lede: no second full stop after the lede's own. */
const close = (info: UnitInfo): string => (/[.!?…]$/u.test(quote(info)) ? '' : '.');
