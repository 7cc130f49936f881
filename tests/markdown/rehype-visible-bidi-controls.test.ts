/** A version's rendered body shows its directional controls as escapes, through the site's own Markdown options. */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { expect, test } from 'vitest';
import { markdownOptions } from '../../src/markdown/options.ts';

const render = async (markdown: string): Promise<string> =>
  (await (await createMarkdownProcessor(markdownOptions)).render(markdown)).code;

test('a version’s body shows an override left open as an escape, not as reversed words', async () => {
  const html = await render('“We will raise fares \u202enext year,” the *mayor\u2067* said.\n');
  expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u);
  expect(html).toBe(
    '<p>“We will raise fares <span class="bidi-control">\\u202e</span>next year,” the <em>mayor<span class="bidi-control">\\u2067</span></em> said.</p>',
  );
});

test('text without controls, and the marks Arabic uses, are rendered as before', async () => {
  expect(await render('قال\u200f. Plain text.\n')).toBe('<p>قال\u200f. Plain text.</p>');
});
