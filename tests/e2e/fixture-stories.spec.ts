/**
 * The fixture stories (tests/support/fixture-site.ts), opened in Chromium. The story full of markup: no dialog opens,
 * no request leaves the page, no element is injected, and the text reads as written.
 */
import { rm } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { buildFixtureSite, HOSTILE_LINES } from '../support/fixture-site.ts';
import type { StaticServer } from '../support/static-server.ts';
import { serveFolder } from '../support/static-server.ts';

let site: { content: string; dist: string } | undefined;
let server: StaticServer | undefined;
let origin = '';

test.beforeAll(async ({}, info) => {
  // One build serves both viewports' tests; the phone project skips them (the text is the same).
  if (info.project.name !== 'desktop') return;
  site = buildFixtureSite();
  server = await serveFolder(site.dist);
  origin = server.origin;
});
test.afterAll(async () => {
  await server?.close();
  if (site !== undefined) await rm(site.content, { recursive: true, force: true });
});

for (const page of ['/stories/hostile/', '/stories/hostile/000-original/']) {
  test(`${page}: nothing runs, nothing leaves, nothing is injected`, async ({ page: tab }, info) => {
    test.skip(info.project.name !== 'desktop', 'one viewport is enough: nothing here depends on layout');
    const dialogs: string[] = [];
    const requests: string[] = [];
    tab.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    tab.on('request', (request) => {
      if (!request.url().startsWith(origin)) requests.push(request.url());
    });
    await tab.goto(`${origin}${page}`);
    await tab.waitForLoadState('load');
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    // The only script is the site's own theme switch, a file under /_astro/.
    expect(await tab.locator('script:not([src^="/_astro/"]), iframe, img, object, embed, [onerror]').count()).toBe(0);
    // Lines the rewrite kept read whole on both pages (reworded ones are cut by the diff's marks).
    const text = await tab.locator('main').innerText();
    for (const line of [HOSTILE_LINES[4], HOSTILE_LINES[5], HOSTILE_LINES[6], HOSTILE_LINES[7]])
      expect(text).toContain(line);
  });
}

