/**
 * npm run lighthouse
 *
 * Builds the site, serves it with `astro preview`, and runs Lighthouse (its default mobile
 * settings) on the index and on the seed comparison page in a system Chromium; prints the four
 * category scores of each and exits non-zero when one is below 98. Not part of `npm test`: a
 * Lighthouse run takes about half a minute a page.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { startPreview } from './lib/preview-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const PORT = 4323;
const PAGES = ['/', '/stories/trump-ukraine-peace-talks/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FLOOR = 98;

const chromePath = findChromium();
if (chromePath === undefined) {
  console.error('No Chromium found: run `node scripts/ensure-chromium.ts` first.');
  process.exit(2);
}

execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
const preview = await startPreview(root, PORT, '/');
let failed = false;
try {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
  try {
    for (const page of PAGES) {
      const result = await lighthouse(`${preview.origin}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const scores = CATEGORIES.map(
        (category) => [category, Math.round((result?.lhr.categories[category]?.score ?? 0) * 100)] as const,
      );
      console.log(`${page}\n${scores.map(([category, score]) => `  ${category.padEnd(15)} ${score}`).join('\n')}`);
      for (const [category, score] of scores) {
        if (score >= FLOOR) continue;
        failed = true;
        const audits = Object.values(result?.lhr.audits ?? {}).filter(
          (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
        );
        console.log(
          `  below ${FLOOR} in ${category}; audits not passed: ${audits.map((audit) => audit.id).join(', ')}`,
        );
      }
    }
  } finally {
    chrome.kill();
  }
} finally {
  preview.stop();
}
process.exit(failed ? 1 : 0);
