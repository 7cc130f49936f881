/**
 * The story full of markup (tests/support/hostile-site.ts), opened in Chromium: no dialog opens,
 * no request leaves the page, no element is injected, and the text reads as written.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { buildHostileSite, HOSTILE_LINES } from '../support/hostile-site.ts';

let site: { content: string; dist: string } | undefined;

test.beforeAll(({}, info) => {
  // One build serves both viewports' tests; the phone project skips them (the text is the same).
  if (info.project.name === 'desktop') site = buildHostileSite();
});
test.afterAll(() => {
  if (site !== undefined) rmSync(site.content, { recursive: true, force: true });
});

for (const page of ['stories/hostile/index.html', 'stories/hostile/000-original/index.html']) {
  test(`${page}: nothing runs, nothing leaves, nothing is injected`, async ({ page: tab }, info) => {
    test.skip(info.project.name !== 'desktop', 'one viewport is enough: nothing here depends on layout');
    const dialogs: string[] = [];
    const requests: string[] = [];
    tab.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    tab.on('request', (request) => {
      if (/^https?:/u.test(request.url())) requests.push(request.url());
    });
    await tab.goto(pathToFileURL(path.join(site!.dist, page)).href);
    await tab.waitForLoadState('load');
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(await tab.locator('script, iframe, img, object, embed, [onerror]').count()).toBe(0);
    // Lines the rewrite kept read whole on both pages (reworded ones are cut by the diff's marks).
    const text = await tab.locator('main').innerText();
    for (const line of [HOSTILE_LINES[4], HOSTILE_LINES[5], HOSTILE_LINES[6], HOSTILE_LINES[7]]) expect(text).toContain(line);
  });
}
