import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/analysis/index.ts';
import { parseHtmlArticle } from '../../src/ingest/html-article.ts';
import { errorOf } from '../support/ingest-error.ts';

const fixture = (name: string) => {
  const path = `tests/fixtures/formats/html/${name}`;
  return parseHtmlArticle(readFileSync(path, 'utf8'), path);
};
const texts = (body: readonly Block[]): string[] =>
  body.flatMap((block) => (block.type === 'list' ? block.items : [block.text]));
/** Everything the document holds as text, to look for what must not be there. */
const allText = (parsed: ReturnType<typeof fixture>): string => JSON.stringify(parsed.document);

describe('a wire-service page with JSON-LD in an @graph', () => {
  const parsed = fixture('wire-jsonld-graph.html');
  const { document } = parsed;

  test('reads the metadata from the JSON-LD, following @id references to the author and publisher', () => {
    expect(parsed.format).toBe('html');
    expect(document.headline).toBe('Dutch port strike halts container traffic in Rotterdam');
    expect(document.byline).toEqual({ name: 'Anna de Vries', text: 'Anna de Vries' });
    expect(document.published).toEqual({ iso: '2025-11-24T09:12+01:00', text: '2025-11-24T09:12:00+01:00' });
    expect(document.updated?.iso).toBe('2025-11-24T14:40+01:00');
    expect(parsed.outlet).toBe('Meridian Wire');
    // The WebPage node's url, not og:url with its tracking parameter.
    expect(parsed.url).toBe(
      'https://www.meridianwire.example/world/europe/dutch-port-strike-halts-container-traffic-2025-11-24/',
    );
  });

  test('takes the lead photo caption and its credit, which Readability leaves outside the article', () => {
    expect(document.image).toEqual({
      caption: 'Idle cranes stand at the Maasvlakte container terminal in Rotterdam, Netherlands, November 24, 2025.',
      credit: 'Photo by Pieter Jansen / Meridian Wire',
    });
  });

  test('the body runs from the dateline paragraph to the reporting credit, with its heading, quote and list', () => {
    const body = texts(document.body);
    expect(body[0]).toBe(
      "ROTTERDAM, Nov 24 (Meridian Wire) - Dockworkers at the port of Rotterdam, Europe's largest, walked out on Monday in a dispute over automation, halting container traffic at the main terminals and leaving dozens of ships waiting at anchor in the North Sea.",
    );
    expect(body.at(-1)).toBe(
      'Reporting by Anna de Vries in Rotterdam; additional reporting by Bart Meijer in Amsterdam; editing by Mark Heinrich',
    );
    expect(document.body).toContainEqual({ type: 'heading', text: 'Ships diverted to Antwerp' });
    expect(document.body).toContainEqual({
      type: 'paragraph',
      text: '"Every day of standstill costs the whole supply chain, not only the terminals," said Marieke Smit of the employers\' association VRS.',
    });
    expect(document.body).toContainEqual({
      type: 'list',
      items: [
        'a 2% pay rise in 2026, below inflation;',
        'no job guarantees beyond 2027;',
        'retraining for crane drivers whose posts are automated.',
      ],
    });
  });

  test('the headline, byline and dateline at the top of the page are not repeated in the body', () => {
    const body = texts(document.body);
    expect(body).not.toContain(document.headline);
    expect(body.some((text) => /^By Anna de Vries$|Updated 5 hours ago/u.test(text))).toBe(false);
  });

  test('hostile text stays text: an escaped <script> is the characters, a javascript: link only its words', () => {
    expect(texts(document.body)).toContain(
      'A union leaflet quoted the text of an internal memo as "<script>alert(\'automation\')</script> is how they see us: code that can be swapped out", a line the employers said was taken out of context.',
    );
    expect(texts(document.body)).toContain(
      'The economy ministry urged both sides to return to talks, and a statement on its website said a mediator was available from Tuesday.',
    );
    expect(allText(parsed)).not.toMatch(/javascript:/u);
  });

  test('no navigation, related links, footer, script or style text reaches the document', () => {
    for (const chrome of [
      'Skip to main content',
      'Sustainability',
      'Search Meridian Wire',
      'Related coverage',
      'Antwerp volumes rise',
      'All quotes delayed',
      'dataLayer',
      'skip-link',
      'Trust Principles',
    ]) {
      expect(allText(parsed), chrome).not.toContain(chrome);
    }
    // The footer's copyright line is chrome the page declares (<footer>): no guess, no warning.
    expect(parsed.warnings).toEqual([]);
  });
});

