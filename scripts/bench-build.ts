/**
 * npm run bench:build -- [N ...] [--keep]
 *
 * Builds whole sites of N synthetic stories (default 100; give several sizes to see the growth),
 * each two versions of about 800 words a side made from public-domain prose
 * (scripts/lib/synthetic-pair.ts; deterministic), in a temporary content folder, never in
 * content/. Prints the time and peak memory of each phase (ingest, analysis, astro build, search
 * index), then rebuilds after one story changes. Peak memory is each phase's largest process, read
 * by /usr/bin/time; without it, only times are printed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpus, newMaterial, rewriteOf } from './lib/synthetic-pair.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { keep: { type: 'boolean', default: false } },
});
const sizes = positionals.length === 0 ? [100] : positionals.map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error('usage: npm run bench:build -- [N ...] [--keep]   (N: a number of stories, e.g. 100 1000)');
  process.exit(1);
}
const WORDS = 800;
const TIME = '/usr/bin/time';
const measured = existsSync(TIME);

interface Phase {
  readonly name: string;
  readonly seconds: number;
  /** Peak resident memory of the phase's largest process, in MB. */
  readonly peakMb: number | undefined;
}

const results: { stories: number; full: Phase[]; rebuild: Phase[] }[] = [];
for (const stories of sizes) {
  const content = mkdtempSync(path.join(tmpdir(), `reworded-bench-${stories}-`));
  try {
    writeStories(content, stories);
    const full = build(content);
    // One story changes: its rewrite gains a sentence.
    const changed = path.join(content, 'sources', storySlug(1), 'rewrite.txt');
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nThe editors added this sentence after publication.\n`);
    const rebuild = build(content);
    results.push({ stories, full, rebuild });
    report(stories, full, rebuild);
  } finally {
    if (values.keep) console.log(`kept ${content}`);
    else rmSync(content, { recursive: true, force: true });
  }
}
if (results.length > 1) {
  const [first, last] = [results[0]!, results.at(-1)!];
  const total = (phases: Phase[]) => phases.reduce((sum, phase) => sum + phase.seconds, 0);
  const growth = Math.log(total(last.full) / total(first.full)) / Math.log(last.stories / first.stories);
  console.log(
    `\ngrowth from ${first.stories} to ${last.stories} stories: build time ∝ stories^${growth.toFixed(2)} (1.00 is linear)`,
  );
}

function storySlug(index: number): string {
  return `story-${String(index).padStart(5, '0')}`;
}

/** N story folders of two plain-text versions each; the same N gives the same files. */
function writeStories(content: string, count: number): void {
  const started = performance.now();
  const paragraphs = corpus(Math.min(count, 400) * WORDS + WORDS);
  const extra = newMaterial();
  let next = 0;
  for (let index = 1; index <= count; index += 1) {
    const original: string[] = [];
    for (let words = 0; words < WORDS; next = (next + 1) % paragraphs.length) {
      original.push(paragraphs[next]!);
      words += paragraphs[next]!.split(/\s+/u).length;
    }
    const rewrite = rewriteOf(original, index, extra);
    const day = String(1 + (index % 28)).padStart(2, '0');
    const headline = (paragraphs: readonly string[], prefix: string) =>
      `${prefix} ${index}: ${paragraphs[0]!.split(/\s+/u).slice(0, 9).join(' ')}`;
    const dir = path.join(content, 'sources', storySlug(index));
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'original.txt'),
      [headline(original, 'Report'), `Published ${day} Jan 2026, 09:00 GMT`, ...original].join('\n\n'),
    );
    writeFileSync(
      path.join(dir, 'rewrite.txt'),
      [headline(rewrite, 'Rewrite'), `Published ${day} Jan 2026, 14:00 GMT`, ...rewrite].join('\n\n'),
    );
  }
  console.log(
    `${count} stories of about ${WORDS} words a side written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** Runs the build's phases as `npm run build` does, each measured on its own. */
function build(content: string): Phase[] {
  const env = { ...process.env, REWORDED_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' };
  const dist = path.join(content, 'dist');
  const phases: [string, string[]][] = [
    ['ingest', [process.execPath, 'scripts/ingest.ts']],
    ['analysis', [process.execPath, 'scripts/analyse.ts']],
    ['astro build', [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist]],
    ['search index', [process.execPath, 'scripts/search-index.ts', dist]],
  ];
  return phases.map(([name, command]) => run(name, command, env));
}

function run(name: string, command: string[], env: NodeJS.ProcessEnv): Phase {
  const stats = path.join(tmpdir(), `reworded-bench-time-${process.pid}`);
  const started = performance.now();
  const args = measured ? ['-f', '%M', '-o', stats, ...command] : command.slice(1);
  const result = spawnSync(measured ? TIME : command[0]!, args, {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-2000), result.stderr.slice(-4000));
    throw new Error(`bench:build: ${name} failed (exit ${result.status})`);
  }
  const peakMb = measured ? Number(readFileSync(stats, 'utf8').trim().split('\n').at(-1)) / 1024 : undefined;
  return { name, seconds, peakMb };
}

function report(stories: number, full: Phase[], rebuild: Phase[]): void {
  const row = (phase: Phase) =>
    `  ${phase.name.padEnd(14)}${phase.seconds.toFixed(1).padStart(8)} s${phase.peakMb === undefined ? '' : `${phase.peakMb.toFixed(0).padStart(8)} MB`}`;
  const total = (phases: Phase[]) => phases.reduce((sum, phase) => sum + phase.seconds, 0);
  const peak = (phases: Phase[]) => Math.max(...phases.map((phase) => phase.peakMb ?? 0));
  console.log(`\n${stories} stories, full build:`);
  full.forEach((phase) => console.log(row(phase)));
  console.log(
    `  ${'total'.padEnd(14)}${total(full).toFixed(1).padStart(8)} s${measured ? `${peak(full).toFixed(0).padStart(8)} MB peak` : ''}`,
  );
  console.log(`rebuild after one story changed:`);
  rebuild.forEach((phase) => console.log(row(phase)));
  console.log(`  ${'total'.padEnd(14)}${total(rebuild).toFixed(1).padStart(8)} s`);
}
