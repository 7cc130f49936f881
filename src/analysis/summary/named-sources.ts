/**
 * The named sources of a version: whom its writer attributes something to by name ("…, Smith
 * said", "said Rear Adm. Jane Smith", "according to the Health Ministry"), as the wire styles
 * require for every claim that is not common knowledge. An agency is a credit, not a source here
 * (the summary names it apart), and a pronoun or a description ("he said", "officials said") names
 * no one.
 */
import type { EmphasisContext, UnitInfo } from '../emphasis/context.ts';
import { NEWS_AGENCIES, REPORTING_VERBS, VAGUE_SOURCES } from '../emphasis/lexicons.ts';
import { compileLexicon, isQuoted, matchLexicon } from '../emphasis/match.ts';
import { capitalisedForms, NameIndex, nameKey, saysWhole } from '../emphasis/mentions.ts';
import { isHonorific, officeWord, spelledOut } from '../emphasis/house-style.ts';
import { nameAround } from '../emphasis/run-contents.ts';

const AGENCIES = new Set(NEWS_AGENCIES.map(nameKey));
const VERBS = compileLexicon(Object.values(REPORTING_VERBS).flat());
/** Stand-ins for a source ("Officials", "Critics"), capitalised only because they open a sentence. */
const VAGUE = new Set(VAGUE_SOURCES.flatMap((entry) => entry.forms.map((form) => form.toLowerCase())));

/** The version's named sources, in reading order, each once (its longest form: "Jane Smith", not "Smith"). */
export function namedSources(context: EmphasisContext, side: 'from' | 'to'): string[] {
  const infos = [...context[side].values()].filter((info) => info.unit.kind !== 'headline');
  // Words this version also writes in lower case: a capital that opens a sentence ("Officials
  // said", "Police said") is then the sentence's capital, not a name's.
  const lowerCase = new Set(
    infos.flatMap((info) => info.words.filter((word) => !/^\p{Lu}/u.test(word.text)).map((word) => word.folded)),
  );
  const found: string[] = [];
  for (const info of infos) {
    for (const name of sourcesOf(info)) {
      const single = !/\s/u.test(name);
      if (AGENCIES.has(nameKey(name)) || VAGUE.has(name.toLowerCase())) continue;
      if (single && info.words[0]?.text === name && lowerCase.has(info.words[0].folded)) continue;
      const same = found.findIndex((other) => sameName(other, name));
      if (same === -1) found.push(name);
      else found[same] = betterName(found[same]!, name);
    }
  }
  return found;
}

