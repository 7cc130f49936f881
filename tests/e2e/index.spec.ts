/**
 * Finding stories in Chromium: the index's list without JavaScript (newest first, everything
 * shown), its sort and outlet filter with it (kept in the address, announced), and full-text
 * search on the built site (Pagefind, indexed by `npm run build`). Sorting needs several stories,
 * so those tests run on a site of its own: the seed story and the test stories of
 * tests/fixtures/stories, built from a temporary content folder and served as a static host would.
 */
import { rm } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { buildFixtureSite } from '../support/fixture-site.ts';
import type { StaticServer } from '../support/static-server.ts';
import { serveFolder } from '../support/static-server.ts';

const STORY_TITLE = 'Trump hints at possible progress in the Russia-Ukraine peace talks';
const STORY = '/stories/trump-ukraine-peace-talks/';

let content: string | undefined;
let server: StaticServer | undefined;
let origin = '';

test.beforeAll(async ({}, info) => {
  // One build serves the desktop tests; sorting does not depend on the viewport.
  if (info.project.name !== 'desktop') return;
  // The seed and the test stories in one site: a list of many stories.
  const site = buildFixtureSite({ withSeed: true });
  content = site.content;
  server = await serveFolder(site.dist);
  origin = server.origin;
});
test.afterAll(async () => {
  await server?.close();
  if (content !== undefined) await rm(content, { recursive: true, force: true });
});

/** The list's items in the order shown, each with the values it sorts and filters by. */
async function shownStories(
  page: Page,
): Promise<{ title: string; time: number | undefined; change: number | undefined; outlets: string[] }[]> {
  return page.locator('ul[data-story-list] > li[data-story]:visible').evaluateAll((items) =>
    items.map((item) => {
      const data = (item as HTMLElement).dataset;
      return {
        title: data['title'] ?? '',
        time: data['time'] === undefined ? undefined : Number(data['time']),
        change: data['change'] === undefined ? undefined : Number(data['change']),
        outlets: JSON.parse(data['outlets'] ?? '[]') as string[],
      };
    }),
  );
}

/** Whether numbers run in one direction, missing ones last. */
function inOrder(values: (number | undefined)[], direction: 1 | -1): boolean {
  const present = values.filter((value): value is number => value !== undefined);
  const missingLast = values.slice(present.length).every((value) => value === undefined);
  return missingLast && present.every((value, index) => index === 0 || direction * (value - present[index - 1]!) >= 0);
}

const status = (page: Page): Locator => page.getByRole('status');

test.describe('the index of many stories', () => {
  test.skip(
    ({ isMobile }) => isMobile,
    'one site, built once for the desktop project; the order does not depend on the viewport',
  );

  test('without JavaScript lists every story, newest first, undated last, with no controls', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const stories = await shownStories(page);
    expect(stories.length).toBeGreaterThanOrEqual(6);
    expect(stories.map((story) => story.title)).toContain(STORY_TITLE);
    expect(
      inOrder(
        stories.map((story) => story.time),
        -1,
      ),
    ).toBe(true);
    await expect(page.getByRole('combobox', { name: 'Sort' })).toBeHidden();
    await expect(status(page)).toHaveText(`Showing all ${stories.length} stories, newest first.`);
    await context.close();
  });

  test('sorts by change and title, filters by outlet, keeps both in the address, and announces the count', async ({
    page,
  }) => {
    await page.goto(`${origin}/`);
    const total = (await shownStories(page)).length;
    const sort = page.getByRole('combobox', { name: 'Sort' });
    const outlet = page.getByRole('combobox', { name: 'Outlet' });

    await sort.selectOption({ label: 'Most changed first' });
    await expect(page).toHaveURL(/\?sort=most-changed$/u);
    await expect(status(page)).toHaveText(`Showing all ${total} stories, most changed first.`);
    expect(
      inOrder(
        (await shownStories(page)).map((story) => story.change),
        -1,
      ),
    ).toBe(true);

    await sort.selectOption({ label: 'Least changed first' });
    expect(
      inOrder(
        (await shownStories(page)).map((story) => story.change),
        1,
      ),
    ).toBe(true);

    await sort.selectOption({ label: 'Title, A to Z' });
    const titles = (await shownStories(page)).map((story) => story.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));

    await outlet.selectOption('Wire report');
    await expect(page).toHaveURL(/\?sort=title&outlet=Wire\+report$/u);
    const wire = await shownStories(page);
    expect(wire.length).toBeGreaterThan(0);
    expect(wire.length).toBeLessThan(total);
    expect(wire.every((story) => story.outlets.includes('Wire report'))).toBe(true);
    await expect(status(page)).toHaveText(
      `Showing ${wire.length} of ${total} stories, with a version from Wire report, by title.`,
    );

    // The address reproduces the list.
    await page.reload();
    await expect(sort).toHaveValue('title');
    await expect(outlet).toHaveValue('Wire report');
    expect(await shownStories(page)).toEqual(wire);

    // Back to the default: the plain address again.
    await outlet.selectOption({ label: 'All outlets' });
    await sort.selectOption({ label: 'Newest first' });
    await expect(page).toHaveURL(`${origin}/`);
    expect((await shownStories(page)).length).toBe(total);
  });

  test('a link with a sort and an outlet opens the list so', async ({ page }) => {
    await page.goto(`${origin}/?sort=oldest&outlet=Rewrite`);
    await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('oldest');
    const stories = await shownStories(page);
    expect(stories.map((story) => story.title)).toContain(STORY_TITLE);
    expect(stories.every((story) => story.outlets.includes('Rewrite'))).toBe(true);
    expect(
      inOrder(
        stories.map((story) => story.time),
        1,
      ),
    ).toBe(true);
  });
});

