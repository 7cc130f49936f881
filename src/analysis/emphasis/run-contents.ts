/**
 * What a run of dropped or added sentences holds that an editor cares about, and the other version
 * does not have: quotations (with their speakers where a reporting verb names one), names and
 * figures. A run summarised as "the last 12 sentences, with the quotations of A and B and the
 * figure 1.5%" says what the reader loses; "12 sentences" alone does not.
 */
import type { UnitInfo } from './context.ts';
import { listed } from './finding.ts';
import { isCalendarWord } from './house-style.ts';
import type { Word } from './match.ts';
import { REPORTING_VERBS } from './lexicons.ts';
import { compileLexicon, isCapitalised, isQuoted, matchLexicon } from './match.ts';
import type { Mentionable } from './mentions.ts';
import { capitalisedForms, conversions, figures, figureText, NameIndex, names, saysRun, wordRuns } from './mentions.ts';
import type { Quotation } from './quotations.ts';

/** What a run holds that the other version lacks. */
export interface RunContents {
  /** Speakers of its quotations, where known, in reading order. */
  readonly speakers: readonly string[];
  /** Its quotations with no speaker named beside them. */
  readonly unattributed: number;
  readonly names: readonly string[];
  readonly figures: readonly string[];
}

/**
 * Reporting verbs of every stance. The context's verbs leave out a form read as a noun after
 * "this" or "the", and right after a closing quotation mark the word before is the speaker's
 * ("…like this,” said Jane Smith"): here any form beside a name will do.
 */
const VERBS = compileLexicon(Object.values(REPORTING_VERBS).flat());

/** How many names and figures a summary lists at most: enough to be concrete, few enough to read. */
const MOST = 4;

/** Capitalised words that open a sentence without naming anyone: "He said", "The minister said". */
const NOT_NAMES = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'the',
  'a',
  'an',
  'this',
  'that',
  'but',
  'and',
]);
/** Words before a place's name: what follows them is where someone is from, not who they are. */
const PREPOSITIONS = new Set(['for', 'of', 'in', 'at', 'from', 'to', 'on', 'by', 'near']);

/** What a run is held against: the other version's words, names and figures, read once. */
export interface OtherVersion {
  readonly text: string;
  readonly names: NameIndex;
  readonly figures: ReadonlySet<string>;
}

/**
 * The other version indexed for `runContents`. Built once per side and shared by all its runs: a
 * long article may have hundreds of runs, and reading the whole other version for each would make
 * the analysis quadratic in the article's length.
 */
export function otherVersion(other: readonly Mentionable[]): OtherVersion {
  return {
    text: ` ${other.map((info) => info.words.map((word) => word.folded).join(' ')).join(' ')} `,
    names: new NameIndex(other.flatMap(capitalisedForms)),
    figures: new Set(other.flatMap((info) => [...figures(info), ...conversions(info)].map((figure) => figure.key))),
  };
}