/** The names beside the unit's reporting verbs, and after its "according to". */
function sourcesOf(info: UnitInfo): string[] {
  const names: (string | undefined)[] = [];
  const text = info.unit.text;
  // A name right beside its verb, apart by spaces only: "Smith said", "said Jane Smith". After a
  // comma comes a description ("Frenzel, an Illinois Democrat, said"), not the speaker's name.
  const beside = (from: number, to: number) => /^\s+$/u.test(text.slice(from, to));
  // A line in capitals ("POLICE ALLEGE PLOT") shows no names by their capitals.
  if (!/\p{Ll}/u.test(text)) return [];
  const afterClause = (start: number) => /[,"”'’]\s*$/u.test(text.slice(0, start));
  // The context's verbs leave out a form read as a noun after "this" or "the"; right after a
  // quotation's closing mark ("…like this,” said Jane Smith") any form is the verb.
  const asVerbs = new Set(info.verbs.map((verb) => verb.start));
  const verbs = matchLexicon(info.words, text, VERBS, info.quotations, false).filter(
    (match) => !match.quoted && (asVerbs.has(match.start) || afterClause(match.start)),
  );
  for (const verb of verbs) {
    // "saying", "reporting": a participle or a noun ("Additional reporting by"), whose subject is
    // elsewhere; a capitalised form opens a name ("State Department"), not a clause.
    if (/ing$/u.test(verb.text) || /^\p{Lu}/u.test(verb.text)) continue;
    const before = info.words[verb.index - 1];
    // The verb's last word, found from its first: a unit may hold a megabyte of words.
    let last = verb.index;
    while (last + 1 < info.words.length && info.words[last]!.end < verb.end) last += 1;
    const after = info.words[last + 1];
    const name =
      before !== undefined && beside(before.end, verb.start) ? nameAround(info, verb.index - 1, -1) : undefined;
    // A speaker follows the verb after a quotation or a clause ("…,” said Jane Smith"); after
    // "told" comes who was told ("told Reuters"), and elsewhere what was said ("says Canada is…").
    const inverted =
      after !== undefined && verb.headword !== 'tell' && afterClause(verb.start) && beside(verb.end, after.start)
        ? nameAround(info, last + 1, 1)
        : undefined;
    names.push(name ?? inverted);
  }
  info.words.forEach((word, index) => {
    if (word.folded !== 'according' || info.words[index + 1]?.folded !== 'to') return;
    if (isQuoted(word.start, info.quotations)) return;
    // "according to the Health Ministry": the article opens the name without being part of it.
    const first = info.words[index + 2]?.folded === 'the' ? index + 3 : index + 2;
    names.push(nameAround(info, first, 1));
  });
  return names.filter((name): name is string => name !== undefined);
}

/**
 * True when two names name one person: one contains the other as whole words ("Smith", "Jane
 * Smith"), or they share a surname and one says it with a courtesy title ("Mr Blair", "Tony Blair").
 */
function sameName(x: string, y: string): boolean {
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (` ${longer} `.includes(` ${shorter} `)) return true;
  const [xWords, yWords] = [x.split(/\s+/u), y.split(/\s+/u)];
  const titled = isHonorific(xWords[0]!) || isHonorific(yWords[0]!);
  return titled && xWords.length > 1 && yWords.length > 1 && xWords.at(-1) === yWords.at(-1);
}

/** The better of two forms of one name: the one without a courtesy title, else the longer. */
function betterName(x: string, y: string): string {
  const titled = (name: string) => isHonorific(name.split(/\s+/u)[0]!);
  if (titled(x) !== titled(y)) return titled(x) ? y : x;
  return y.length > x.length ? y : x;
}

/**
 * The sources of one version that the other still names somewhere (as a source or not), and
 * those it never names: said whole, by its initials, or by its last word ("Smith" for "Jane Smith").
 */
export function sourcesKept(
  context: EmphasisContext,
  sources: readonly string[],
  other: 'from' | 'to',
): { readonly kept: string[]; readonly gone: string[] } {
  const infos = [...context[other].values()];
  const index = new NameIndex(infos.flatMap(capitalisedForms));
  const texts = infos.map((info) => info.unit.text);
  // Someone else of the same last name ("John Smith" for "Mary Smith") does not say the source.
  const someoneElse = (name: string) => {
    const words = name.split(/\s+/u);
    if (words.length < 2) return false;
    const before = words.at(-2)!;
    const pattern = new RegExp(`(\\p{Lu}[\\p{L}.'’-]*)\\s+${escaped(words.at(-1)!)}(?![\\p{L}])`, 'gu');
    // A title before the last name ("Ms Smith", "Secretary Smith") is the same person.
    const other = (word: string) =>
      word !== before && !isHonorific(word) && officeWord(spelledOut(word.replace(/\.$/u, ''))) === undefined;
    return texts.some((text) => [...text.matchAll(pattern)].some((match) => other(match[1]!)));
  };
  const said = (name: string) =>
    saysWhole(index, name) || (index.says(name.split(/\s+/u).at(-1)!) && !someoneElse(name));
  return { kept: sources.filter(said), gone: sources.filter((name) => !said(name)) };
}

/** A text for a regular expression, its special characters escaped. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
