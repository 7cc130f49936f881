/**
 * The stories of tests/fixtures/screen-stories, opened in Chromium: what the screen shows is what
 * the articles hold. An outlet's name and a quotation with a right-to-left override left open
 * (U+202E) cannot reorder the site's own words, checked by where the words are drawn, not only by
 * the HTML; a word of 200,000 letters does not stretch the page sideways.
 */
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { buildFixtureSite } from '../support/fixture-site.ts';
import { ROOT } from '../support/seed.ts';
import type { StaticServer } from '../support/static-server.ts';
import { serveFolder } from '../support/static-server.ts';

let site: { content: string; dist: string } | undefined;
let server: StaticServer | undefined;
let origin = '';

test.beforeAll(async ({}, info) => {
  // One build serves every test; the phone project skips them and each test sets its own widths.
  if (info.project.name !== 'desktop') return;
  site = buildFixtureSite({ stories: 'screen-stories' });
  execFileSync(process.execPath, ['scripts/search-index.ts', site.dist], { cwd: ROOT, stdio: 'pipe' });
  server = await serveFolder(site.dist);
  origin = server.origin;
});
test.afterAll(async () => {
  await server?.close();
  if (site !== undefined) await rm(site.content, { recursive: true, force: true });
});
test.beforeEach(({}, info) => test.skip(info.project.name !== 'desktop', 'the site is built once, for one project'));

/** Where each character of the first text node in `scope` holding `words` is drawn. */
async function charBoxes(scope: Locator, words: string): Promise<{ x: number; y: number }[]> {
  return scope.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      return [...wanted].map((_, index) => {
        range.setStart(node, at + index);
        range.setEnd(node, at + index + 1);
        const box = range.getBoundingClientRect();
        return { x: box.left, y: box.top };
      });
    }
    throw new Error(`no text node holds “${wanted}”`);
  }, words);
}

/** Whether the characters are drawn left to right, line by line (a character lower down starts a new line). */
function leftToRight(boxes: readonly { x: number; y: number }[]): boolean {
  return boxes.every((box, index) => {
    const before = boxes[index - 1];
    return before === undefined || box.y > before.y + 2 || box.x > before.x;
  });
}

