/**
 * The alignment map in Chromium, on a site of the seed story, a long story (about 200 sentences a
 * side, tests/support/long-story.ts) and a story in three versions: axe finds nothing in either
 * theme, a block is a keyboard stop that goes to its row, the skip link passes the map in one
 * step, a long map fits one screen, a phone gets a strip that does not scroll sideways, the map
 * prints, and the overview has one small map per version. Screenshots at 1280 and 390 px in both
 * themes are written for people to look at (git-ignored).
 */
import { rm } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { buildFixtureSite } from '../support/fixture-site.ts';
import { LONG_STORY, writeLongStory } from '../support/long-story.ts';
import type { StaticServer } from '../support/static-server.ts';
import { serveFolder } from '../support/static-server.ts';

const SEED = '/stories/trump-ukraine-peace-talks/';
const LONG = `/stories/${LONG_STORY}/`;

let site: { content: string; dist: string } | undefined;
let server: StaticServer | undefined;
let origin = '';

test.beforeAll(async ({}, info) => {
  // One build serves every test; the phone project skips them and each test sets its own widths.
  if (info.project.name !== 'desktop') return;
  site = buildFixtureSite({ withSeed: true, write: writeLongStory });
  server = await serveFolder(site.dist);
  origin = server.origin;
});
test.afterAll(async () => {
  await server?.close();
  if (site !== undefined) await rm(site.content, { recursive: true, force: true });
});
test.beforeEach(({}, info) => test.skip(info.project.name !== 'desktop', 'the site is built once, for one project'));

/** Presses Tab from the top of the page until the map's skip link has focus (a few stops: the header's). */
async function tabToSkipLink(page: Page): Promise<void> {
  const skip = page.getByRole('link', { name: 'Skip the map, to the rows' });
  for (let stops = 0; stops < 20; stops += 1) {
    await page.keyboard.press('Tab');
    if (await skip.evaluate((link) => link === document.activeElement)) return;
  }
  throw new Error('the skip link is not among the first 20 keyboard stops');
}

/** Opens a page, collecting the policy refusals its console reports. */
async function open(page: Page, address: string): Promise<string[]> {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') refused.push(message.text());
  });
  await page.goto(`${origin}${address}`);
  return refused;
}

test('the seed comparison has its map: no axe violation in either theme, nothing refused', async ({ page }) => {
  const refused = await open(page, SEED);
  const map = page.getByRole('region', { name: 'The rewrite at a glance' });
  await expect(map.locator('svg.map-column')).toBeVisible();
  await expect(map.getByRole('group', { name: /^Alignment map/u }).first()).toBeVisible();
  await expect(map).toContainText('Dropped: sentences 3 to 5, 14, heading 3 and heading 4 of the original.');
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((violation) => `${violation.id}: ${violation.help}`),
      theme,
    ).toEqual([]);
  }
  expect(refused).toEqual([]);
});

test('a block is a keyboard stop, named for its unit, and goes to its row', async ({ page }) => {
  await open(page, SEED);
  // From the top of the page: the header, the map's skip link, then the first block.
  await tabToSkipLink(page);
  await expect(page.getByRole('link', { name: 'Skip the map, to the rows' })).toBeVisible();
  await page.keyboard.press('Tab');
  const block = page.getByRole('link', {
    name: 'The headline of the original, reworded, with an important finding; see row 1',
  });
  await expect(block.first()).toBeFocused();
  await page.keyboard.press('Enter');
  const target = page.locator('.comparison-row:target');
  await expect(target).toBeVisible();
  expect(await target.evaluate((row) => [...row.parentElement!.children].indexOf(row) + 1)).toBe(1);
});

test('the skip link passes the map in one step: the next stop is in the rows', async ({ page }) => {
  await open(page, SEED);
  await tabToSkipLink(page);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const inRows = await page.evaluate(
    () => document.activeElement?.closest('section[aria-labelledby="side-by-side"]') !== null,
  );
  expect(inRows).toBe(true);
});

test('a long story’s map fits one screen, its runs of one fate drawn as one block', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const refused = await open(page, LONG);
  const column = page.locator('svg.map-column');
  const box = (await column.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(800);
  // About 200 sentences a side, past the 160 at which neighbours of one fate merge: fewer
  // blocks than sentences, some of them named for a range of sentences and rows.
  const links = column.locator('.map-blocks a');
  expect(await links.count()).toBeLessThan(380);
  await expect(
    column.getByRole('link', { name: /^Sentences \d+ to \d+ of the original, .*; see rows \d+ to \d+$/u }).first(),
  ).toBeAttached();
  // The story moves sentences: some blocks say so, and their bands cross.
  await expect(column.locator('.map-band-moved').first()).toBeAttached();
  await expect(column.getByRole('link', { name: /moved (up|down)/u }).first()).toBeAttached();
  expect((await new AxeBuilder({ page }).include('.alignment-map').analyze()).violations).toEqual([]);
  expect(refused).toEqual([]);
});

test('on a phone the map is a strip across the page, and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const address of [SEED, LONG]) {
    await open(page, address);
    await expect(page.locator('svg.map-strip')).toBeVisible();
    await expect(page.locator('svg.map-column')).toBeHidden();
    const strip = (await page.locator('svg.map-strip').boundingBox())!;
    expect(strip.height, address).toBeLessThan(120);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), address).toBeLessThanOrEqual(390);
  }
});

test('the map prints', async ({ page }) => {
  await open(page, SEED);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('svg.map-column')).toBeVisible();
  await expect(page.locator('svg.map-column .map-blocks a').first()).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/screenshots/map-print.png', fullPage: false });
});

test('a story in three versions has one small map per version on its overview, linked to its rows', async ({
  page,
}) => {
  const refused = await open(page, '/stories/three-versions/');
  const maps = page.getByRole('region', { name: 'Each version at a glance' });
  await expect(maps.locator('svg.map-strip')).toHaveCount(2);
  // One key for all the strips, the comparison map's: blue is new as well as moved.
  await expect(maps.getByRole('list', { name: 'Key' })).toHaveCount(1);
  await expect(maps.getByRole('list', { name: 'Key' })).toContainText('moved');
  await expect(maps).not.toContainText('blue: moved');
  await maps.screenshot({ path: 'tests/e2e/screenshots/map-overview.png' });
  const block = maps.locator('.map-blocks a').first();
  const href = (await block.getAttribute('href'))!;
  expect(href).toMatch(/^\/stories\/three-versions\/compare\/[^/]+\/[^/]+\/#/u);
  await block.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.comparison-row:target')).toBeVisible();
  await page.goBack();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  expect(refused).toEqual([]);
});

for (const [name, address] of [
  ['seed', SEED],
  ['long', LONG],
] as const) {
  for (const width of [1280, 390]) {
    for (const theme of ['light', 'dark'] as const) {
      test(`screenshot: the ${name} story’s map at ${width} px, ${theme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: width > 600 ? 800 : 844 });
        await page.emulateMedia({ colorScheme: theme });
        await open(page, address);
        await page.locator('.alignment-map').screenshot({
          path: `tests/e2e/screenshots/map-${name}-${width}-${theme}.png`,
        });
      });
    }
  }
}