describe('a newspaper page full of chrome', () => {
  const parsed = fixture('newspaper-chrome.html');
  const { document } = parsed;

  test('trusts JSON-LD over meta tags, and joins several authors', () => {
    // og:title carries " | The Daily Ledger" and the author meta tag says "Ledger Staff": JSON-LD wins.
    expect(document.headline).toBe('Rotterdam port strike: ships queue in North Sea as dockers walk out');
    expect(document.byline?.name).toBe('Lotte Visser and James Okafor');
    expect(document.published?.iso).toBe('2025-11-24T11:30+00:00');
    expect(document.updated?.iso).toBe('2025-11-24T16:05+00:00');
    expect(parsed.outlet).toBe('The Daily Ledger');
    expect(parsed.url).toBe('https://www.dailyledger.example/world/2025/nov/24/rotterdam-port-strike-ships-queue');
  });

  test('the standfirst is the standfirst, not the first paragraph', () => {
    expect(document.standfirst).toBe(
      'Union says employers refuse job guarantees as terminals automate; 41 vessels wait at anchor',
    );
  });

  test('the body is exactly the article paragraphs, first to last', () => {
    expect(texts(document.body)).toEqual([
      "Dozens of container ships were queueing in the North Sea on Monday after dockworkers in Rotterdam began a 48-hour strike, the first full stoppage at Europe's biggest port in four years.",
      "The walkout, called by the FNV Havens union, follows months of talks over the automation of the port's terminals, where remote-operated cranes are replacing drivers in the cab.",
      'Port officials said 41 vessels were at anchor by midday, and some shipping lines had begun diverting to Antwerp and Hamburg.',
      'Niek Stam, the union\'s spokesman, said: "We are not against the future, we are against a future without us."',
      "Employers said the union's demands would make the terminals uncompetitive. Marieke Smit of the VRS employers' association said each day of the strike cost the supply chain dearly.",
      'The economy ministry has offered a mediator, and talks could resume on Tuesday if the union agrees.',
      'The strike is due to end at 6am on Wednesday.',
    ]);
  });

  test.each([
    ['cookie banner', 'We use cookies'],
    ['cookie buttons', 'Accept all'],
    ['top advertisement', 'winter tyres'],
    ['inline advertisement', 'Switch your energy supplier'],
    ['advertisement label', 'Advertisement'],
    ['navigation', 'Opinion'],
    ['membership appeal', 'Support the Ledger'],
    ['share buttons', 'Share on'],
    ['share count', '1,204 shares'],
    ['inline "Read more" link', 'Antwerp braces'],
    ['newsletter box', 'Business Today'],
    ['newsletter privacy notice', 'Privacy notice'],
    ['topics', 'Trade unions'],
    ['"More on this story" list', 'robot terminal'],
    ['comments', 'scrapheap'],
    ['comment authors', 'portwatcher'],
    ['most viewed', 'Storm warning'],
    ['footer', 'Ledger Media Group'],
    ['inline script', 'must never appear'],
    ['head script', 'adnetwork'],
    ['style', 'font-family'],
  ])('leaves out the %s', (_, text) => {
    expect(allText(parsed)).not.toContain(text);
  });
});

