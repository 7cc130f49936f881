import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportSchema } from '../../src/analysis/report/report-schema.ts';
import { hostHeaderRules, hostHeaders } from '../support/host-headers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SEED = `${root}content/sources/trump-ukraine-peace-talks/`;
const ORIGINAL = readFileSync(`${SEED}000_de2a6d799cf6aacf.txt`, 'utf8');
const REWRITE = readFileSync(`${SEED}001_aeafaadd1786d078.txt`, 'utf8');
const COURIER = `${root}tests/fixtures/pages/courier-article.html`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The text a sighted reader sees in an element: without the words only screen readers hear. */
async function seenText(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
    return (copy.textContent ?? '').replace(/\s+/gu, ' ').trim();
  });
}

async function rowTexts(page: Page): Promise<string[]> {
  const rows = page.locator('.comparison-rows > ol > li');
  return Promise.all((await rows.all()).map((row) => seenText(row)));
}

async function compareSeed(page: Page): Promise<void> {
  await page.goto('/compare/');
  await page.getByRole('textbox', { name: 'Original' }).fill(ORIGINAL);
  await page.getByRole('textbox', { name: 'Rewrite' }).fill(REWRITE);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Compared in \d+ ms\.$/u);
}

test('compares the seed story as its built comparison page does', async ({ page }) => {
  await page.goto('/stories/trump-ukraine-peace-talks/');
  const builtRows = await rowTexts(page);
  expect(builtRows.length).toBeGreaterThan(20);
  const builtSummary = await seenText(page.locator('[data-summary]'));
  await compareSeed(page);
  await expect(page.getByRole('heading', { name: 'Comparison', level: 2 })).toBeFocused();
  // The built page's original is labelled "Original report"; here it is "Original".
  expect(await rowTexts(page)).toEqual(builtRows.map((row) => row.replaceAll('Original report', 'Original')));
  expect(await seenText(page.locator('[data-summary]'))).toBe(builtSummary);
  const whatChanged = page.getByRole('region', { name: 'What changed' });
  await expect(whatChanged.getByRole('listitem').first()).toContainText('drop the hedges');
  // The report lives in the page: every link to it saves it.
  const reportLinks = page.locator('a[href^="blob:"]');
  expect(await reportLinks.count()).toBeGreaterThan(1);
  for (const link of await reportLinks.all()) await expect(link).toHaveAttribute('download', 'reworded-report.json');
  // The views switch as on a built page.
  await page.getByRole('radio', { name: 'Rewrite only' }).check();
  await expect(
    page.locator('.comparison-rows .row-cell').getByText('Moscow rejected the European version outright.'),
  ).toBeHidden();
});

test('sends nothing anywhere: neither the page nor its worker may connect, and comparing makes no request', async ({
  page,
}) => {
  // Served as a host that reads _headers serves it: a worker takes its policy from those headers.
  const rules = hostHeaderRules(`${root}dist`);
  await page.context().route('**/*', async (route) => {
    const response = await route.fetch();
    const added = hostHeaders(rules, new URL(route.request().url()).pathname);
    await route.fulfill({ response, headers: { ...response.headers(), ...added } });
  });
  await page.goto('/compare/');
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => {
    if (/^https?:/u.test(request.url())) requests.push(request.url());
  });
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toMatch(/connect-src 'none'/u);
  await page.getByRole('textbox', { name: 'Original' }).fill(ORIGINAL);
  await page.getByRole('textbox', { name: 'Rewrite' }).fill(REWRITE);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Compared/u);
  expect(requests).toEqual([]);
  const refused = await page.evaluate(() =>
    fetch('/').then(
      () => false,
      () => true,
    ),
  );
  expect(refused).toBe(true);
  const [worker] = page.workers();
  expect(worker).toBeDefined();
  const workerRefused = await worker!.evaluate(() =>
    fetch('/').then(
      () => false,
      () => true,
    ),
  );
  expect(workerRefused).toBe(true);
});

test('reads a chosen saved web page with the ingest the build uses', async ({ page }) => {
  await page.goto('/compare/');
  await page
    .getByRole('textbox', { name: 'Original' })
    .fill(
      'Harbour bridge reopens after repairs\n\nThe harbour bridge reopened on Tuesday after six months of repairs, the city said. Drivers had used a ferry since September.',
    );
  await page.getByLabel('Or choose a file for the rewrite').setInputFiles(COURIER);
  await expect(page.locator('[data-side="to"] [data-file-status]')).toContainText('courier-article.html');
  await expect(page.getByRole('textbox', { name: 'Rewrite' })).toBeDisabled();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Compared/u);
  await expect(page.locator('.comparison-rows > ol > li').first()).toContainText(
    'Harbour bridge reopens after six months of repairs',
  );
  // Clearing the file brings back the text typed before, untouched.
  await page.getByRole('button', { name: 'Clear the file for the rewrite' }).click();
  await expect(page.getByRole('textbox', { name: 'Rewrite' })).toBeEnabled();
});

