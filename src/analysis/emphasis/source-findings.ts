/**
 * Who says it, and the names and figures: a news agency, byline or photo credit that disappears or
 * appears; an attribution that turns vaguer ("Kyiv and allies" becoming "many") or more specific;
 * names present in one version only; numbers that changed.
 */
import { foldCase } from '../units/normalize.ts';
import type { EmphasisContext, UnitInfo } from './context.ts';
import { TITLE_KINDS } from './context.ts';
import type { Draft, Mark } from './finding.ts';
import { clampSalience, excerpt, listed, sideOf } from './finding.ts';
import { NEWS_AGENCIES, VAGUE_SOURCES } from './lexicons.ts';
import type { Word } from './match.ts';
import { compileLexicon, isCapitalised, matchLexicon } from './match.ts';
import { capitalisedForms, figures, NameIndex, nameKey, unsaidWords, wordRuns } from './mentions.ts';

const VAGUE = compileLexicon(VAGUE_SOURCES);

export function sourceFindings(context: EmphasisContext): Draft[] {
  return [
    ...agencyFindings(context),
    ...creditFindings(context),
    ...vaguerFindings(context),
    ...nameFindings(context),
    ...groupNameFindings(context),
    ...numberFindings(context),
  ];
}

const unitsOf = (context: EmphasisContext, side: 'a' | 'b'): UnitInfo[] => [...context[side].values()];
const none = { units: [] as string[], excerpt: '' };

/** Each agency's name as whole words, with its capitals: "AP" is not "ap" or "map". */
const AGENCY_PATTERNS = NEWS_AGENCIES.map((name) => ({
  name,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'),
}));

/**
 * True when the text credits the agency: its name in parentheses or after a slash ("/ AFP"),
 * after "by", "via", "told" or "according to", or before "said", "reported" or "news agency". A
 * name that merely contains it ("Michael Bloomberg") or a place ("coastal AP") is not a credit.
 */
