/**
 * Names present in one version only: gone from the whole rewrite (or new in it), or kept in the
 * rewrite but no longer said in the sentence that said them.
 */
import type { EmphasisContext, UnitInfo } from '../context.ts';
import { TITLE_KINDS, unitsOf } from '../context.ts';
import type { Draft } from '../finding.ts';
import { clampSalience, excerpt, listed, sideOf } from '../finding.ts';
import { prominence, SALIENCE } from '../salience.ts';
import { NEWS_AGENCIES } from '../lexicons.ts';
import { officeWord, spelledOut } from '../house-style.ts';
import { capitalisedForms, NameIndex, nameKey, unsaidWords } from '../mentions.ts';

/**
 * Names in the kept text of one version and nowhere in the other: information the reader of the
 * rewrite never gets (or gets new). Names in dropped or added units are left to those findings,
 * and agencies to the attribution findings.
 */
export function nameFindings(context: EmphasisContext): Draft[] {
  const agencies = new Set(NEWS_AGENCIES.map(nameKey));
  // Every capitalised word of a side, wherever it stands (a name may open a sentence there),
  // and the initials of its names of several words.
  const everywhere = (side: 'from' | 'to') => new NameIndex(unitsOf(context, side).flatMap(capitalisedForms));
  const drafts: Draft[] = [];
  for (const [side, other] of [
    ['from', 'to'],
    ['to', 'from'],
  ] as const) {
    const present = everywhere(other);
    for (const info of unitsOf(context, side)) {
      const group = context.groupOf[side].get(info.unit.id);
      if (group === undefined) continue;
      // Names are judged whole ("United States", said by "US"); of a run not said whole, only
      // the words not said are reported ("President" of "President Joe Biden" when the rewrite
      // says "Joe Biden").
      const runs = unsaidWords(info, present).filter(
        (run) => !agencies.has(nameKey(run.text)) && (side === 'to' || !shortenedName(info, run, present)),
      );
      if (runs.length === 0) continue;
      const counterpart = (side === 'from' ? group.to : group.from).map((id) => context[other].get(id)!);
      const here = { units: [info.unit.id], excerpt: excerpt(info.unit.text) };
      const there = sideOf(counterpart);
      drafts.push({
        kind: 'name',
        change: side === 'from' ? 'dropped' : 'added',
        // A name the rewrite adds is often the same referent said another way ("American" for
        // "US"): it ranks low; a name dropped is information the reader of the rewrite never gets.
        salience: clampSalience(
          (side === 'from' ? SALIENCE.name.dropped : SALIENCE.name.added) * prominence(info.position),
        ),
        from: side === 'from' ? here : there,
        to: side === 'from' ? there : here,
        marks: runs.map((run) => ({
          side,
          unit: info.unit.id,
          start: run.start,
          end: run.end,
          category: 'name' as const,
        })),
        group: group.id,
        explanation:
          side === 'from'
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
export function groupNameFindings(context: EmphasisContext): Draft[] {
  const drafts: Draft[] = [];
  const agencies = new Set(NEWS_AGENCIES.map(nameKey));
  const everywhereTo = new Set(unitsOf(context, 'to').flatMap((info) => info.words.map((word) => nameKey(word.text))));
  for (const group of context.input.groups) {
    const from = group.from.map((id) => context.from.get(id)!);
    const to = group.to.map((id) => context.to.get(id)!);
    if (from.some((info) => TITLE_KINDS.has(info.unit.kind))) continue;
    const said = new NameIndex(to.flatMap(capitalisedForms));
    for (const info of from) {
      // Names gone from the whole rewrite are the other finding's; here, names it keeps elsewhere.
      const runs = unsaidWords(info, said).filter(
        (run) =>
          everywhereTo.has(nameKey(run.text).split(/[\s-]+/u)[0]!) &&
          !agencies.has(nameKey(run.text)) &&
          !shortenedName(info, run, said),
      );
      if (runs.length === 0) continue;
      const context3 = runs.map((run) => {
        const index = info.words.findIndex((word) => word.start === run.start);
        const first = info.words[Math.max(0, index - 2)]!;
        const last = info.words[Math.min(info.words.length - 1, index + 2)]!;
        return `“${first.start > 0 ? '…' : ''}${info.unit.text.slice(first.start, last.end)}…”`;
      });
      drafts.push({
        kind: 'name',
        change: 'dropped here',
        salience: clampSalience(SALIENCE.name.droppedHere * prominence(info.position)),
        from: { units: [info.unit.id], excerpt: excerpt(info.unit.text) },
        to: sideOf(to),
        marks: runs.map((run) => ({
          side: 'from' as const,
          unit: info.unit.id,
          start: run.start,
          end: run.end,
          category: 'name' as const,
        })),
        group: group.id,
        explanation: `The rewrite’s version of this sentence no longer names ${listed(runs.map((run) => nameKey(run.text)))} (${context3.join(', ')}).`,
      });
    }
  }
  return drafts;
}

/**
 * True when the words not said are the first part of a name whose last part the rewrite says
 * ("Donald" of "Donald Trump" when the rewrite says "Trump", "Ahmed Abdi" of "Ahmed Abdi Godane"):
 * a name shortened on a later mention is house style, not a name gone.
 */
function shortenedName(info: UnitInfo, run: { readonly text: string; readonly end: number }, said: NameIndex): boolean {
  // A title dropped ("President" of "President Joe Biden") is still a change of how someone is named.
  if (run.text.split(/[\s.]+/u).some((word) => officeWord(spelledOut(word)) !== undefined)) return false;
  let end = run.end;
  let last: UnitInfo['words'][number] | undefined;
  for (const word of info.words) {
    if (word.start < end) continue;
    if (!word.capitalisedInside || !/^[.\s]*$/u.test(info.unit.text.slice(end, word.start))) break;
    last = word;
    end = word.end;
  }
  return last !== undefined && said.says(last.text);
}