describe('a blog post with only meta tags', () => {
  const parsed = fixture('blog-meta-only.html');
  const { document } = parsed;

  test('reads the meta tags, and drops " - Outlet" from the title', () => {
    expect(document.headline).toBe('What the Rotterdam strike tells us about port automation');
    expect(document.byline).toEqual({ name: 'Ruud Bakker', text: 'Ruud Bakker' });
    expect(document.published).toEqual({ iso: '2025-11-25T07:45+01:00', text: '2025-11-25T07:45:00+01:00' });
    expect(document.updated).toBeUndefined();
    expect(parsed.outlet).toBe('Harbour Notes');
    // The canonical link is relative, so og:url gives the address.
    expect(parsed.url).toBe('https://harbournotes.example/2025/11/rotterdam-strike-automation/');
  });

  test('reads emphasis as text, an h3 as a heading, an ordered list, and <br> as a space', () => {
    expect(document.body[0]).toEqual({
      type: 'paragraph',
      text: "I drove a straddle carrier at the Waalhaven for eleven years, so I read Monday's news about the strike with more than passing interest.",
    });
    expect(document.body).toContainEqual({ type: 'heading', text: 'Three things to watch' });
    expect(document.body).toContainEqual({
      type: 'list',
      items: [
        'Whether the employers put a job guarantee in writing.',
        'Whether Antwerp can absorb the diverted ships.',
        'Whether the government steps in.',
      ],
    });
    expect(texts(document.body)).toContain(
      'Some readers wrote in to ask what a remote crane operator actually sees. Mostly screens: eight of them, and a joystick. The cab is gone, and with it the view of the quay.',
    );
    expect(document.body.at(-1)).toEqual({
      type: 'paragraph',
      text: 'Whatever happens this week, the question will come back: who shares in what the machines save?',
    });
  });

  test("a figure's caption becomes the image caption; a table is left out with a warning", () => {
    expect(document.image).toEqual({
      caption: "A remote operator's desk at a Maasvlakte terminal.",
      credit: undefined,
    });
    expect(parsed.warnings).toEqual([
      expect.stringMatching(
        /blog-meta-only\.html: left out 2 elements holding text as page chrome \(site-header, comments-area\)/u,
      ),
      expect.stringMatching(/blog-meta-only\.html: left out a table starting "Year Automated terminals"/u),
    ]);
  });

  test('no site header, sharing, related posts or comments', () => {
    for (const chrome of [
      'Ships, cranes and the people',
      'Archive',
      'Share this',
      'Twitter',
      'A day at Maasvlakte II',
      'thoughts on',
      'Eemhaven',
      'Leave a Reply',
      'Proudly powered',
      'Posted on',
    ]) {
      expect(allText(parsed), chrome).not.toContain(chrome);
    }
  });
});