test('an Arabic paragraph reads right to left, an English one left to right', async ({ page: tab }, info) => {
  test.skip(info.project.name !== 'desktop', 'one viewport is enough');
  await tab.goto(`${origin}/stories/rtl/000-original/`);
  /**
   * Whether a paragraph is laid out right to left: its closing full stop, a neutral character,
   * then sits left of its first letter. (Arabic letters run right to left even in a left-to-right
   * paragraph; the full stop is what shows the paragraph's own direction.)
   */
  const rightToLeft = (text: string) =>
    tab.getByText(text).evaluate((element) => {
      const node = [...element.childNodes].find(
        (child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim() !== '',
      )!;
      const range = document.createRange();
      const content = node.textContent ?? '';
      range.setStart(node, 0);
      range.setEnd(node, 1);
      const first = range.getBoundingClientRect().left;
      const stop = content.lastIndexOf('.');
      range.setStart(node, stop);
      range.setEnd(node, stop + 1);
      return range.getBoundingClientRect().left < first;
    });
  expect(await rightToLeft('قال المسؤولون إن المحادثات في جنيف انتهت يوم الاثنين دون اتفاق.')).toBe(true);
  expect(await rightToLeft('וגם המשלחת הישראלית עזבה מוקדם.')).toBe(true);
});

test('“changes only” folds the rows that did not change, without JavaScript', async ({ browser }, info) => {
  test.skip(info.project.name !== 'desktop', 'one viewport is enough');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto(`${origin}/stories/identical/`);
  const rows = tab.locator('.comparison-rows li.comparison-row');
  await expect(rows.first()).toBeVisible();
  await tab.getByRole('checkbox', { name: /Changes only/u }).check();
  await expect(rows.first()).toBeHidden();
  await context.close();
});

test.describe('a story in three versions', () => {
  test.beforeEach(({}, info) =>
    test.skip(info.project.name !== 'desktop', 'the fixture site is built for one viewport'),
  );

  test('the overview shows each version’s fate of the original’s words, and axe finds nothing', async ({
    page: tab,
  }) => {
    const refused: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') refused.push(message.text());
    });
    await tab.goto(`${origin}/stories/three-versions/`);
    const figures = tab.getByRole('table', { name: /Figures/u });
    // The row of a figure: its header cell, then one cell per version, in the story's order.
    const row = figures.getByRole('row').filter({ has: tab.getByRole('rowheader', { name: '12', exact: true }) });
    await expect(row.getByRole('cell')).toHaveText(['◐ Changed', '● Kept']);
    await expect(figures.getByRole('columnheader')).toHaveText([
      'Figure in Harbour Gazette',
      'Coast Courier',
      'Morning Wire',
    ]);
    const alone = tab.getByRole('region', { name: 'What only one version says' });
    await expect(alone).toContainText('Cyclists will have to wait until May');
    expect((await new AxeBuilder({ page: tab }).analyze()).violations).toEqual([]);
    for (const theme of ['dark', 'light'] as const) {
      await tab.emulateMedia({ colorScheme: theme });
      expect((await new AxeBuilder({ page: tab }).analyze()).violations, theme).toEqual([]);
    }
    expect(refused).toEqual([]);
  });

  test('the picker goes to the pair chosen, and refuses a version with itself', async ({ page: tab }) => {
    await tab.goto(`${origin}/stories/three-versions/`);
    const picker = tab.getByRole('region', { name: 'Compare two versions' });
    await picker.getByLabel('From').selectOption({ label: 'Morning Wire' });
    await picker.getByLabel('To').selectOption({ label: 'Morning Wire' });
    await picker.getByRole('button', { name: 'Compare' }).click();
    await expect(picker.getByRole('status')).toHaveText('Pick two different versions.');
    await expect(tab).toHaveURL(`${origin}/stories/three-versions/`);
    await picker.getByLabel('To').selectOption({ label: 'Coast Courier' });
    await picker.getByRole('button', { name: 'Compare' }).click();
    await expect(tab).toHaveURL(`${origin}/stories/three-versions/compare/wire/courier/`);
    await expect(tab.locator('main')).toContainText(
      '“the original” means Morning Wire and “the rewrite” means Coast Courier',
    );
    // The pair on show is preselected and marked as the current page among every pair.
    await expect(picker.getByLabel('From')).toHaveValue('wire');
    await expect(picker.getByLabel('To')).toHaveValue('courier');
    await tab.getByText(/Every pair of versions/u).click();
    await expect(tab.locator('a[aria-current="page"]')).toHaveText('Morning Wire → Coast Courier');
    expect((await new AxeBuilder({ page: tab }).analyze()).violations).toEqual([]);
  });

  test('at phone width nothing scrolls sideways: the overview, a pair, a version', async ({ page: tab }) => {
    await tab.setViewportSize({ width: 390, height: 844 });
    for (const address of [
      '/stories/three-versions/',
      '/stories/three-versions/compare/wire/courier/',
      '/stories/three-versions/courier/',
    ]) {
      await tab.goto(`${origin}${address}`);
      expect(await tab.evaluate(() => document.documentElement.scrollWidth), address).toBeLessThanOrEqual(390);
    }
    await tab.screenshot({ path: 'tests/e2e/screenshots/three-versions-version-phone.png', fullPage: true });
  });

  test('without JavaScript, every pair is a link and the selects stay hidden', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${origin}/stories/three-versions/`);
    await expect(tab.getByLabel('From')).toBeHidden();
    await tab.getByRole('link', { name: 'Coast Courier → Morning Wire' }).click();
    await expect(tab).toHaveURL(`${origin}/stories/three-versions/compare/courier/wire/`);
    await expect(tab.getByRole('heading', { name: 'Side by side' })).toBeVisible();
    await context.close();
  });
});
