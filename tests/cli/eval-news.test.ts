/**
 * `npm run eval:news`: every pair of a news set goes through the analysis and the set's own scorer
 * reads the reports. A made-up set of two pairs, with a scorer that prints what it was given.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../support/seed.ts';

const set = mkdtempSync(path.join(tmpdir(), 'reworded-eval-news-set-'));
afterAll(() => rmSync(set, { recursive: true, force: true }));

const pair = (name: string, left: string, right: string) => {
  mkdirSync(path.join(set, name));
  writeFileSync(path.join(set, name, 'left.txt'), left);
  writeFileSync(path.join(set, name, 'right.txt'), right);
  writeFileSync(path.join(set, name, 'gold.json'), '{}');
};
pair(
  'ferry',
  'Ferry resumes\n\nThe ferry runs again on Monday, officials said.',
  'Ferry back\n\nThe ferry runs again.',
);
pair('bridge', 'Bridge shut\n\nThe bridge is shut.', 'Bridge shut\n\nThe bridge is shut.');
// The scorer is called as `node score.mjs SET REPORTS [--verbose]`: this one lists what it read.
writeFileSync(
  path.join(set, 'score.mjs'),
  `import fs from 'node:fs'; import path from 'node:path';
const [, reports, ...rest] = process.argv.slice(2);
for (const name of fs.readdirSync(reports).sort()) {
  const report = JSON.parse(fs.readFileSync(path.join(reports, name), 'utf8'));
  console.log(name, report.from.units[0].text, '->', report.to.units[0].text, report.groups.length, rest.join(' '));
}`,
);

const evalNews = (args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts/eval-news.ts'), ...args], { encoding: 'utf8' });

describe('npm run eval:news', () => {
  test('analyses every pair, left as the original, and prints what the set’s scorer says of the reports', () => {
    const run = evalNews([set, '--verbose']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      'bridge.json Bridge shut -> Bridge shut 2 --verbose',
      'ferry.json Ferry resumes -> Ferry back 2 --verbose',
    ]);
  });

  test('without a set, names the folder it looked in and exits 2', () => {
    const run = evalNews([path.join(set, 'ferry')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${path.join(set, 'ferry')}: no news evaluation set here (no score.mjs).`);
  });
});