describe('pages that are not what they seem', () => {
  const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const article =
    '<article><h1>Port strike ends</h1><p>The strike at the port ended on Wednesday morning after two days, the union said in a statement to reporters.</p></article>';

  test('refuses a page with no article, naming the file and what to do', () => {
    const error = errorOf(() =>
      parseHtmlArticle(page('<title>Front page</title>', '<nav><a href="/">Home</a></nav>'), 'sources/front.html'),
    );
    expect(error.file).toBe('sources/front.html');
    expect(error.problem).toMatch(/no article text was found/u);
    expect(error.fix).toMatch(/article's own page/u);
  });

  test('leaves out a javascript: address with a warning, and reads a broken JSON-LD block as absent', () => {
    const parsed = parseHtmlArticle(
      page(
        '<title>Port strike ends</title><meta property="og:url" content="javascript:alert(1)"><script type="application/ld+json">{ "headline": </script>',
        article,
      ),
      'a.html',
    );
    expect(parsed.url).toBeUndefined();
    expect(parsed.warnings).toContainEqual(
      expect.stringMatching(/a\.html: JSON-LD block 1 of the page is not valid JSON/u),
    );
    expect(parsed.warnings).toContainEqual(
      expect.stringMatching(/"javascript:alert\(1\)" as its address, which is not an http\(s\) address/u),
    );
    expect(parsed.document.headline).toBe('Port strike ends');
  });

  test('markup written as text in a paragraph stays text; real markup in it is dropped, its text kept', () => {
    const parsed = parseHtmlArticle(
      page(
        '<title>Port strike ends</title>',
        '<article><p>The strike at the port ended on Wednesday after two days &lt;img src=x onerror=alert(1)&gt; and <b>a bold</b> <a href="javascript:void(0)">claim</a><img src=x onerror="alert(2)">, the union said in a statement.</p></article>',
      ),
      'a.html',
    );
    expect(parsed.document.body).toEqual([
      {
        type: 'paragraph',
        text: 'The strike at the port ended on Wednesday after two days <img src=x onerror=alert(1)> and a bold claim, the union said in a statement.',
      },
    ]);
  });

  test('a fragment without <html> is read as a page body; its top byline and date lines become metadata', () => {
    const parsed = parseHtmlArticle(
      '<h1>Strike ends</h1><p>By Jane Doe | 24 Nov 2025</p><p>The strike ended, the union said, after two days of talks, and ships moved again.</p>',
      'b.html',
    );
    expect(parsed.document).toMatchObject({
      headline: 'Strike ends',
      byline: { name: 'Jane Doe', text: 'By Jane Doe' },
      published: { iso: '2025-11-24', text: '24 Nov 2025' },
      body: [
        {
          type: 'paragraph',
          text: 'The strike ended, the union said, after two days of talks, and ships moved again.',
        },
      ],
    });
  });

  test('an empty file is refused as a page with no article', () => {
    expect(errorOf(() => parseHtmlArticle('', 'e.html')).problem).toMatch(/no article text was found/u);
  });

  test('an unreadable date is left out with a warning', () => {
    const parsed = parseHtmlArticle(
      page('<title>Port strike ends</title><meta property="article:published_time" content="last Tuesday">', article),
      'a.html',
    );
    expect(parsed.document.published).toBeUndefined();
    expect(parsed.warnings).toContainEqual(
      'a.html: the page\'s publication date "last Tuesday" is not a date Reworded reads; it was left out.',
    );
  });
});

describe('a <time> at the top of the body', () => {
  const page = (body: string) =>
    `<!doctype html><html><head><title>Bridge vote delayed</title></head><body><article><h1>Bridge vote delayed</h1>${body}</article></body></html>`;
  const rest = [1, 2, 3, 4]
    .map(
      (n) =>
        `<p>Para ${n}. The council met to discuss the plan for the harbour bridge, which has been delayed for years and cost far more than planned.</p>`,
    )
    .join('');
  const lead = (line: string) => parseHtmlArticle(page(`<p>${line}</p>${rest}`), 'a.html');

  test.each([
    'The council will now vote on <time datetime="2026-05-01">May 1</time>, the mayor said.',
    'Polls close at <time>8pm</time> tonight.',
    'Voting ends <time>Friday</time>.',
  ])('is kept when the line says more than a date: %s', (line) => {
    const text = line.replace(/<[^>]+>/gu, '');
    expect(texts(lead(line).document.body)[0]).toBe(text);
  });

  test.each([
    'Updated <time>2025-11-24</time>',
    'Published <time datetime="2025-11-24T09:12">Nov 24, 2025, 9:12 AM</time> · Updated 5 hours ago',
    '<time>24 November 2025</time> | By Jane Doe',
  ])('is dropped when the line is a dateline: %s', (line) => {
    expect(texts(lead(line).document.body)[0]).toMatch(/^Para 1\./u);
  });

  test('a byline on a dropped date line is read when the page names no author', () => {
    expect(lead('<time>24 November 2025</time> | By Jane Doe').document.byline).toEqual({
      name: 'Jane Doe',
      text: 'By Jane Doe',
    });
  });
});

describe('the headline: JSON-LD and the visible <h1>', () => {
  const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
  const rest = [1, 2, 3, 4]
    .map(
      (n) =>
        `<p>Para ${n}. The council met to discuss the plan for the harbour bridge, which has been delayed for years and cost far more than planned.</p>`,
    )
    .join('');
  const page = (head: string, h1: string) =>
    `<!doctype html><html><head>${head}</head><body><article><h1>${h1}</h1>${rest}</article></body></html>`;

  test('decodes HTML entities in JSON-LD text, as a browser would show them', () => {
    const parsed = parseHtmlArticle(
      page(
        ld({
          '@type': 'NewsArticle',
          headline: 'Costs &amp; delays: the bridge&#8217;s fate',
          author: { name: 'Ann O&#8217;Brien' },
          publisher: { name: 'Smith &amp; Sons Gazette' },
        }),
        'Costs &amp; delays: the bridge’s fate',
      ),
      'a.html',
    );
    expect(parsed.document.headline).toBe('Costs & delays: the bridge’s fate');
    expect(parsed.document.byline?.name).toBe('Ann O’Brien');
    expect(parsed.outlet).toBe('Smith & Sons Gazette');
    expect(texts(parsed.document.body)[0]).toMatch(/^Para 1\./u);
  });

  test('of several article nodes, takes the one whose address is the canonical one', () => {
    const parsed = parseHtmlArticle(
      page(
        `<link rel="canonical" href="https://gazette.example/bridge-plan-delayed">${ld({ '@type': 'NewsArticle', headline: 'Ferry fares rise again', url: 'https://gazette.example/ferry-fares', author: 'Wrong Person' })}${ld({ '@type': 'NewsArticle', headline: 'Bridge plan delayed again', url: 'https://gazette.example/bridge-plan-delayed/', author: 'Jane Doe' })}`,
        'Bridge plan delayed again',
      ),
      'a.html',
    );
    expect(parsed.document.headline).toBe('Bridge plan delayed again');
    expect(parsed.document.byline?.name).toBe('Jane Doe');
  });

  test("of several article nodes without addresses, takes the one whose headline is the page's <h1>", () => {
    const parsed = parseHtmlArticle(
      page(
        `${ld([{ '@type': 'NewsArticle', headline: 'Ferry fares rise again', author: 'Wrong Person' }])}${ld({ '@type': 'NewsArticle', headline: 'Bridge plan delayed again', author: 'Jane Doe' })}`,
        'Bridge plan delayed again',
      ),
      'a.html',
    );
    expect(parsed.document.byline?.name).toBe('Jane Doe');
  });

  test('a truncated JSON-LD headline gives way to the whole <h1>, which is not also the first body block', () => {
    const parsed = parseHtmlArticle(
      page(
        ld({ '@type': 'NewsArticle', headline: 'Bridge plan delayed again as costs…' }),
        'Bridge plan delayed again as costs soar past £40 million',
      ),
      'a.html',
    );
    expect(parsed.document.headline).toBe('Bridge plan delayed again as costs soar past £40 million');
    expect(texts(parsed.document.body)[0]).toMatch(/^Para 1\./u);
    expect(parsed.warnings).toEqual([]);
  });

  test('without an <article>, the <h1> at the top of the extracted text is the one the reader saw', () => {
    const parsed = parseHtmlArticle(
      `<!doctype html><html><head>${ld({ '@type': 'NewsArticle', headline: 'Council shelves harbour bridge' })}</head><body><div class="logo"><h1>The Gazette</h1></div><div class="story"><h1>Bridge plan delayed again</h1>${rest}</div></body></html>`,
      'a.html',
    );
    expect(parsed.document.headline).toBe('Bridge plan delayed again');
    expect(texts(parsed.document.body)[0]).toMatch(/^Para 1\./u);
  });

  test('a JSON-LD headline that disagrees with the <h1> gives way to what the reader saw, with a warning', () => {
    const parsed = parseHtmlArticle(
      page(ld({ '@type': 'NewsArticle', headline: 'Council shelves harbour bridge' }), 'Bridge plan delayed again'),
      'a.html',
    );
    expect(parsed.document.headline).toBe('Bridge plan delayed again');
    expect(texts(parsed.document.body)[0]).toMatch(/^Para 1\./u);
    expect(parsed.warnings).toEqual([
      'a.html: the page declares the headline "Council shelves harbour bridge", but its <h1> reads "Bridge plan delayed again"; the <h1>, which readers see, is the headline.',
    ]);
  });
});

describe('the standfirst', () => {
  const rest = [1, 2, 3, 4]
    .map(
      (n) =>
        `<p>Para ${n}. The council met to discuss the plan for the harbour bridge, which has been delayed for years and cost far more than planned.</p>`,
    )
    .join('');
  const parse = (inner: string) =>
    parseHtmlArticle(
      `<!doctype html><html><head><title>Bridge vote delayed</title></head><body><article><h1>Bridge vote delayed</h1>${inner}${rest}</article></body></html>`,
      'a.html',
    );

  test.each([
    'standfirst',
    'article-dek',
    'c-article__standfirst',
    'sub-headline',
    'subheadline',
    'summary-lede',
    'article-summary',
    'deck',
  ])('is an element whose class is %s', (name) => {
    expect(parse(`<p class="${name}">Council puts off decision again.</p>`).document.standfirst).toBe(
      'Council puts off decision again.',
    );
  });

  test('is not a photo caption whose class says description', () => {
    const parsed = parse(
      '<figure><img src="a.jpg"><figcaption class="image-description">The bridge at dusk (Photo: AFP)</figcaption></figure>',
    );
    expect(parsed.document.standfirst).toBeUndefined();
    expect(parsed.document.image).toEqual({ caption: 'The bridge at dusk', credit: 'Photo: AFP' });
  });

  test.each([
    '<div class="author-description"><p>Jane Doe covers transport for the Gazette.</p></div>',
    '<div class="author-box"><p class="subtitle">Jane Doe covers transport for the Gazette.</p></div>',
    '<figure><img src="a.jpg"><p class="standfirst">Jane Doe covers transport for the Gazette.</p></figure>',
    '<div class="card-deck"><p>Jane Doe covers transport for the Gazette.</p></div>',
  ])('is not an author box, a figure or anything merely described: %s', (inner) => {
    expect(parse(inner).document.standfirst).toBeUndefined();
  });
});

describe('inline elements that change what a reader sees', () => {
  const rest = [1, 2, 3, 4]
    .map(
      (n) =>
        `<p>Para ${n}. The council met to discuss the plan for the harbour bridge, which has been delayed for years and cost far more than planned.</p>`,
    )
    .join('');
  const parse = (inner: string, head = '') =>
    parseHtmlArticle(
      `<!doctype html><html><head><title>Bridge vote delayed</title>${head}</head><body><article><h1>Bridge vote delayed</h1>${rest}${inner}</article></body></html>`,
      'a.html',
    );
  const last = (inner: string) => texts(parse(inner).document.body).at(-1);

  test('<q> shows its quotation marks, single ones inside double', () => {
    expect(last('<p>The mayor said <q>we will build it</q> on Monday.</p>')).toBe(
      'The mayor said “we will build it” on Monday.',
    );
    expect(last('<p>She said <q>he told me <q>no</q> twice</q>.</p>')).toBe('She said “he told me ‘no’ twice”.');
  });

  test('superscript and subscript digits keep their place, so figures are not changed', () => {
    expect(last('<p>The cable carries 10<sup>6</sup> volts and 2<sup>-3</sup> of it is lost.</p>')).toBe(
      'The cable carries 10⁶ volts and 2⁻³ of it is lost.',
    );
    expect(last('<p>Costs rose by a third<sup>1</sup>, on the 21<sup>st</sup> of May.</p>')).toBe(
      'Costs rose by a third¹, on the 21st of May.',
    );
    expect(last('<p>The river carried CO<sub>2</sub> and H<sub>2</sub>O.</p>')).toBe('The river carried CO₂ and H₂O.');
  });

  test('the standfirst is read the same way', () => {
    const parsed = parseHtmlArticle(
      `<!doctype html><html><head><title>Bridge vote delayed</title></head><body><article><h1>Bridge vote delayed</h1><p class="standfirst">Mayor says <q>we will build it</q> at 10<sup>6</sup> times the cost</p>${rest}</article></body></html>`,
      'a.html',
    );
    expect(parsed.document.standfirst).toBe('Mayor says “we will build it” at 10⁶ times the cost');
  });
});

describe('figures', () => {
  const rest = [1, 2, 3, 4]
    .map(
      (n) =>
        `<p>Para ${n}. The council met to discuss the plan for the harbour bridge, which has been delayed for years and cost far more than planned.</p>`,
    )
    .join('');
  const parse = (inner: string) =>
    parseHtmlArticle(
      `<!doctype html><html><head><title>Bridge vote delayed</title></head><body><article><h1>Bridge vote delayed</h1>${inner}</article></body></html>`,
      'a.html',
    );
  const quote =
    '<figure class="pull-quote"><blockquote><p>We will build this bridge, whatever it costs.</p></blockquote><figcaption>Jane Doe, mayor of the city</figcaption></figure>';

  test("a pull quote's caption is its attribution: kept as a paragraph after the quote, never the photo caption", () => {
    const parsed = parse(
      `${rest}${quote}<p>After the quote, the council adjourned until the spring, when it will vote on the bridge again.</p>`,
    );
    const body = texts(parsed.document.body);
    expect(body.slice(4, 6)).toEqual(['We will build this bridge, whatever it costs.', 'Jane Doe, mayor of the city']);
    expect(parsed.document.image).toBeUndefined();
    expect(parsed.warnings).toEqual([]);
  });

  test('a pull quote before the lead photo does not lend the photo its attribution', () => {
    const parsed = parse(
      `${quote}<figure><img src="a.jpg"><figcaption>The harbour at dawn (Reuters)</figcaption></figure>${rest}`,
    );
    expect(parsed.document.image).toEqual({ caption: 'The harbour at dawn', credit: 'Reuters' });
    expect(texts(parsed.document.body)).toContain('Jane Doe, mayor of the city');
  });

  test('a credit line beside the photo, outside its caption, is the credit', () => {
    const parsed = parse(
      `${rest}<figure><img src="a.jpg"><span class="credit">Jane Roe/Gazette</span><figcaption>The bridge at dusk</figcaption></figure>`,
    );
    expect(parsed.document.image).toEqual({ caption: 'The bridge at dusk', credit: 'Jane Roe/Gazette' });
  });

  test('a photo wrapped in a paragraph inside its figure is still a photo, its caption the image caption', () => {
    const parsed = parse(
      `${rest}<figure><p><img src="a.jpg" alt="bridge"></p><figcaption>The bridge, seen from the harbour in 2020 (Reuters)</figcaption></figure>`,
    );
    expect(parsed.document.image).toEqual({ caption: 'The bridge, seen from the harbour in 2020', credit: 'Reuters' });
    expect(texts(parsed.document.body)).not.toContain('The bridge, seen from the harbour in 2020 (Reuters)');
  });
});

describe('JSON-LD values of other shapes', () => {
  const ld = (value: unknown) =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Bridge plan delayed again', ...(value as object) })}</script>`;
  const rest = [1, 2, 3, 4]
    .map(
      (n) =>
        `<p>Para ${n}. The council met to discuss the plan for the harbour bridge, which has been delayed for years and cost far more than planned.</p>`,
    )
    .join('');
  const parse = (value: unknown, head = '') =>
    parseHtmlArticle(
      `<!doctype html><html><head>${ld(value)}${head}</head><body><article><h1>Bridge plan delayed again</h1>${rest}</article></body></html>`,
      'a.html',
    );

  test('reads the first usable value of a list: a date, an author name', () => {
    const parsed = parse({
      datePublished: ['2025-11-24T09:12:00+01:00', '2025-11-25'],
      dateModified: [17, '2025-11-24T14:40:00+01:00'],
      author: { '@type': 'Person', name: ['Jane Doe', 'J. Doe'] },
    });
    expect(parsed.document.published?.iso).toBe('2025-11-24T09:12+01:00');
    expect(parsed.document.updated?.iso).toBe('2025-11-24T14:40+01:00');
    expect(parsed.document.byline?.name).toBe('Jane Doe');
    expect(parsed.warnings).toEqual([]);
  });

  test('says what it could not use, and falls back to the meta tags', () => {
    const parsed = parse(
      { datePublished: 1732484640, author: { name: 42 } },
      '<meta property="article:published_time" content="2025-11-24T09:12:00+01:00">',
    );
    expect(parsed.document.published?.iso).toBe('2025-11-24T09:12+01:00');
    expect(parsed.document.byline).toBeUndefined();
    expect(parsed.warnings).toEqual([
      "a.html: the page's JSON-LD author name is a number (42), not text; it was not used.",
      "a.html: the page's JSON-LD datePublished is a number (1732484640), not text; it was not used.",
    ]);
  });
});
