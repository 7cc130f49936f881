import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const STORY = '/stories/trump-ukraine-peace-talks/';
const ORIGINAL_HEADLINE = 'Trump hints at possible breakthrough in Russia-Ukraine peace talks: ‘Something good may be happening’';
const REWRITE_HEADLINE = "Trump Signals Russia-Ukraine Peace Talks Progress: 'Something Good May Be Happening'";

/** Every page type, with a name for its screenshot. */
const PAGES = [
  { name: 'index', path: '/' },
  { name: 'comparison', path: STORY },
  { name: 'original', path: `${STORY}original/` },
  { name: 'rewrite', path: `${STORY}rewrite/` },
  { name: '404', path: '/no-such-page/' },
] as const;

test('the index links to the comparison page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Trump hints at possible progress in the Russia-Ukraine peace talks' }).click();
  await expect(page).toHaveURL(STORY);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Trump hints at possible progress in the Russia-Ukraine peace talks',
  );
});

test('the comparison page shows both headlines and both bodies', async ({ page }) => {
  await page.goto(STORY);
  await expect(page.getByRole('heading', { name: ORIGINAL_HEADLINE })).toBeVisible();
  await expect(page.getByRole('heading', { name: REWRITE_HEADLINE })).toBeVisible();
  const original = page.getByRole('article', { name: ORIGINAL_HEADLINE });
  const rewrite = page.getByRole('article', { name: REWRITE_HEADLINE });
  await expect(original.getByText('Moscow rejected the European version outright.')).toBeVisible();
  await expect(rewrite.getByText('Accept limitations on military capabilities')).toBeVisible();
});

test('on a wide screen the original is on the left, the rewrite on the right, headlines level', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'side by side is for wide screens');
  await page.goto(STORY);
  const left = await page.locator('#headline-original').boundingBox();
  const right = await page.locator('#headline-rewrite').boundingBox();
  expect(left && right && left.x + left.width <= right.x).toBe(true);
  expect(left?.y).toBe(right?.y);
});

test('the version pages show their headline and body', async ({ page }) => {
  await page.goto(`${STORY}original/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ORIGINAL_HEADLINE);
  await expect(page.getByText('Kremlin aide Yuri Ushakov said in Moscow.')).toBeVisible();
  await page.getByRole('link', { name: 'Rewrite' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REWRITE_HEADLINE);
});

test('an unknown address shows the 404 page with a way home', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'See all stories' }).click();
  await expect(page).toHaveURL('/');
});

test('the skip link is the first stop of the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto(STORY);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

for (const { name, path } of PAGES) {
  test(`${name}: no axe violation, nothing scrolls sideways, screenshot taken`, async ({ page }, info) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Written for people to look at before a change is called done (git-ignored).
    await page.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-${name}.png`, fullPage: true });
  });
}
