import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, test } from '@playwright/test';

const STORY = '/stories/trump-ukraine-peace-talks/';
const ORIGINAL_HEADLINE =
  'Trump hints at possible breakthrough in Russia-Ukraine peace talks: ‘Something good may be happening’';
const REWRITE_HEADLINE = "Trump Signals Russia-Ukraine Peace Talks Progress: 'Something Good May Be Happening'";

/** Every page type, with a name for its screenshot. */
const PAGES = [
  { name: 'index', path: '/' },
  { name: 'comparison', path: STORY },
  { name: 'original', path: `${STORY}original/` },
  { name: 'rewrite', path: `${STORY}rewrite/` },
  { name: '404', path: '/no-such-page/' },
  { name: 'method', path: '/method/' },
] as const;

test('the index links to the comparison page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Trump hints at possible progress in the Russia-Ukraine peace talks' }).click();
  await expect(page).toHaveURL(STORY);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Trump hints at possible progress in the Russia-Ukraine peace talks',
  );
});

/** The text a sighted reader sees in an element: without the labels only screen readers hear. */
async function seenText(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
    return copy.textContent ?? '';
  });
}

test('the comparison page shows both headlines and both bodies in aligned rows', async ({ page }) => {
  await page.goto(STORY);
  const rows = page.locator('.comparison-rows li');
  expect(await seenText(rows.first())).toContain(ORIGINAL_HEADLINE);
  expect(await seenText(rows.first())).toContain(REWRITE_HEADLINE);
  await expect(
    page.locator('.comparison-rows .row-cell').getByText('Moscow rejected the European version outright.'),
  ).toBeVisible();
  await expect(
    page.locator('.comparison-rows .row-cell').getByText('Accept limitations on military capabilities'),
  ).toBeVisible();
  // The sentence turned into a list sits in one row with the list.
  const split = rows.filter({ hasText: 'agree never to join NATO' });
  await expect(split.getByRole('listitem')).toHaveCount(3);
});

test('the page opens with what changed, each finding linked to its row', async ({ page }) => {
  await page.goto(STORY);
  const whatChanged = page.getByRole('region', { name: 'What changed' });
  // The story-level summary comes first, before any finding.
  const summary = whatChanged.locator('[data-summary]');
  await expect(summary).toContainText('The rewrite keeps 17 of the original’s 21 sentences');
  await expect(summary).toContainText('drops the credit to Reuters');
  expect(await summary.evaluate((node) => node.previousElementSibling?.id)).toBe('what-changed');
  await expect(whatChanged.getByRole('heading', { level: 3 }).first()).toHaveText('Headline and lead');
  const first = whatChanged.getByRole('listitem').first();
  await expect(first).toContainText('drop the hedges “possible”, “may” and “caution”');
  await expect(first).toContainText('Important');
  // The Reuters finding links to the row where "Reuters" is marked as a source.
  const reuters = whatChanged.getByRole('listitem').filter({ hasText: 'no longer credits Reuters' });
  await reuters.getByRole('link', { name: /In the text/u }).click();
  const target = page.locator('.comparison-row:target');
  await expect(target).toBeVisible();
  await expect(target.locator('mark.emphasis-source')).toHaveText(/^Reuters/u);
});

