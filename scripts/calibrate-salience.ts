/**
 * npm run calibrate:salience [-- DIR]
 *
 * Chooses the salience table's weights (src/analysis/emphasis/salience.ts) by measurement: runs
 * the news evaluation set (default ../shared/eval/news) once with the committed table and once per
 * candidate setting below, each a change of one principle, and prints the set scorer's total line
 * for each, so that a reader can see what each weight does to the editor's items named and to what
 * leads. One configuration serves all pairs; the set is development data kept outside the project,
 * and nothing of it is copied here. Run by hand; it changes no file.
 */
import path from 'node:path';
import { SALIENCE } from '../src/analysis/emphasis/salience.ts';
import type { NewsSet } from './lib/news-set.ts';
import { DEFAULT_NEWS_SET, readNewsSet, scoreNewsSet } from './lib/news-set.ts';

/** The table with its weights writable, so that a candidate can set them for one run. */
type Writable<T> = { -readonly [K in keyof T]: T[K] extends number ? number : Writable<T[K]> };
type Table = Writable<typeof SALIENCE>;

interface Candidate {
  readonly name: string;
  readonly set: (table: Table) => void;
}

/**
 * One principle per candidate, set against the committed table. (The headline's weights are read
 * when its detector loads, so they are not among them.) The numbers are one guide: an added
 * sentence weighed like a dropped one scores a little higher here, but ranks a neutral new sentence
 * above a lost caveat on the seed story, which the newsroom conventions rank the other way.
 */
const CANDIDATES: readonly Candidate[] = [
  { name: 'new quotation as serious as an altered one (0.9)', set: (t) => (t.quotation.new = 0.9) },
  { name: 'new quotation 0.7', set: (t) => (t.quotation.new = 0.7) },
  { name: 'new quotation 0.3', set: (t) => (t.quotation.new = 0.3) },
  { name: 'added sentence weighs like a dropped one', set: (t) => (t.unit.added = t.unit.dropped) },
  { name: 'added sentence 0.1 below a dropped one', set: (t) => (t.unit.added = t.unit.dropped - 0.1) },
  { name: 'added run weighs like a dropped run', set: (t) => (t.run.added = t.run.dropped) },
  { name: 'added run 0.25', set: (t) => (t.run.added = 0.25) },
  { name: 'dropped run 0.55', set: (t) => (t.run.dropped = 0.55) },
  { name: 'sentence moved up 0.4', set: (t) => (t.structure.movedUp = 0.4) },
  { name: 'reporting verb 0.6', set: (t) => (t.certainty.verb.body = 0.6) },
  { name: 'hedge dropped 0.7', set: (t) => (t.certainty.hedgeDropped.body = 0.7) },
  { name: 'named source made vague 0.8', set: (t) => (t.attribution.vaguer = 0.8) },
  { name: 'place counts less (end discount 0.2)', set: (t) => (t.endDiscount = 0.2) },
  { name: 'place counts more (end discount 0.6)', set: (t) => (t.endDiscount = 0.6) },
  { name: 'name dropped from one sentence 0.2', set: (t) => (t.name.droppedHere = 0.2) },
  { name: 'figure dropped or added 0.3', set: (t) => (t.number.droppedOrAdded = 0.3) },
  { name: 'quotation dropped 0.7', set: (t) => (t.quotation.dropped = 0.7) },
  { name: 'quotation trimmed 0.7', set: (t) => (t.quotation.trimmed = 0.7) },
  { name: 'agency credit dropped 0.85', set: (t) => (t.attribution.agencyDropped = 0.85) },
  { name: 'quotation trimmed back to 0.5', set: (t) => (t.quotation.trimmed = 0.5) },
  { name: 'sentence moved down back to 0.5', set: (t) => (t.structure.movedDown = 0.5) },
  {
    name: 'names dropped 0.35, from one sentence 0.25',
    set: (t) => ((t.name.dropped = 0.35), (t.name.droppedHere = 0.25)),
  },
];

const dir = path.resolve(process.argv[2] ?? DEFAULT_NEWS_SET);
const set = readNewsSet(dir);
if (set === undefined) {
  console.error(`${dir}: no news evaluation set here (no score.mjs).`);
  process.exit(2);
}

/** The scorer's total line for the table as it stands. */
function measure(news: NewsSet): string {
  const lines = scoreNewsSet(news).trim().split('\n');
  return (lines.at(-1) ?? '').replace(/^news pairs: /u, '');
}

/** Sets every weight of `target` back to the one in `source`. */
function restore(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'number') target[key] = value;
    else restore(target[key] as Record<string, unknown>, value as Record<string, unknown>);
  }
}

const table = SALIENCE as Table;
const committed = structuredClone(table);
console.log(`committed table: ${measure(set)}`);
for (const candidate of CANDIDATES) {
  candidate.set(table);
  console.log(`${candidate.name}: ${measure(set)}`);
  restore(table, committed);
}