/** The run's quotations, names and figures that the other version does not have. */
export function runContents(members: readonly UnitInfo[], other: OtherVersion): RunContents {
  const { text: otherText, names: otherNames, figures: otherFigures } = other;
  const speakers: string[] = [];
  let unattributed = 0;
  for (const info of members) {
    for (const quotation of info.quotations) {
      const words = info.words.filter((word) => word.start >= quotation.start && word.end <= quotation.end);
      // A quotation the other side has word for word, elsewhere, is not lost (or not new).
      if (words.length === 0 || otherText.includes(` ${words.map((word) => word.folded).join(' ')} `)) continue;
      const speaker = speakerOf(info, quotation);
      // One speaker named twice ("Jane Smith", then "Smith") is one speaker; past the first few, a count.
      const known = speaker !== undefined && speakers.some((name) => sameName(name, speaker));
      if (speaker === undefined || (!known && speakers.length === MOST)) unattributed += 1;
      else if (!known) speakers.push(speaker);
    }
  }
  const runNames = members
    .flatMap((info) => wordRuns(info.unit.text, names(info)).map((run) => run.text.replace(/['’]s?$/u, '')))
    .filter((name) => !isCalendarWord(name) && !saysRun(otherNames, name))
    .filter((name) => !speakers.some((speaker) => sameName(speaker, name)));
  // A name of several words ("Jane Smith", "National Grid") says more than a lone capital, which
  // may open a question or a title ("Does", "Col"): those come first.
  const byWords = [...new Set(runNames)].sort((x, y) => Number(/\s/u.test(y)) - Number(/\s/u.test(x)));
  const chosen: string[] = [];
  for (const name of byWords) if (!chosen.some((other) => sameName(other, name))) chosen.push(name);
  // Figures with a currency, a sign or a scale ("$7 million", "1.5%", "105 miles") before bare
  // numbers, which are often days of the month.
  const runFigures = members
    .flatMap((info) =>
      figures(info)
        .filter((figure) => !otherFigures.has(figure.key))
        .map((figure) => figureText(info, figure.word, figure.key)),
    )
    .sort((x, y) => Number(/^[\p{Nd},.]+$/u.test(x)) - Number(/^[\p{Nd},.]+$/u.test(y)));
  return {
    speakers,
    unattributed,
    names: chosen.slice(0, MOST),
    figures: [...new Set(runFigures)].slice(0, MOST),
  };
}

/** The contents in words: "the quotations of A and B, the names “C” and the figures “1.5%” and “2 million”". */
export function contentsPhrase(contents: RunContents): string {
  const parts: string[] = [];
  const { speakers, unattributed } = contents;
  if (speakers.length > 0) {
    const others = unattributed === 0 ? '' : ` and ${unattributed} more`;
    parts.push(
      `the ${speakers.length + unattributed === 1 ? 'quotation' : 'quotations'} of ${plain(speakers)}${others}`,
    );
  } else if (unattributed > 0) {
    parts.push(unattributed === 1 ? 'a quotation' : `${unattributed} quotations`);
  }
  if (contents.names.length > 0)
    parts.push(`${contents.names.length === 1 ? 'the name' : 'the names'} ${listed(contents.names)}`);
  if (contents.figures.length > 0)
    parts.push(`${contents.figures.length === 1 ? 'the figure' : 'the figures'} ${listed(contents.figures)}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** True when one name contains the other as whole words: "Smith" and "Jane Smith". */
function sameName(x: string, y: string): boolean {
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return ` ${longer} `.includes(` ${shorter} `);
}

/** Words joined for a sentence without quotation marks: "A", "A and B", "A, B and C". */
function plain(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * The speaker of a quotation: the capitalised words right before or after the reporting verb
 * nearest to it ("…,” Smith said", "said Rear Adm. Jane Smith"). A pronoun ("he said") or a
 * description ("a spokesman said") names no one: the speaker is then unknown.
 */
function speakerOf(info: UnitInfo, quotation: Quotation): string | undefined {
  const distance = (start: number) => Math.min(Math.abs(start - quotation.end), Math.abs(start - quotation.start));
  const verbs = matchLexicon(info.words, info.unit.text, VERBS, info.quotations, false)
    .filter((match) => !match.quoted)
    .sort((x, y) => distance(x.start) - distance(y.start));
  for (const verb of verbs) {
    const last = info.words.findIndex((word) => word.end >= verb.end);
    // After "told" comes who was told ("told Reuters"), not who spoke.
    const name =
      nameAround(info, verb.index - 1, -1) ?? (verb.headword === 'tell' ? undefined : nameAround(info, last + 1, 1));
    if (name !== undefined) return name;
  }
  return undefined;
}

/** The run of capitalised words (outside quotations) that starts at a word and reads in one direction. */
export function nameAround(info: UnitInfo, from: number, step: 1 | -1): string | undefined {
  const taken: Word[] = [];
  for (let index = from; index >= 0 && index < info.words.length; index += step) {
    const word = info.words[index]!;
    if (!isCapitalised(word.text) || isQuoted(word.start, info.quotations)) break;
    const neighbour = taken.at(-1);
    if (neighbour !== undefined) {
      const [left, right] = step === 1 ? [neighbour, word] : [word, neighbour];
      // Words of one name are apart by a space, a hyphen or a title's full stop ("Rear Adm. John Kirby").
      if (!/^[.\s-]*$/u.test(info.unit.text.slice(left.end, right.start))) break;
    }
    taken.push(word);
  }
  const words = (step === 1 ? taken : taken.reverse()).filter(
    (word, index) => index > 0 || !NOT_NAMES.has(word.folded),
  );
  if (words.length === 0 || words.every((word) => isCalendarWord(word.text))) return undefined;
  // A place after a preposition ("MP for Witney, added") is where the speaker is from, not who spoke.
  const previous = info.words[info.words.indexOf(words[0]!) - 1];
  if (previous !== undefined && PREPOSITIONS.has(previous.text)) return undefined;
  return info.unit.text.slice(words[0]!.start, words.at(-1)!.end).replace(/['’]s$/u, '');
}