const BAD_INPUTS = [
  { name: 'nothing', text: '', file: undefined, message: "Paste the rewrite's text here, or choose a file." },
  {
    name: 'a PDF',
    text: undefined,
    file: { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%…') },
    message: /^report\.pdf: the file looks like a PDF/u,
  },
  {
    name: 'a file type it does not read',
    text: undefined,
    file: { name: 'report.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 words') },
    message: /^report\.docx: Reworded reads article files ending in \.txt, \.md, \.markdown, \.html or \.htm/u,
  },
  {
    name: 'binary text',
    text: undefined,
    file: { name: 'rewrite.txt', mimeType: 'text/plain', buffer: Buffer.from('Headline\n\nBo\u0000dy.') },
    message: /^rewrite\.txt: the file holds a NUL byte/u,
  },
  {
    name: 'text over 2 MB',
    text: undefined,
    file: { name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.alloc(2_100_000, 'a') },
    message: /^long\.txt is 2\.1 MB; Reworded reads article files up to 2\.0 MB/u,
  },
  {
    name: 'no sentence',
    text: '1234\n\n— 56 —',
    file: undefined,
    message: /^The pasted rewrite holds no sentence/u,
  },
] as const;

for (const bad of BAD_INPUTS) {
  test(`tells ${bad.name} beside the rewrite's field, and compares nothing`, async ({ page }) => {
    await page.goto('/compare/');
    await page.getByRole('textbox', { name: 'Original' }).fill(ORIGINAL);
    if (bad.text !== undefined) await page.getByRole('textbox', { name: 'Rewrite' }).fill(bad.text);
    if (bad.file !== undefined) await page.getByLabel('Or choose a file for the rewrite').setInputFiles(bad.file);
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByRole('status')).toHaveText('The rewrite needs a look.');
    const error = page.locator('#rewrite-error');
    await expect(error).toHaveText(bad.message);
    const control =
      bad.file === undefined
        ? page.getByRole('textbox', { name: 'Rewrite' })
        : page.getByLabel('Or choose a file for the rewrite');
    await expect(control).toHaveAttribute('aria-invalid', 'true');
    await expect(control).toBeFocused();
    // The message is part of what the control says of itself.
    const message = typeof bad.message === 'string' ? bad.message : bad.message.source.replace(/^\^/u, '');
    const description = await control.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toMatch(new RegExp(typeof bad.message === 'string' ? escapeRegExp(message) : message, 'u'));
    await expect(page.locator('#original-error')).toBeHidden();
    await expect(page.locator('[data-result]')).toBeHidden();
  });
}

test('saves the report as JSON the schema accepts', async ({ page }) => {
  await compareSeed(page);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Save the report (JSON)' }).click();
  const file = await (await download).path();
  const report = reportSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  expect(report.from.units[0]?.text).toBe(ORIGINAL.split('\n')[0]);
});

test('saves one HTML file that reads offline, without scripts, and loads nothing', async ({ page, browser }) => {
  await compareSeed(page);
  await page.getByRole('radio', { name: 'Rewrite only' }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Save this comparison as one HTML file' }).click();
  const html = readFileSync(await (await download).path(), 'utf8');
  expect(html).not.toMatch(/<script|blob:/u);
  const offline = await browser.newContext({ javaScriptEnabled: false, offline: true });
  const saved = await offline.newPage();
  const requests: string[] = [];
  saved.on('request', (request) => requests.push(request.url()));
  await saved.setContent(html);
  expect(await saved.locator('.comparison-rows > ol > li').count()).toBeGreaterThan(20);
  await expect(saved.getByRole('region', { name: 'What changed' })).toBeVisible();
  // It opens in the view chosen on the page, and the views still switch, with CSS alone.
  await expect(saved.getByRole('radio', { name: 'Rewrite only' })).toBeChecked();
  await expect(
    saved.locator('.comparison-rows .row-cell').getByText('Moscow rejected the European version outright.'),
  ).toBeHidden();
  await saved.getByRole('radio', { name: 'Side by side' }).check();
  await expect(
    saved.locator('.comparison-rows .row-cell').getByText('Moscow rejected the European version outright.'),
  ).toBeVisible();
  // What was said of the report JSON, which stayed with the page, is not in the file.
  await expect(saved.getByText('report JSON')).toHaveCount(0);
  await expect(saved.getByText('Download the full comparison')).toHaveCount(0);
  expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([]);
  await offline.close();
});

test('without JavaScript, says the tool needs it and gives the command line', async ({ browser }, info) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    ...(info.project.use.baseURL === undefined ? {} : { baseURL: info.project.use.baseURL }),
  });
  const page = await context.newPage();
  await page.goto('/compare/');
  await expect(page.getByRole('button', { name: 'Compare' })).toBeHidden();
  // Playwright turns scripts off without telling the parser, so Chromium does not show
  // <noscript> here as a browser with JavaScript off does; its markup is read instead.
  const noscript = await page.locator('noscript').innerHTML();
  expect(noscript).toContain('This tool needs JavaScript');
  expect(noscript).toContain('<code>npm run compare -- original.txt rewrite.html</code>');
  await context.close();
});

