import { h } from 'hastscript';
import { expect, test } from 'vitest';
import { pageHtml } from '../../src/comparison-view/page-html.ts';

test('escapes text as Astro escapes an expression', () => {
  expect(pageHtml(h('p', `a & b < c > d 'e' "f"`))).toBe('<p>a &amp; b &lt; c &gt; d &#39;e&#39; &quot;f&quot;</p>');
});

test('writes attributes in double quotes with & and " escaped', () => {
  expect(pageHtml(h('a', { href: '/?a=1&b="2"' }, 'x'))).toBe('<a href="/?a=1&amp;b=&quot;2&quot;">x</a>');
});

test('writes empty and boolean attributes bare, and void elements without a slash', () => {
  expect(pageHtml(h('div', { 'data-pagefind-ignore': '' }, [h('input', { type: 'checkbox', checked: true })]))).toBe(
    '<div data-pagefind-ignore><input type="checkbox" checked></div>',
  );
});

test('leaves the text of a script alone, and never turns text into markup', () => {
  expect(pageHtml(h('div', [h('script', 'if (a < b) go();'), '<img src=x>']))).toBe(
    '<div><script>if (a < b) go();</script>&lt;img src=x&gt;</div>',
  );
});

test('does not change the tree it is given', () => {
  const tree = h('p', 'a < b');
  pageHtml(tree);
  expect(tree.children).toEqual([{ type: 'text', value: 'a < b' }]);
});
