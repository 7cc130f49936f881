import type { Element } from 'hast';
import { expect, test } from 'vitest';
import { articlePieces, articleText } from '../../src/comparison-view/article-text.ts';
import { pageHtml } from '../../src/comparison-view/page-html.ts';

test('isolates an article string in a bdi that holds only its text', () => {
  expect(articleText('Daily Courier')).toEqual([
    { type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: 'Daily Courier' }] },
  ]);
});

test('leaves a string that fills its own block unisolated', () => {
  expect(articleText('Daily Courier', { isolate: false })).toEqual([{ type: 'text', value: 'Daily Courier' }]);
});

test('shows a right-to-left override as its visible escape, in a span of its own', () => {
  const [control] = articlePieces('\u202e').filter((node): node is Element => node.type === 'element');
  expect(control?.properties['className']).toEqual(['bidi-control']);
  expect(pageHtml({ type: 'root', children: articleText('Courier\u202e.txt') })).toBe(
    '<bdi>Courier<span class="bidi-control">\\u202e</span>.txt</bdi>',
  );
});

test('keeps markup-looking text as text, escaped as the build escapes it', () => {
  expect(pageHtml({ type: 'root', children: articleText(`<script>alert("x")</script> & Co's`) })).toBe(
    '<bdi>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co&#39;s</bdi>',
  );
});