function creditedIn(text: string, pattern: RegExp): boolean {
  const match = pattern.exec(text);
  if (match === null) return false;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  return (
    /(?:\(|\/|\b(?:by|via|told|to|from))\s*$/iu.test(before) ||
    /^\s*(?:\)|\/|['’]s\b|(?:said|says|reported|reports|report|news agency|wire|correspondents?|reporters?)\b)/iu.test(after)
  );
}

function agencyFindings(context: EmphasisContext): Draft[] {
  const drafts: Draft[] = [];
  const texts = (side: 'a' | 'b') => [
    ...unitsOf(context, side).map((info) => info.unit.text),
    context.input[side].credits.photo ?? '',
    context.input[side].credits.byline ?? '',
  ];
  const inText = (side: 'a' | 'b', pattern: RegExp) => unitsOf(context, side).some((info) => creditedIn(info.unit.text, pattern));
  for (const { name, pattern } of AGENCY_PATTERNS) {
    const inA = texts('a').some((text) => creditedIn(text, pattern));
    const inB = texts('b').some((text) => creditedIn(text, pattern));
    // An agency named only in a credit is the credit finding's to report.
    if (inA === inB || !(inA ? inText('a', pattern) : inText('b', pattern))) continue;
    const side = inA ? 'a' : 'b';
    const where = unitsOf(context, side).filter((info) => creditedIn(info.unit.text, pattern));
    const marks: Mark[] = where.flatMap((info) => {
      const match = pattern.exec(info.unit.text)!;
      return [{ side, unit: info.unit.id, start: match.index, end: match.index + match[0].length, category: 'source' as const }];
    });
    const place = where.length > 0 ? { units: where.map((info) => info.unit.id), excerpt: excerpt(where[0]!.unit.text) } : { units: [], excerpt: name };
    drafts.push({
      kind: 'attribution',
      change: inA ? 'dropped' : 'added',
      salience: inA ? 0.7 : 0.45,
      a: inA ? place : none,
      b: inA ? none : place,
      marks,
      group: where.length > 0 ? context.groupOf[side].get(where[0]!.unit.id)?.id : undefined,
      explanation: inA
        ? `The rewrite no longer credits ${name}: a reader cannot tell the information came from that agency.`
        : `The rewrite credits ${name}, which the original does not mention.`,
    });
  }
  return drafts;
}

function creditFindings(context: EmphasisContext): Draft[] {
  const drafts: Draft[] = [];
  for (const [field, label, salience] of [
    ['byline', 'byline', 0.45],
    ['photo', 'photo credit', 0.4],
  ] as const) {
    const a = context.input.a.credits[field];
    const b = context.input.b.credits[field];
    if (a === undefined || a.trim() === '' || (b !== undefined && foldCase(b) === foldCase(a))) continue;
    drafts.push({
      kind: 'attribution',
      change: b === undefined ? 'dropped' : 'changed',
      salience: b === undefined ? salience : salience - 0.1,
      a: { units: [], excerpt: a },
      b: b === undefined ? none : { units: [], excerpt: b },
      marks: [],
      explanation: b === undefined ? `The rewrite drops the original’s ${label}, “${a}”.` : `The ${label} changed from “${a}” to “${b}”.`,
    });
  }
  return drafts;
}

/**
 * An attribution that became vaguer: a changed stretch of the original held a name, and the
 * rewrite's stretch in its place holds a stand-in such as "many" or "officials" (not "American
 * officials", which names someone) that the original's units did not use; or the reverse, more
 * specific. A stretch's place is the number of unchanged words before it, the same on both sides.
 */
function vaguerFindings(context: EmphasisContext): Draft[] {
  const drafts: Draft[] = [];
  for (const group of context.input.groups) {
    if (group.op === 'unchanged') continue;
    const a = group.a.map((id) => context.a.get(id)!);
    const b = group.b.map((id) => context.b.get(id)!);
    const stretchesA = changedStretches(group.diff.a, a, 'removed');
    const stretchesB = changedStretches(group.diff.b, b, 'added');
    const foldedA = new Set(a.flatMap((info) => info.words.map((word) => word.folded)));
    const foldedB = new Set(b.flatMap((info) => info.words.map((word) => word.folded)));
    // A stand-in names nobody unless a name stands right before it ("American officials");
    // "On Monday, officials" still names nobody.
    const vagueIn = (stretch: Stretch, elsewhere: ReadonlySet<string>): Word[] =>
      matchLexicon(stretch.words, stretch.info.unit.text, VAGUE, stretch.info.quotations, false)
        .filter((match) => !match.quoted && !elsewhere.has(foldCase(match.text)))
        .filter((match) => {
          const first = stretch.words[match.index]!;
          const position = stretch.info.words.indexOf(first);
          const before = stretch.info.words[position - 1];
          return before === undefined || !isCapitalised(before.text) || !/^\s+$/u.test(stretch.info.unit.text.slice(before.end, first.start));
        })
        .flatMap((match) => stretch.words.filter((word) => word.start >= match.start && word.end <= match.end));
    const namesIn = (stretch: Stretch): Word[] => stretch.words.filter((word) => word.capitalisedInside);
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
      a: sideOf(a),
      b: sideOf(b),
      group: group.id,
    };
    const prominence = 1 - 0.4 * Math.min(...a.map((info) => info.position));
    for (const stretchA of stretchesA) {
      const stretchB = stretchesB.find((candidate) => candidate.place === stretchA.place);
      if (stretchB === undefined) continue;
      const namesLost = leadingNames(stretchA);
      const namesGained = leadingNames(stretchB);
      if (namesLost.length === 0 && namesGained.length === 0) continue;
      const vagueGained = namesLost.length > 0 ? vagueIn(stretchB, foldedA) : [];
      const vagueLost = namesGained.length > 0 ? vagueIn(stretchA, foldedB) : [];
      const runs = (stretch: Stretch, words: readonly Word[]) => wordRuns(stretch.info.unit.text, words);
      const marksOf = (stretch: Stretch, words: readonly Word[]): Mark[] =>
        runs(stretch, words).map((run) => ({ side: stretch.info.side, unit: stretch.info.unit.id, start: run.start, end: run.end, category: 'source' as const }));
      const texts = (stretch: Stretch, words: readonly Word[]) => runs(stretch, words).map((run) => run.text);
      if (namesLost.length > 0 && vagueGained.length > 0) {
        drafts.push({
          kind: 'attribution',
          change: 'vaguer',
          salience: clampSalience(0.65 * prominence),
          ...sides,
          marks: [...marksOf(stretchA, namesLost), ...marksOf(stretchB, vagueGained)],
          explanation: `The rewrite says ${listed(texts(stretchB, vagueGained))} where the original named ${listed(texts(stretchA, namesLost))}: the reader no longer learns who.`,
        });
      } else if (namesGained.length > 0 && vagueLost.length > 0) {
        drafts.push({
          kind: 'attribution',
          change: 'more specific',
          salience: clampSalience(0.4 * prominence),
          ...sides,
          marks: [...marksOf(stretchA, vagueLost), ...marksOf(stretchB, namesGained)],
          explanation: `The rewrite names ${listed(texts(stretchB, namesGained))} where the original said ${listed(texts(stretchA, vagueLost))}.`,
        });
      }
    }
  }
  return drafts;
}

/** A changed stretch of one unit: its words, and its place (unchanged words of the side before it). */
interface Stretch {
  readonly info: UnitInfo;
  readonly words: readonly Word[];
  readonly place: number;
}

/** The changed stretches of a group's side, in order. */
function changedStretches(diffs: EmphasisContext['input']['groups'][number]['diff']['a'], infos: readonly UnitInfo[], op: 'removed' | 'added'): Stretch[] {
  const stretches: Stretch[] = [];
  let unchanged = 0;
  for (const diff of diffs) {
    const info = infos.find((candidate) => candidate.unit.id === diff.unit);
    if (info === undefined) continue;
    // Words and segments both run in text order: one pass over each.
    let next = 0;
    let offset = 0;
    for (const segment of diff.segments) {
      offset += segment.text.length;
      const words: Word[] = [];
      while (next < info.words.length && info.words[next]!.end <= offset) words.push(info.words[next++]!);
      if (segment.op === 'same') unchanged += words.length;
      else if (segment.op === op && words.length > 0) stretches.push({ info, words, place: unchanged });
    }
  }
  return stretches;
}

/**
 * Names in the kept text of one version and nowhere in the other: information the reader of the
 * rewrite never gets (or gets new). Names in dropped or added units are left to those findings,
 * and agencies to the attribution findings.
 */
function nameFindings(context: EmphasisContext): Draft[] {
  const agencies = new Set(NEWS_AGENCIES.map(nameKey));
  // Every capitalised word of a side, wherever it stands (a name may open a sentence there),
  // and the initials of its names of several words.
  const everywhere = (side: 'a' | 'b') => new NameIndex(unitsOf(context, side).flatMap(capitalisedForms));
  const drafts: Draft[] = [];
  for (const [side, other] of [
    ['a', 'b'],
    ['b', 'a'],
  ] as const) {
    const present = everywhere(other);
    for (const info of unitsOf(context, side)) {
      const group = context.groupOf[side].get(info.unit.id);
      if (group === undefined) continue;
      // Names are judged whole ("United States", said by "US"); of a run not said whole, only
      // the words not said are reported ("President" of "President Joe Biden" when the rewrite
      // says "Joe Biden").
      const runs = unsaidWords(info, present).filter((run) => !agencies.has(nameKey(run.text)));
      if (runs.length === 0) continue;
      const counterpart = (side === 'a' ? group.b : group.a).map((id) => context[other].get(id)!);
      const here = { units: [info.unit.id], excerpt: excerpt(info.unit.text) };
      const there = sideOf(counterpart);
      drafts.push({
        kind: 'name',
        change: side === 'a' ? 'dropped' : 'added',
        // A name the rewrite adds is often the same referent said another way ("American" for
        // "US"): it ranks low; a name dropped is information the reader of the rewrite never gets.
        salience: clampSalience((side === 'a' ? 0.45 : 0.15) * (1 - 0.4 * info.position)),
        a: side === 'a' ? here : there,
        b: side === 'a' ? there : here,
        marks: runs.map((run) => ({ side, unit: info.unit.id, start: run.start, end: run.end, category: 'name' as const })),
        group: group.id,
        explanation:
          side === 'a'
            ? `The rewrite no longer mentions ${listed(runs.map((run) => run.text))}.`
            : `The rewrite mentions ${listed(runs.map((run) => run.text))}, which the original does not.`,
      });
    }
  }
  return drafts;
}

/**
 * A name the rewrite keeps somewhere but no longer says in this sentence: whose deadline ("Trump’s
 * deadline" becoming "negotiation timelines"), whose guarantee ("a US security guarantee"
 * becoming "security guarantees"). Said another way ("US" for "American") does not count.
 */
function groupNameFindings(context: EmphasisContext): Draft[] {
  const drafts: Draft[] = [];
  const agencies = new Set(NEWS_AGENCIES.map(nameKey));
  const everywhereB = new Set(unitsOf(context, 'b').flatMap((info) => info.words.map((word) => nameKey(word.text))));
  for (const group of context.input.groups) {
    const a = group.a.map((id) => context.a.get(id)!);
    const b = group.b.map((id) => context.b.get(id)!);
    if (a.some((info) => TITLE_KINDS.has(info.unit.kind))) continue;
    const said = new NameIndex(b.flatMap(capitalisedForms));
    for (const info of a) {
      // Names gone from the whole rewrite are the other finding's; here, names it keeps elsewhere.
      const runs = unsaidWords(info, said).filter((run) => everywhereB.has(nameKey(run.text).split(/[\s-]+/u)[0]!) && !agencies.has(nameKey(run.text)));
      if (runs.length === 0) continue;
      const context3 = runs.map((run) => {
        const index = info.words.findIndex((word) => word.start === run.start);
        const from = info.words[Math.max(0, index - 2)]!;
        const to = info.words[Math.min(info.words.length - 1, index + 2)]!;
        return `“${from.start > 0 ? '…' : ''}${info.unit.text.slice(from.start, to.end)}…”`;
      });
      drafts.push({
        kind: 'name',
        change: 'dropped here',
        salience: clampSalience(0.35 * (1 - 0.4 * info.position)),
        a: { units: [info.unit.id], excerpt: excerpt(info.unit.text) },
        b: sideOf(b),
        marks: runs.map((run) => ({ side: 'a' as const, unit: info.unit.id, start: run.start, end: run.end, category: 'name' as const })),
        group: group.id,
        explanation: `The rewrite’s version of this sentence no longer names ${listed(runs.map((run) => nameKey(run.text)))} (${context3.join(', ')}).`,
      });
    }
  }
  return drafts;
}

function numberFindings(context: EmphasisContext): Draft[] {
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