test.describe('an outlet and a quotation with a right-to-left override left open', () => {
  test('“compared with” reads left to right after the outlet’s name, and the next name after it', async ({ page }) => {
    await page.goto(`${origin}/stories/bidi/`);
    const line = page.locator('main p').filter({ hasText: 'compared with' }).first();
    const said = await charBoxes(line, ' compared with ');
    expect(leftToRight(said)).toBe(true);
    const name = await charBoxes(line, 'Daily Courier');
    const other = await charBoxes(line, 'b.txt');
    expect(leftToRight(name)).toBe(true);
    expect(leftToRight(other)).toBe(true);
    // On one line: the name, then "compared with", then the other name.
    expect(name.at(-1)!.x).toBeLessThan(said[1]!.x);
    expect(said.at(-2)!.x).toBeLessThan(other[0]!.x);
    // The override is shown, not obeyed.
    await expect(line).toContainText('Daily Courier\\u202e compared with b.txt.');
  });

  test('a finding’s own words and its link stay in place after a quotation', async ({ page }) => {
    await page.goto(`${origin}/stories/bidi/`);
    const finding = page.locator('.finding').filter({ hasText: 'inside the quotation marks' });
    const text = finding.locator('.finding-text');
    for (const words of ['The words inside the quotation marks changed', 'next year', 'the rewrite', 'later on'])
      expect(leftToRight(await charBoxes(text, words)), words).toBe(true);
    const link = finding.getByRole('link', { name: /In the text/u });
    expect(leftToRight(await charBoxes(link, 'In the text'))).toBe(true);
    // The link comes after the explanation: below it, or to its right on the same line.
    const end = (await charBoxes(text, 'later on')).at(-1)!;
    const start = (await charBoxes(link, 'In the text'))[0]!;
    expect(start.y > end.y + 2 || start.x > end.x).toBe(true);
  });

  test('the rows, the headings and the page title show the override as an escape', async ({ page }) => {
    await page.goto(`${origin}/stories/bidi/`);
    await expect(page).toHaveTitle('Ferry fares to rise \\u202ein spring · Reworded');
    const heading = page.getByRole('heading', { level: 2, name: /Daily Courier/u });
    await expect(heading).toHaveText('Daily Courier\\u202e · original');
    expect(leftToRight(await charBoxes(heading, ' · original'))).toBe(true);
    const row = page.locator('.comparison-rows li.comparison-row').filter({ hasText: 'the mayor said' }).first();
    const cell = row.locator('.row-cell').first();
    expect(leftToRight(await charBoxes(cell, ' the mayor said on Monday.'))).toBe(true);
    // The version page's body and header too.
    await page.goto(`${origin}/stories/bidi/daily/`);
    const body = page.locator('main article .prose');
    await expect(body).toContainText('“We will raise fares \\u202enext year,” the mayor said on Monday.');
    expect(leftToRight(await charBoxes(body, ' the mayor said on Monday.'))).toBe(true);
    const header = page.locator('main article header p').first();
    await expect(header).toHaveText('Original · Daily Courier\\u202e');
  });

  test('the overview and the picker name the outlets in the order of their words', async ({ page }) => {
    await page.goto(`${origin}/stories/bidi-overview/`);
    const intro = page.locator('main p').filter({ hasText: 'the original' }).first();
    for (const words of [' (the original) and ', 'Coast Courier', 'Morning Wire'])
      expect(leftToRight(await charBoxes(intro, words)), words).toBe(true);
    // The list of every pair (open on the overview, where no pair is on show).
    await page
      .locator('details')
      .filter({ hasText: 'Every pair of versions' })
      .evaluate((details) => {
        (details as HTMLDetailsElement).open = true;
      });
    const pair = page.getByRole('link', { name: /^Harbour Gazette.* → Coast Courier$/u });
    const arrow = await charBoxes(pair, ' → ');
    const after = await charBoxes(pair, 'Coast Courier');
    expect(leftToRight(arrow)).toBe(true);
    expect(arrow.at(-1)!.x).toBeLessThan(after[0]!.x);
    const header = page.getByRole('columnheader', { name: /^Figure in Harbour Gazette/u });
    await expect(header).toHaveText('Figure in Harbour Gazette\\u202e');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.goto(`${origin}/stories/bidi-overview/compare/gazette/wire/`);
    const line = page.locator('main p').filter({ hasText: 'compared with' }).first();
    expect(leftToRight(await charBoxes(line, ' compared with '))).toBe(true);
    await expect(page).toHaveTitle(
      'Harbour bridge to reopen after repairs: Harbour Gazette\\u202e and Morning Wire · Reworded',
    );
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('an Arabic sentence still reads right to left', async ({ page }) => {
    await page.goto(`${origin}/stories/bidi/daily/`);
    const boxes = await charBoxes(page.locator('main article .prose'), 'المجلس');
    expect(boxes[0]!.x).toBeGreaterThan(boxes.at(-1)!.x);
  });

  for (const width of [1280, 390] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`at ${width} px, ${theme}: nothing scrolls sideways, axe finds nothing, and a screenshot`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: theme });
        for (const address of ['/stories/bidi/', '/stories/bidi/daily/', '/']) {
          await page.goto(`${origin}${address}`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), address).toBe(width);
          expect((await new AxeBuilder({ page }).analyze()).violations, address).toEqual([]);
        }
        await page.goto(`${origin}/stories/bidi/`);
        await page.screenshot({ path: `tests/e2e/screenshots/bidi-${width}-${theme}.png`, fullPage: true });
      });
    }
  }
});

/** The width the page can be scrolled to, at a viewport `width` wide. */
async function scrollWidth(page: Page, address: string, width: number): Promise<number> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${origin}${address}`);
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test('a word of 200,000 letters wraps: no page scrolls sideways at 390 or 1280 px', async ({ page }) => {
  for (const address of ['/stories/long-word/', '/stories/long-word/000-original/', '/'])
    for (const width of [390, 1280])
      expect(await scrollWidth(page, address, width), `${address} at ${width}`).toBe(width);
  expect((await new AxeBuilder({ page }).include('main').analyze()).violations).toEqual([]);
});

test('a search result shows the article’s characters: “&lt;b&gt;” stays as written', async ({ page }) => {
  await page.goto(`${origin}/search/?q=notice`);
  const result = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(result).toHaveCount(1);
  const excerpt = result.locator('p');
  await expect(excerpt).toContainText('A line reading &lt;b&gt; stayed as written in the');
  await expect(excerpt.locator('mark').first()).toHaveText('notice.');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