test.describe('search', () => {
  test('finds the seed story by a word of its text, and the result opens it', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: 'Search the stories' }).fill('Switzerland');
    await expect(status(page)).toHaveText('1 story matches “Switzerland”.');
    await expect(page).toHaveURL(/\/search\/\?q=Switzerland$/u);
    const result = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
    await expect(result.locator('mark').first()).toHaveText('Switzerland');
    await result.getByRole('link', { name: STORY_TITLE }).click();
    await expect(page).toHaveURL(STORY);
  });

  test("the index's search box opens the search page with the results", async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the stories' }).fill('Geneva');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=Geneva$/u);
    await expect(page.getByRole('searchbox', { name: 'Search the stories' })).toHaveValue('Geneva');
    await expect(page.getByRole('link', { name: STORY_TITLE })).toBeVisible();
  });

  test('says when nothing matches', async ({ page }) => {
    await page.goto('/search/?q=xylophone');
    await expect(status(page)).toHaveText('No story matches “xylophone”.');
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem')).toHaveCount(0);
  });

  test('without JavaScript says that search needs it, and links to the list of stories', async ({ browser }, info) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      ...(info.project.use.baseURL === undefined ? {} : { baseURL: info.project.use.baseURL }),
    });
    const page = await context.newPage();
    await page.goto('/search/');
    await expect(page.getByRole('searchbox')).toBeHidden();
    // Playwright turns scripts off without telling the parser, so Chromium does not show
    // <noscript> here as a browser with JavaScript off does; its markup is read instead.
    const noscript = await page.locator('noscript').innerHTML();
    expect(noscript).toContain('Search runs in your browser and needs JavaScript.');
    expect(noscript).toMatch(/<a href="\/">the list of stories<\/a>/u);
    await context.close();
  });
});

const PAGES = [
  {
    name: 'index',
    path: '/',
    ready: async (page: Page) => expect(page.getByRole('combobox', { name: 'Sort' })).toBeVisible(),
  },
  {
    name: 'search',
    path: '/search/?q=Geneva',
    ready: async (page: Page) => expect(page.getByRole('link', { name: STORY_TITLE })).toBeVisible(),
  },
] as const;

for (const { name, path: address, ready } of PAGES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${name} (${scheme}): no axe violation, nothing scrolls sideways, the CSP refuses nothing, screenshot taken`, async ({
      page,
    }, info) => {
      const refused: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/iu.test(message.text()))
          refused.push(message.text());
      });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(address);
      await ready(page);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      expect(refused).toEqual([]);
      await page.screenshot({
        path: `tests/e2e/screenshots/${info.project.name}-finding-${name}-${scheme}.png`,
        fullPage: true,
      });
    });
  }
}

test('the many-story index in both themes, for people to look at', async ({ page }, info) => {
  test.skip(
    info.project.name !== 'desktop' || origin === '',
    'the site of many stories is built for the desktop project',
  );
  for (const width of [1280, 390]) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${origin}/?sort=most-changed`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      await page.screenshot({ path: `tests/e2e/screenshots/finding-many-${width}-${scheme}.png`, fullPage: true });
    }
  }
});
