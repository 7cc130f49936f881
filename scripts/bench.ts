/**
 * npm run bench [-- --sizes 1000,10000,50000,200000 --diff-timeout 120]
 *
 * Times the full analysis (compareDocuments: units, alignment, word diff, report) on deterministic
 * synthetic rewrite pairs of about 1k, 10k, 50k and 200k words a side, and jsdiff's diffWords over
 * the whole texts of the same pair, in the same run. Each size runs in a child process of its own,
 * so that its peak memory (max RSS, read before diffWords runs) is its own. Prints times, the speed-up over diffWords and the
 * growth exponent between sizes (1 is linear, 2 quadratic). diffWords is stopped after
 * --diff-timeout seconds and reported as "> N s": at 200k words it runs for many minutes.
 *
 * Each size also times the floor: merely splitting both texts into words and interning them
 * (floor.ts), which no comparison of the words can beat, and prints the analysis as a multiple of
 * it, a figure that means the same on a faster or slower machine.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { diffWords } from 'diff';
import { compareDocuments } from '../src/analysis/index.ts';
import { parsePlainTextArticle } from '../src/ingest/index.ts';
import { wordFloor } from './lib/word-floor.ts';
import { syntheticPair } from './lib/synthetic-pair.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000,200000' },
    'diff-timeout': { type: 'string', default: '120' },
    child: { type: 'string' },
  },
});

/** What a child measures for one size. */
interface Measurement {
  words: number;
  analysisMs: number;
  /** Splitting both texts into words and interning them: the floor. */
  floorMs: number;
  diffMs: number | undefined;
  maxRssMb: number;
  units: number;
}

if (values.child !== undefined) {
  const pair = syntheticPair(Number(values.child));
  // Warm up the code paths on a small pair first, so that the timing is of the analysis, not of JIT compilation.
  compareDocuments(syntheticPair(2000, 7).original, syntheticPair(2000, 7).rewrite);
  // The median of several runs where they are short enough: this machine's timings drift by a
  // third from one run to the next.
  const runs = pair.words <= 10_000 ? 5 : pair.words <= 50_000 ? 3 : 1;
  const times: number[] = [];
  let units = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const report = compareDocuments(pair.original, pair.rewrite);
    times.push(performance.now() - started);
    units = report.from.units.length;
  }
  const analysisMs = times.sort((x, y) => x - y)[Math.floor(times.length / 2)]!;
  const floorMs = wordFloor(pair.originalText, pair.rewriteText);
  // Peak memory of the analysis, read before diffWords runs and adds its own.
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const timeoutMs = Number(values['diff-timeout']) * 1000;
  const started = performance.now();
  const diff = diffWords(pair.originalText, pair.rewriteText, { timeout: timeoutMs });
  const diffMs = diff === undefined ? undefined : performance.now() - started;
  const measurement: Measurement = { words: pair.words, analysisMs, floorMs, diffMs, maxRssMb, units };
  console.log(JSON.stringify(measurement));
  process.exit(0);
}

const sizes = values.sizes.split(',').map(Number);
const seed = () => {
  const read = (name: string) =>
    parsePlainTextArticle(
      readFileSync(new URL(`../content/sources/trump-ukraine-peace-talks/${name}`, import.meta.url), 'utf8'),
      name,
    ).document;
  const original = read('000_de2a6d799cf6aacf.txt');
  const rewrite = read('001_aeafaadd1786d078.txt');
  for (let run = 0; run < 20; run += 1) compareDocuments(original, rewrite);
  const times: number[] = [];
  for (let run = 0; run < 50; run += 1) {
    const started = performance.now();
    compareDocuments(original, rewrite);
    times.push(performance.now() - started);
  }
  return times.sort((x, y) => x - y)[25]!;
};

console.log(`seed story: ${seed().toFixed(1)} ms (median of 50, after warm-up)\n`);
console.log(
  'words a side | units | analysis | floor   | analysis/floor | diffWords | speed-up | growth (analysis) | peak memory',
);
let previous: Measurement | undefined;
for (const size of sizes) {
  const child = spawnSync(
    process.execPath,
    [new URL(import.meta.url).pathname, '--child', String(size), '--diff-timeout', values['diff-timeout']],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(1);
  }
  const m = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Measurement;
  const diff = m.diffMs === undefined ? `> ${values['diff-timeout']} s` : format(m.diffMs);
  const speedUp =
    m.diffMs === undefined
      ? `> ${Math.floor((Number(values['diff-timeout']) * 1000) / m.analysisMs)}x`
      : `${Math.round(m.diffMs / m.analysisMs)}x`;
  const growth =
    previous === undefined
      ? ''
      : (Math.log(m.analysisMs / previous.analysisMs) / Math.log(m.words / previous.words)).toFixed(2);
  console.log(
    `${String(m.words).padStart(12)} | ${String(m.units).padStart(5)} | ${format(m.analysisMs).padStart(8)} | ${format(m.floorMs).padStart(7)} | ${`${(m.analysisMs / m.floorMs).toFixed(0)}x`.padStart(14)} | ${diff.padStart(9)} | ${speedUp.padStart(8)} | ${growth.padStart(17)} | ${m.maxRssMb.toFixed(0)} MB`,
  );
  previous = m;
}

function format(ms: number): string {
  return ms < 1000 ? `${ms.toFixed(ms < 10 ? 1 : 0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
