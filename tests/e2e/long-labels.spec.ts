/**
 * Version labels on the index, at a desktop and a phone width: a label longer than its column
 * (many words, or one unbroken address) wraps inside it and never runs into the headline beside
 * or below it, and the page does not scroll sideways.
 */
import { rm } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { buildFixtureSite } from '../support/fixture-site.ts';
import type { StaticServer } from '../support/static-server.ts';
import { serveFolder } from '../support/static-server.ts';

let site: { content: string; dist: string } | undefined;
let server: StaticServer | undefined;
let origin = '';

test.beforeAll(async ({}, info) => {
  // One build serves every test; the phone project skips them and each test sets its own width.
  if (info.project.name !== 'desktop') return;
  site = buildFixtureSite({ stories: 'label-stories' });
  server = await serveFolder(site.dist);
  origin = server.origin;
});
test.afterAll(async () => {
  await server?.close();
  if (site !== undefined) await rm(site.content, { recursive: true, force: true });
});
test.beforeEach(({}, info) => test.skip(info.project.name !== 'desktop', 'the site is built once, for one project'));

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Whether two boxes share any area (touching edges do not count). */
function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

for (const width of [1280, 390]) {
  test(`at ${width} px a long label wraps and keeps clear of its headline`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${origin}/`);
    const rows = page.getByRole('list', { name: 'Versions' }).getByRole('listitem');
    await expect(rows).toHaveCount(3);
    for (const row of await rows.all()) {
      // Every rendered piece of the label, each line of it: the text's own boxes, not its container's.
      const label = await row.locator('[data-version-label]').evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return [...range.getClientRects()].map(({ x, y, width, height }) => ({ x, y, width, height }));
      });
      const headline = await row.getByRole('link').boundingBox();
      expect(headline).not.toBeNull();
      expect(label.length).toBeGreaterThan(0);
      for (const piece of label) expect(overlap(piece, headline!), JSON.stringify({ piece, headline })).toBe(false);
      // The text itself stays inside the row: nothing drawn past its right edge.
      const [textRight, rowRight] = await row.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element.querySelector('[data-version-label]')!);
        return [range.getBoundingClientRect().right, element.getBoundingClientRect().right];
      });
      expect(textRight).toBeLessThanOrEqual(rowRight + 0.5);
    }
    // The unbroken label is cut onto several lines, not left to stretch the page.
    const address = page.locator('[data-version-label]').filter({ hasText: 'harbourgazette' });
    const lines = await address.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(lines).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: info.outputPath(`index-${width}.png`), fullPage: true });
  });
}

test('at 390 px the story page and each comparison keep long labels inside the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  // The overview's tables scroll in boxes of their own; the labels the rows show on a phone wrap.
  for (const path of [
    '/stories/long-labels/',
    '/stories/long-labels/compare/original/rewrite/',
    '/stories/long-labels/compare/rewrite/wire/',
  ]) {
    await page.goto(`${origin}${path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
});
