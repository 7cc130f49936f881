/**
 * Names present in one version only: gone from the whole rewrite (or new in it), or kept in the
 * rewrite but no longer said in the sentence that said them.
 */
import type { EmphasisContext } from '../context.ts';
import { TITLE_KINDS, unitsOf } from '../context.ts';
import type { Draft } from '../finding.ts';
import { clampSalience, excerpt, listed, sideOf } from '../finding.ts';
import { NEWS_AGENCIES } from '../lexicons.ts';
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
export function groupNameFindings(context: EmphasisContext): Draft[] {
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