test('finding marks are outlined in the text, announced, and a kind can be hidden', async ({ page }) => {
  await page.goto(STORY);
  const headlineRow = page.locator('.comparison-rows li').first();
  const hedge = headlineRow.locator('mark.emphasis-hedge').first();
  await expect(hedge).toHaveText('possible (hedge)');
  // Inside the deletion: the word keeps its strike-through and gains the hedge outline.
  await expect(hedge.locator('xpath=ancestor::del')).toHaveCount(1);
  expect(await hedge.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('dashed');
  await page.getByRole('checkbox', { name: 'Hedges' }).uncheck();
  expect(await hedge.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('none');
  // Its screen-reader label goes with it.
  await expect(hedge.locator('.sr-only')).toBeHidden();
  // Other kinds keep their marks.
  expect(
    await headlineRow
      .locator('mark.emphasis-verb')
      .first()
      .evaluate((element) => getComputedStyle(element).outlineStyle),
  ).toBe('double');
});

test('j and k go to the next and previous change, n and p to the next and previous finding, and so do the buttons', async ({
  page,
}) => {
  await page.goto(STORY);
  const changes = page.locator('.comparison-rows li.comparison-row:not(.row-unchanged)');
  const findings = page.locator('.comparison-rows li.comparison-row.has-finding');
  const idOf = async (locator: Locator) => locator.getAttribute('id');
  await page.locator('body').press('j');
  await expect(changes.first()).toBeFocused();
  await page.keyboard.press('j');
  await expect(changes.nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(changes.first()).toBeFocused();
  expect(page.url()).toContain(`#${await idOf(changes.first())}`);
  await page.keyboard.press('n');
  const secondFinding =
    (await findings.nth(0).getAttribute('id')) === (await idOf(changes.first())) ? findings.nth(1) : findings.nth(0);
  await expect(secondFinding).toBeFocused();
  await page.getByRole('button', { name: /^Next finding/u }).click();
  await expect(page.locator(':focus')).toHaveClass(/has-finding/u);
  await page.getByRole('button', { name: /^Previous change/u }).click();
  await expect(page.locator(':focus')).toHaveClass(/comparison-row/u);
  // Typing in a control is not navigation.
  await page.getByRole('checkbox', { name: 'Hedges' }).focus();
  await page.keyboard.press('j');
  await expect(page.getByRole('checkbox', { name: 'Hedges' })).toBeFocused();
});

test('a view shows one version alone, kept in the address so that a link opens it', async ({ page }) => {
  await page.goto(STORY);
  const firstRow = page.locator('.comparison-rows li.comparison-row').first();
  await page.getByRole('radio', { name: 'Rewrite only' }).check();
  await expect(page).toHaveURL(/\?view=rewrite$/u);
  await expect(firstRow.locator('.row-cell').first()).toBeHidden();
  await expect(firstRow.locator('.row-cell:visible')).toContainText('Trump Signals');
  await expect(page.locator('.comparison-rows .row-dropped').first()).toBeHidden();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Rewrite only' })).toBeChecked();
  await expect(page.locator('.comparison-rows .row-dropped').first()).toBeHidden();
  await page.getByRole('radio', { name: 'Side by side' }).check();
  await expect(page).toHaveURL(/trump-ukraine-peace-talks\/$/u);
  await expect(page.locator('.comparison-rows .row-dropped').first()).toBeVisible();
});

test('the inline view weaves each row into one text, deletions before insertions', async ({ page }) => {
  await page.goto(`${STORY}?view=inline`);
  await expect(page.getByRole('radio', { name: 'Inline' })).toBeChecked();
  const lede = page.locator('.comparison-rows li.comparison-row').filter({ hasText: 'the President wrote' }).first();
  await expect(lede.locator('.row-cell').first()).toBeHidden();
  const inline = lede.locator('.row-inline');
  await expect(inline).toBeVisible();
  await expect(inline.locator('del').first()).toBeVisible();
  await expect(inline.locator('ins').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('hovering a row lights both of its sides', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'hover is for pointers');
  await page.goto(STORY);
  const row = page.locator('.comparison-rows li.comparison-row').nth(3);
  const background = () => row.evaluate((element) => getComputedStyle(element).backgroundColor);
  const before = await background();
  await row.hover();
  expect(await background()).not.toBe(before);
});

test('screen readers hear where a deletion and an insertion start and end', async ({ page }) => {
  await page.goto(STORY);
  const content = (selector: string, pseudo: '::before' | '::after') =>
    page
      .locator(selector)
      .first()
      .evaluate((element, which) => getComputedStyle(element, which).content, pseudo);
  expect(await content('.comparison-rows del.diff-removed', '::before')).toBe('" [deleted: "');
  expect(await content('.comparison-rows ins.diff-added', '::before')).toBe('" [inserted: "');
  expect(await content('.comparison-rows ins.diff-added', '::after')).toBe('"] "');
});

test('the theme follows the system, and the switch sets light or dark, remembered on reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(STORY);
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await background()).toBe('rgb(23, 21, 15)');
  const toggle = page.getByRole('button', { name: /^Theme:/u });
  await expect(toggle).toHaveText('Theme: system');
  await toggle.click();
  await expect(toggle).toHaveText('Theme: light');
  expect(await background()).toBe('rgb(251, 248, 243)');
  await page.reload();
  await expect(page.getByRole('button', { name: /^Theme:/u })).toHaveText('Theme: light');
  expect(await background()).toBe('rgb(251, 248, 243)');
  await page.getByRole('button', { name: /^Theme:/u }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

for (const { name, path } of PAGES) {
  test(`${name} in dark mode: no axe violation, screenshot taken`, async ({ page }, info) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await page.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-${name}-dark.png`, fullPage: true });
  });
}

test('the comparison prints in black and white, without its controls', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'print is one layout');
  await page.goto(STORY);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.mark-filter')).toBeHidden();
  const removed = page.locator('.comparison-rows del.diff-removed').first();
  expect(await removed.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('line-through');
  expect(await removed.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 0, 0)');
  await page.screenshot({ path: 'tests/e2e/screenshots/print-comparison.png', fullPage: true });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('what changed, the marks and their filter all work', async ({ page }) => {
    await page.goto(STORY);
    await expect(page.getByRole('region', { name: 'What changed' }).getByRole('listitem').first()).toContainText(
      '“possible”',
    );
    const booster = page.locator('.comparison-rows mark.emphasis-booster').first();
    expect(await booster.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await page.getByRole('checkbox', { name: 'Boosters' }).uncheck();
    expect(await booster.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('none');
  });
});

test('on a wide screen each row has the original on the left and the rewrite on the right, level', async ({
  page,
}, info) => {
  test.skip(info.project.name !== 'desktop', 'side by side is for wide screens');
  await page.goto(STORY);
  const row = page.locator('.comparison-rows li').filter({ hasText: 'Negotiations are ongoing' });
  const [fromCell, toCell] = await Promise.all([
    row.locator('.row-cell').nth(0).boundingBox(),
    row.locator('.row-cell').nth(1).boundingBox(),
  ]);
  expect(fromCell && toCell && fromCell.x + fromCell.width <= toCell.x).toBe(true);
  expect(fromCell?.y).toBe(toCell?.y);
});

test('on a phone the two sides stack and each says which version it is', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'stacking is for narrow screens');
  await page.goto(STORY);
  const row = page.locator('.comparison-rows li').filter({ hasText: 'Negotiations are ongoing' });
  await expect(row.locator('.row-side').first()).toBeVisible();
  const [fromCell, toCell] = await Promise.all([
    row.locator('.row-cell').nth(0).boundingBox(),
    row.locator('.row-cell').nth(1).boundingBox(),
  ]);
  expect(fromCell && toCell && fromCell.y + fromCell.height <= toCell.y).toBe(true);
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
  test(`${name}: no axe violation, nothing scrolls sideways, the CSP refuses nothing, screenshot taken`, async ({
    page,
  }, info) => {
    // A policy violation shows as a console error: the page's own resources must all be allowed.
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/iu.test(message.text())) refused.push(message.text());
    });
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(refused).toEqual([]);
    // Written for people to look at before a change is called done (git-ignored).
    await page.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-${name}.png`, fullPage: true });
  });
}
