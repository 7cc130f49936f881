/**
 * npm run bench:compare [-- --no-build]
 *
 * What the page that compares a reader's own texts (/compare/) costs: the compressed size of
 * every script it can load (gzip and brotli, as hosts send them), and of what it loads for files
 * of each format (it loads a format's reader when a file of it comes), and how long the seed story takes
 * to compare once the page has loaded, in a system Chromium: the first comparison and the median
 * of ten more, from the click on "Compare" to the comparison shown. Builds the site first unless
 * told not to.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { startPreview } from './lib/preview-server.ts';
import { compareScriptsFor, FORMAT_READER_CHUNKS, pageScripts, scriptSize } from './lib/page-scripts.ts';
import type { ScriptSize } from './lib/page-scripts.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const PORT = 4324;
const RUNS = 10;
const seed = (file: string): string =>
  readFileSync(path.join(root, 'content/sources/trump-ukraine-peace-talks', file), 'utf8');

const executablePath = findChromium();
if (executablePath === undefined) {
  console.error('No Chromium found: run `node scripts/ensure-chromium.ts` first.');
  process.exit(2);
}
if (!process.argv.includes('--no-build'))
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
const line = (name: string, size: ScriptSize): string =>
  `  ${name.padEnd(66)} ${kb(size.raw).padStart(9)}  gzip ${kb(size.gzip).padStart(8)}  brotli ${kb(size.brotli).padStart(8)}`;
const every = pageScripts(dist, 'compare/index.html');
console.log('Scripts /compare/ can load:');
for (const file of every) console.log(line(file, scriptSize(dist, [file])));
console.log(line('in all', scriptSize(dist, every)));
console.log('What a reader downloads, by the format of the files compared (pasted text is plain text):');
for (const format of Object.keys(FORMAT_READER_CHUNKS) as (keyof typeof FORMAT_READER_CHUNKS)[]) {
  console.log(line(format, scriptSize(dist, compareScriptsFor(dist, format))));
}

const preview = await startPreview(root, PORT, '/compare/');
try {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const loading = performance.now();
    await page.goto(`${preview.origin}/compare/`);
    await page.waitForLoadState('load');
    const loaded = performance.now();
    // The worker compiles its code on a small pair of its own as it starts (src/compare-page/warm-up.ts).
    await page.locator('[data-compare-form][data-ready]').waitFor({ state: 'attached' });
    console.log(
      `Page loaded in ${(loaded - loading).toFixed(0)} ms; its worker ready ${(performance.now() - loaded).toFixed(0)} ms later.`,
    );
    await page.getByRole('textbox', { name: 'Original' }).fill(seed('000_de2a6d799cf6aacf.txt'));
    await page.getByRole('textbox', { name: 'Rewrite' }).fill(seed('001_aeafaadd1786d078.txt'));
    const runs: Record<string, number>[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      // From the click to the first frame painted with the comparison in it, and the page's own
      // measures of each step (src/compare-page/compare-page.ts).
      runs.push(
        await page.evaluate(
          () =>
            new Promise<Record<string, number>>((resolve) => {
              performance.clearMeasures();
              const status = document.querySelector('[data-status]')!;
              const started = performance.now();
              new MutationObserver((_, observer) => {
                if (!status.textContent.startsWith('Compared')) return;
                observer.disconnect();
                requestAnimationFrame(() =>
                  setTimeout(() => {
                    const steps = performance.getEntriesByType('measure').map((m) => [m.name, m.duration] as const);
                    resolve({ ...Object.fromEntries(steps), 'compare:painted': performance.now() - started });
                  }),
                );
              }).observe(status, { childList: true, characterData: true, subtree: true });
              document.querySelector<HTMLButtonElement>('[data-compare]')!.click();
            }),
        ),
      );
    }
    const [first, ...rest] = runs;
    const median = (name: string): number => {
      const sorted = rest.map((each) => each[name] ?? 0).sort((a, b) => a - b);
      return sorted[Math.floor(sorted.length / 2)]!;
    };
    console.log(`Seed story compared after the page loaded (first run, then the median of ${RUNS}):`);
    for (const name of Object.keys(first!)) {
      console.log(
        `  ${name.replace('compare:', '').padEnd(40)} ${first![name]!.toFixed(0).padStart(5)} ms  ${median(name).toFixed(0).padStart(5)} ms`,
      );
    }
  } finally {
    await browser.close();
  }
} finally {
  preview.stop();
}
