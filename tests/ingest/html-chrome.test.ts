import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/analysis/index.ts';
import { parseHtmlArticle } from '../../src/ingest/html-article.ts';
import { isChromeName } from '../../src/ingest/html-chrome.ts';

const page = (body: string) =>
  `<!doctype html><html><head><title>Bridge plan delayed</title></head><body>${body}</body></html>`;
const paragraph = (lead: string) =>
  `<p>${lead} The council met on Tuesday to discuss the plan for the harbour bridge, which has been delayed for years and cost far more than planned.</p>`;
const paragraphs = (label: string) => [1, 2, 3, 4].map((n) => paragraph(`${label} ${n}.`)).join('');
const texts = (body: readonly Block[]): string[] =>
  body.flatMap((block) => (block.type === 'list' ? block.items : [block.text]));
const parse = (body: string) => parseHtmlArticle(page(body), 'sources/bridge.html');

describe('chrome removal keeps article text', () => {
  test("keeps the paid paragraphs of Google's paywall markup (paywall and non-paywall are content)", () => {
    const parsed = parse(
      `<article><h1>Bridge plan delayed</h1><div class="non-paywall">${paragraph('Free.')}</div><div class="paywall">${paragraphs('Paid')}</div></article>`,
    );
    expect(texts(parsed.document.body)).toEqual(
      ['Free.', 'Paid 1.', 'Paid 2.', 'Paid 3.', 'Paid 4.'].map((lead): unknown =>
        expect.stringMatching(new RegExp(`^${lead} The council`, 'u')),
      ),
    );
    expect(parsed.warnings).toEqual([]);
  });

  test('keeps a paywalled part of a page that has no <article>', () => {
    const parsed = parse(
      `<div class="story"><h1>Bridge plan delayed</h1><div class="non-paywall">${paragraph('Free.')}</div><div class="paywall">${paragraphs('Paid')}</div></div>`,
    );
    expect(texts(parsed.document.body)).toHaveLength(5);
  });

  test('keeps a quoted post in a social embed', () => {
    const parsed = parse(
      `<article><h1>Bridge plan delayed</h1>${paragraphs('Para')}<p>The mayor wrote on X:</p><div class="social-embed"><blockquote class="twitter-tweet"><p>We will not let this bridge fall. Work starts Monday.</p>— Mayor Ann Holt (@annholt) March 3, 2026</blockquote></div>${paragraph('After.')}</article>`,
    );
    const body = texts(parsed.document.body);
    expect(body).toContain('We will not let this bridge fall. Work starts Monday.');
    expect(body).toContain('— Mayor Ann Holt (@annholt) March 3, 2026');
    expect(body.indexOf('The mayor wrote on X:')).toBeLessThan(
      body.indexOf('We will not let this bridge fall. Work starts Monday.'),
    );
  });

  test.each([
    ['an ASP.NET page form', '<form id="aspnetForm" method="post">', '</form>'],
    ['a wrapper that has a sidebar', '<div id="page" class="site has-sidebar">', '</div>'],
    ['a wrapper with a modal open', '<div class="wrapper modal-open">', '</div>'],
  ])('reads a page wrapped in %s', (_, open, close) => {
    const parsed = parse(`${open}<div class="story"><h1>Bridge plan delayed</h1>${paragraphs('Para')}</div>${close}`);
    expect(texts(parsed.document.body)).toHaveLength(4);
  });

  test('never removes an element holding a long prose paragraph, whatever its name', () => {
    const long =
      'Readers who pay get this extra analysis of the harbour bridge, which the council first proposed in 2009, costed at £40 million in 2014 and has now put off for a fourth time, leaving ferries as the only way across the harbour for another two years at least.';
    const parsed = parse(
      `<article><h1>Bridge plan delayed</h1>${paragraphs('Para')}<div class="promo-box"><p>${long}</p></div></article>`,
    );
    expect(texts(parsed.document.body)).toContain(long);
  });

  test('keeps a box whose class only says it is free of ads', () => {
    const extra = 'Readers who pay get this extra analysis paragraph of real reporting about the harbour bridge.';
    const parsed = parse(
      `<article><h1>Bridge plan delayed</h1>${paragraphs('Para')}<div class="c-ad-free"><p>${extra}</p></div></article>`,
    );
    expect(texts(parsed.document.body)).toContain(extra);
  });

  test('never removes an element holding most of the page text, whatever its name', () => {
    const parsed = parse(
      `<div class="sidebar-layout"><h1>Bridge plan delayed</h1>${paragraphs('Para')}</div><nav><a href="/">Home</a></nav>`,
    );
    expect(texts(parsed.document.body)).toHaveLength(4);
  });

  test('removes chrome the page declares (footer, nav) without a warning', () => {
    const parsed = parse(
      `<article><h1>Bridge plan delayed</h1>${paragraphs('Para')}</article><footer><p>© 2025 The Harbour Gazette. All rights reserved. Quotes delayed by 15 minutes.</p></footer>`,
    );
    expect(texts(parsed.document.body)).toHaveLength(4);
    expect(parsed.warnings).toEqual([]);
  });

  test('says how many elements holding text it removed as chrome, and their class names', () => {
    const parsed = parse(
      `<article><h1>Bridge plan delayed</h1>${paragraphs('Para')}<div class="newsletter-signup"><p>Sign up to Harbour Today, our morning email with the news you need.</p></div><div class="share-tools"><a href="/s">Share</a></div><aside><p>More from the council: the budget meeting is on Thursday at the town hall.</p></aside></article>`,
    );
    expect(parsed.warnings).toEqual([
      'sources/bridge.html: left out 2 elements holding text as page chrome (newsletter-signup, <aside>); check that none of them is part of the article.',
    ]);
  });
});

describe('isChromeName', () => {
  test.each([
    'share-bar',
    'c-newsletter__form',
    'ad_slot',
    'read-more',
    'comments-area',
    'cookie-banner top',
    'sign-up-box',
  ])('%s is chrome', (name) => {
    expect(isChromeName(name)).toBe(true);
  });
  test.each([
    'shadow',
    'header',
    'article-body',
    'loaded',
    'readable',
    'advice',
    'shared-content-wrapper',
    'paywall',
    'non-paywall',
    'social-embed',
    'site has-sidebar',
    'wrapper modal-open',
    'c-ad-free',
  ])('%s is not', (name) => {
    expect(isChromeName(name)).toBe(false);
  });
});