test('works with the keyboard alone', async ({ page }) => {
  await page.goto('/compare/');
  await page.getByRole('textbox', { name: 'Original' }).focus();
  await page.keyboard.insertText(ORIGINAL);
  // To the rewrite's field: past the original's file input (and its hidden clear button).
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Or choose a file for the original')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Rewrite' })).toBeFocused();
  await page.keyboard.insertText(REWRITE);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Compare' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Comparison', level: 2 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`in the ${scheme} theme: no axe violation before or after comparing, nothing scrolls sideways, the CSP refuses nothing`, async ({
    page,
  }, info) => {
    // Three axe runs and three full-page screenshots, one of a comparison 40,000 px tall on a phone.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/iu.test(message.text())) refused.push(message.text());
    });
    await page.goto('/compare/');
    const before = await new AxeBuilder({ page }).analyze();
    expect(before.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await page.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-compare-${scheme}.png`, fullPage: true });
    // A problem shown beside a field, then the comparison.
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByRole('status')).toHaveText('Both texts need a look.');
    const withProblems = await new AxeBuilder({ page }).analyze();
    expect(withProblems.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await page.screenshot({
      path: `tests/e2e/screenshots/${info.project.name}-compare-${scheme}-problems.png`,
      fullPage: true,
    });
    await page.getByRole('textbox', { name: 'Original' }).fill(ORIGINAL);
    await page.getByRole('textbox', { name: 'Rewrite' }).fill(REWRITE);
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Compared/u);
    const after = await new AxeBuilder({ page }).analyze();
    expect(after.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(refused).toEqual([]);
    await page.screenshot({
      path: `tests/e2e/screenshots/${info.project.name}-compare-${scheme}-compared.png`,
      fullPage: true,
    });
  });
}

test('its worker and readers load on /compare/ alone, the Markdown and page readers only when a file of theirs comes', async ({
  page,
}) => {
  const scripts = async (path: string, then?: () => Promise<void>): Promise<string[]> => {
    const loaded: string[] = [];
    const listener = (request: { url(): string }): void => {
      if (request.url().endsWith('.js')) loaded.push(new URL(request.url()).pathname);
    };
    page.on('request', listener);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await then?.();
    page.off('request', listener);
    return loaded;
  };
  const names = (paths: readonly string[]) => paths.map((path) => path.split('/').pop()!.split('.')[0]!);
  const compare = names(await scripts('/compare/'));
  expect(compare).toEqual(expect.arrayContaining(['compare-worker', 'read-side', 'plain-text-source']));
  expect(compare).not.toContain('markdown-source');
  expect(compare).not.toContain('html-article');
  for (const path of ['/', '/stories/trump-ukraine-peace-talks/', '/search/', '/method/']) {
    const elsewhere = names(await scripts(path));
    expect(
      elsewhere.filter((name) => /compare|read-side|-source|html-article/u.test(name)),
      path,
    ).toEqual([]);
  }
  // A saved page chosen: its reader loads then.
  const withPage = names(
    await scripts('/compare/', async () => {
      await page.getByRole('textbox', { name: 'Original' }).fill(ORIGINAL);
      await page.getByLabel('Or choose a file for the rewrite').setInputFiles(COURIER);
      await page.getByRole('button', { name: 'Compare' }).click();
      await expect(page.getByRole('status')).toHaveText(/^Compared/u);
    }),
  );
  expect(withPage).toContain('html-article');
  expect(withPage).not.toContain('markdown-source');
});

test('a worker that cannot start is told, and the button keeps the focus', async ({ page }) => {
  await page.context().route('**/_astro/workers/**', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/compare/');
  await page.getByRole('textbox', { name: 'Original' }).fill(ORIGINAL);
  await page.getByRole('textbox', { name: 'Rewrite' }).fill(REWRITE);
  await page.getByRole('button', { name: 'Compare' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/^The comparison could not be made: /u);
  await expect(page.getByRole('button', { name: 'Compare' })).toBeFocused();
  await expect(page.locator('[data-result]')).toBeHidden();
});
