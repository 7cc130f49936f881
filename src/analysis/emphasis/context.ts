/**
 * What every finding detector reads: both versions' units with their words, quotations and lexicon
 * matches worked out once, and the alignment groups that say which units correspond.
 */
import type { Credits, Unit } from '../units/units.ts';
import type { Segment } from '../diff/word-diff.ts';
import { BOOSTERS, HEDGES, REPORTING_VERBS, type VerbStance } from './lexicons.ts';
import type { CompiledLexicon, LexiconMatch, Word } from './match.ts';
import { compileLexicon, isCapitalised, matchLexicon, textWords } from './match.ts';
import type { Quotation } from './quotations.ts';
import { findQuotations } from './quotations.ts';

/** One version as the emphasis analysis sees it. */
export interface EmphasisSide {
  readonly units: readonly Unit[];
  readonly credits: Credits;
}

/** What the analysis needs of an alignment group. */
export interface EmphasisGroup {
  readonly id: string;
  readonly op: 'unchanged' | 'edited' | 'split' | 'merged' | 'moved';
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly diff: {
    readonly from: readonly { readonly unit: string; readonly segments: readonly Segment[] }[];
    readonly to: readonly { readonly unit: string; readonly segments: readonly Segment[] }[];
  };
}

/** The input of the emphasis analysis: the two versions and their alignment. */
export interface EmphasisInput {
  readonly from: EmphasisSide;
  readonly to: EmphasisSide;
  readonly groups: readonly EmphasisGroup[];
  readonly dropped: readonly string[];
  readonly added: readonly string[];
}

/** A reporting verb found in a text, with its stance. */
export interface VerbMatch extends LexiconMatch {
  readonly stance: VerbStance;
}

/** A unit with everything the detectors look at. */
export interface UnitInfo {
  readonly unit: Unit;
  readonly side: 'from' | 'to';
  readonly words: readonly Word[];
  readonly quotations: readonly Quotation[];
  /** Lexicon matches outside quotations: the writer's own words. */
  readonly hedges: readonly LexiconMatch[];
  readonly boosters: readonly LexiconMatch[];
  readonly verbs: readonly VerbMatch[];
  /** Where the unit sits in its version's body: 0 at the top, 1 at the end (headline and standfirst: 0). */
  readonly position: number;
}

/** Both versions worked out, and the groups by unit. */
export interface EmphasisContext {
  readonly input: EmphasisInput;
  readonly from: ReadonlyMap<string, UnitInfo>;
  readonly to: ReadonlyMap<string, UnitInfo>;
  readonly groupOf: {
    readonly from: ReadonlyMap<string, EmphasisGroup>;
    readonly to: ReadonlyMap<string, EmphasisGroup>;
  };
}

const LEXICONS = {
  hedges: compileLexicon(HEDGES),
  boosters: compileLexicon(BOOSTERS),
  verbs: compileLexicon(Object.values(REPORTING_VERBS).flat()),
};
/** Each reporting verb's stance, by headword (a headword has one stance). */
const STANCES = new Map(
  Object.entries(REPORTING_VERBS).flatMap(([stance, entries]) =>
    entries.map((entry) => [entry.headword, stance as VerbStance] as const),
  ),
);

/** Kinds of unit that may be set in Title Case, where a capital does not mark a name. */
export const TITLE_KINDS: ReadonlySet<Unit['kind']> = new Set(['headline', 'standfirst', 'heading']);

/** True for the top of an article, the lines most readers read: its headline and standfirst. */
export const isTop = (info: Pick<UnitInfo, 'unit'>): boolean =>
  info.unit.kind === 'headline' || info.unit.kind === 'standfirst';

/** Words after which a reporting verb's form is a noun: "the report", "Moscow’s demands". */
const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'these',
  'those',
  'this',
  'such',
  'no',
  'any',
  'some',
  'many',
  'of',
  'repeated',
]);
/** Subjects after which a form in -s is a verb: "he claims", "Trump warns". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'who', 'which', 'that', 'one']);

/**
 * True when a reporting verb's form is used as a verb. Many are nouns too ("claims", "demands",
 * "reports"): after an article or a possessive they are nouns, and a form in -s counts as a verb
 * only after a name or a pronoun ("Trump claims", "he warns").
 */
function usedAsVerb(words: readonly Word[], match: LexiconMatch): boolean {
  const previous = words[match.index - 1];
  if (previous === undefined) return true;
  if (/['’]s$/u.test(previous.text) || NOUN_MARKERS.has(previous.folded)) return false;
  const form = match.text.split(/\s/u)[0]!.toLowerCase();
  if (form.endsWith('s') && form !== 'says')
    return isCapitalised(previous.text) || SUBJECT_PRONOUNS.has(previous.folded);
  return true;
}

/**
 * True when a headline is set in Title Case, where every word has a capital and a capital says
 * nothing of a name. A headline in sentence case keeps the rule of sentences: a capital inside it
 * marks a name ("Election set for May 5").
 */
function inTitleCase(words: readonly Word[]): boolean {
  const lettered = words.filter((word) => /\p{L}/u.test(word.text));
  const long = lettered.filter((word) => [...word.text].length > 3);
  if (long.length === 0) return false;
  return long.filter((word) => isCapitalised(word.text)).length / long.length >= 0.6;
}

/** A lexicon match that is a month or a name's word, not the word of the list: "May 5", "in May 2025". */
function isMonthBeforeNumber(words: readonly Word[], match: LexiconMatch): boolean {
  return match.headword === 'may' && /^\p{N}/u.test(words[match.index + 1]?.text ?? '');
}

/** Works out both versions once, for every detector. */
export function emphasisContext(input: EmphasisInput): EmphasisContext {
  const groupOf = { from: new Map<string, EmphasisGroup>(), to: new Map<string, EmphasisGroup>() };
  for (const group of input.groups) {
    for (const id of group.from) groupOf.from.set(id, group);
    for (const id of group.to) groupOf.to.set(id, group);
  }
  return { input, from: sideInfo(input.from.units, 'from'), to: sideInfo(input.to.units, 'to'), groupOf };
}

function sideInfo(units: readonly Unit[], side: 'from' | 'to'): Map<string, UnitInfo> {
  const body = units.filter((unit) => unit.kind !== 'headline' && unit.kind !== 'standfirst');
  const bodyIndex = new Map(body.map((unit, index) => [unit.id, index]));
  const info = new Map<string, UnitInfo>();
  for (const unit of units) {
    const words = textWords(unit.text);
    const quotations = findQuotations(unit.text);
    const titleCase = TITLE_KINDS.has(unit.kind) && inTitleCase(words);
    const unquoted = (lexicon: CompiledLexicon) =>
      matchLexicon(words, unit.text, lexicon, quotations, titleCase).filter(
        (match) => !match.quoted && !isMonthBeforeNumber(words, match),
      );
    const verbs: VerbMatch[] = unquoted(LEXICONS.verbs)
      .filter((match) => usedAsVerb(words, match))
      .map((match) => ({ ...match, stance: STANCES.get(match.headword)! }));
    const index = bodyIndex.get(unit.id);
    info.set(unit.id, {
      unit,
      side,
      words,
      quotations,
      hedges: unquoted(LEXICONS.hedges),
      boosters: unquoted(LEXICONS.boosters),
      verbs,
      position: index === undefined || body.length <= 1 ? 0 : index / (body.length - 1),
    });
  }
  return info;
}

/** A side's units with what the detectors look at, in reading order. */
export function unitsOf(context: EmphasisContext, side: 'from' | 'to'): UnitInfo[] {
  return [...context[side].values()];
}
