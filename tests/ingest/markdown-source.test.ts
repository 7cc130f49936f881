import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseMarkdownArticle } from '../../src/ingest/markdown-source.ts';
import { errorOf } from '../support/ingest-error.ts';
import { yamlBomb } from '../support/yaml-bomb.ts';

const path = (name: string) => `tests/fixtures/formats/markdown/${name}`;
const fixture = (name: string) => parseMarkdownArticle(readFileSync(path(name), 'utf8'), path(name));
const parse = (text: string) => parseMarkdownArticle(text, 'a.md');

describe('a Markdown article with full frontmatter', () => {
  const parsed = fixture('full-frontmatter.md');
  const { document } = parsed;

  test('reads every frontmatter field, a YAML timestamp with its offset included', () => {
    expect(parsed.format).toBe('markdown');
    expect(document.headline).toBe('Rotterdam dockers strike over automation');
    expect(document.standfirst).toBe("The first full stoppage at Europe's largest port in four years");
    expect(document.byline).toEqual({ name: 'Anna de Vries', text: 'By Anna de Vries' });
    expect(document.published).toEqual({ iso: '2025-11-24T09:12+01:00', text: '2025-11-24 09:12:00 +01:00' });
    expect(document.updated).toEqual({ iso: '2025-11-24T14:40+00:00', text: '2025-11-24T14:40:31Z' });
    expect(parsed.outlet).toBe('Harbour Post');
    expect(parsed.url).toBe('https://harbourpost.example/news/rotterdam-dockers-strike');
  });

  test('the body: emphasis, links and code as their text, the quote as a paragraph, nested items as items', () => {
    expect(document.body).toEqual([
      {
        type: 'paragraph',
        text: 'Dockworkers at the port of Rotterdam walked out on Monday, halting container traffic at the main terminals.',
      },
      {
        type: 'paragraph',
        text: 'The union, FNV Havens, said employers had refused to guarantee jobs as terminals replace crane drivers with remote-controlled systems.',
      },
      {
        type: 'paragraph',
        text: '"We are not against the future, we are against a future without us," said union spokesman Niek Stam.',
      },
      { type: 'heading', text: 'What the employers offer' },
      {
        type: 'list',
        items: ['a 2% pay rise in 2026;', 'no job guarantees beyond 2027;', 'retraining for some crane drivers.'],
      },
      {
        type: 'paragraph',
        text: "A leaflet quoted a memo as <script>alert('automation')</script>, and a statement offered a mediator.",
      },
      {
        type: 'paragraph',
        text: '<div class="note"> Correction: an earlier version gave the wrong number of ships. </div>',
      },
      { type: 'paragraph', text: 'The strike is due to end at 6am on Wednesday.' },
    ]);
  });

  test('says what it left out or kept as literal HTML, and where', () => {
    expect(parsed.warnings).toEqual([
      `${path('full-frontmatter.md')}: left out the image "Idle cranes at Maasvlakte" (line 16): images are not article text.`,
      `${path('full-frontmatter.md')}: left out the addresses of links on lines 18, 31; their text is kept.`,
      `${path('full-frontmatter.md')}: HTML on lines 30, 33 is kept as literal text, as written; Reworded shows articles as text, never as markup.`,
    ]);
    expect(JSON.stringify(parsed.document)).not.toMatch(/javascript:|fnv\.example|cranes\.jpg/u);
  });
});

test('a warning about thousands of lines names the first ten and counts the rest', () => {
  const text = `# Port strike\n\nDock workers walked out.\n\n${'[a]: https://example.org\n'.repeat(5000)}`;
  const { warnings } = parseMarkdownArticle(text, 'a.md');
  expect(warnings).toEqual([
    'a.md: left out link definitions ([name]: address) on lines 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 and 4,990 more.',
  ]);
});

describe('Markdown headlines and metadata', () => {
  test('without frontmatter, the first "# " heading is the headline and not also a body heading', () => {
    const { document, outlet, url } = fixture('heading-headline.md');
    expect(document.headline).toBe('Ships queue off Rotterdam as port strike bites');
    expect(document.body).toEqual([
      { type: 'paragraph', text: 'Forty-one container ships were at anchor in the North Sea by midday on Monday.' },
      { type: 'heading', text: 'Diversions' },
      { type: 'paragraph', text: 'Some lines sent their ships to Antwerp and Hamburg instead.' },
    ]);
    expect([outlet, url, document.byline, document.published]).toEqual([undefined, undefined, undefined, undefined]);
  });

  test('accepts author for byline and published for date (.markdown extension)', () => {
    const { document } = fixture('author-alias.markdown');
    expect(document.byline).toEqual({ name: 'Lotte Visser', text: 'Lotte Visser' });
    expect(document.published).toEqual({ iso: '2025-11-24', text: '2025-11-24' });
  });

  test('reads the keys Astro, Jekyll, Hugo and Eleventy sites write', () => {
    const parsed = parse(
      [
        '---',
        'title: Strike ends',
        'description: Dockers return to work',
        'authors:',
        '  - Anna de Vries',
        '  - Lotte Visser',
        '  - Niek Stam',
        'date: 2025-11-26',
        'publisher: Harbour Post',
        '---',
        'Text.',
      ].join('\n'),
    );
    expect(parsed.document.headline).toBe('Strike ends');
    expect(parsed.document.standfirst).toBe('Dockers return to work');
    expect(parsed.document.byline?.text).toBe('Anna de Vries, Lotte Visser and Niek Stam');
    expect(parsed.document.published?.iso).toBe('2025-11-26');
    expect(parsed.outlet).toBe('Harbour Post');
    expect(parse('---\ntitle: A\nsummary: S\nauthor: [Jane Doe]\nsource: Reuters\n---\nText.')).toMatchObject({
      document: { standfirst: 'S', byline: { text: 'Jane Doe' } },
      outlet: 'Reuters',
    });
  });

  test('two names for one field may both be given with one value', () => {
    const parsed = parse(
      [
        '---',
        'headline: Strike ends',
        'title: Strike ends',
        'byline: Jane Doe and John Roe',
        'authors: [Jane Doe, John Roe]',
        'date: 2025-11-26',
        'published: "2025-11-26"',
        'outlet: Reuters',
        'source: Reuters',
        '---',
        'Text.',
      ].join('\n'),
    );
    expect(parsed.document.headline).toBe('Strike ends');
    expect(parsed.document.byline?.text).toBe('Jane Doe and John Roe');
    expect(parsed.outlet).toBe('Reuters');
  });

  test('the date keys of Astro, Hugo and Jekyll posts are the publication and update dates', () => {
    const parsed = parse('---\ntitle: A\npubDate: 2025-11-24\nlastmod: 2025-11-25T10:00Z\n---\nText.');
    expect([parsed.document.published?.iso, parsed.document.updated?.iso]).toEqual([
      '2025-11-24',
      '2025-11-25T10:00+00:00',
    ]);
    expect(parse('---\ntitle: A\npublishDate: 2025-11-24\nupdatedDate: 2025-11-26\n---\nText.')).toMatchObject({
      document: { published: { iso: '2025-11-24' }, updated: { iso: '2025-11-26' } },
    });
    for (const key of ['last_modified_at', 'modified']) {
      expect(parse(`---\ntitle: A\n${key}: 2025-11-27\n---\nText.`).document.updated?.iso).toBe('2025-11-27');
    }
    // The same moment under two names is one statement; two moments are a contradiction.
    expect(parse('---\ntitle: A\nupdated: 2025-11-25\nlastmod: "2025-11-25"\n---\nText.').document.updated?.iso).toBe(
      '2025-11-25',
    );
    const error = errorOf(() => parse('---\ntitle: A\ndate: 2025-11-24\npubDate: 2025-11-23\n---\nText.'));
    expect([error.line, error.problem]).toEqual([
      4,
      '"pubDate" and "date" both give the publication date, with different values.',
    ]);
    const update = errorOf(() => parse('---\ntitle: A\nupdated: 2025-11-24\nlastmod: 2025-11-25\n---\nText.'));
    // Dates are compared as instants, to the second.
    expect(
      parse('---\ntitle: A\ndate: 2025-11-24T21:44+01:00\npubDate: 2025-11-24T20:44:00Z\n---\nText.').document.published
        ?.iso,
    ).toBe('2025-11-24T21:44+01:00');
    expect(
      errorOf(() => parse('---\ntitle: A\ndate: 2025-11-24T21:44:10Z\npubDate: 2025-11-24T21:44:50Z\n---\nText.'))
        .problem,
    ).toBe('"pubDate" and "date" both give the publication date, with different values.');
    expect(update.problem).toBe('"lastmod" and "updated" both give the update date, with different values.');
  });

  test('keys a site generator writes for the site are left out, with one warning naming them', () => {
    const parsed = parse(
      [
        '---',
        'layout: post',
        'title: Strike ends',
        'tags: [port, strike]',
        'draft: false',
        'heroImage: /img/cranes.jpg',
        'categories:',
        '  - news',
        'permalink: /2025/strike/',
        'weight: 3',
        '---',
        'Text.',
      ].join('\n'),
    );
    expect(parsed.document.headline).toBe('Strike ends');
    expect(parsed.warnings).toEqual([
      `a.md: ignored: layout, tags, draft, heroImage, categories, permalink, weight (site settings, not the article).`,
    ]);
  });

  test('an unknown or misspelt key is still refused', () => {
    const error = errorOf(() => parse('---\ntitle: A\nlayuot: post\n---\nText.'));
    expect([error.line, error.problem]).toEqual([3, 'unknown key "layuot".']);
  });

  test('with a frontmatter headline, a different "# " heading stays in the body', () => {
    const { document } = parse('---\nheadline: Strike ends\n---\n# Day two\n\nText.\n');
    expect(document.headline).toBe('Strike ends');
    expect(document.body).toEqual([
      { type: 'heading', text: 'Day two' },
      { type: 'paragraph', text: 'Text.' },
    ]);
  });

  test('a thematic break is layout; code is kept as text; an empty frontmatter is no frontmatter', () => {
    const { document } = parse('---\n---\n# Strike\n\n***\n\n    indented code line\n');
    expect(document.body).toEqual([{ type: 'paragraph', text: 'indented code line' }]);
  });

  test('an autolink keeps its address as its text, with no warning', () => {
    const parsed = parse('# Strike\n\nSee <https://example.com/x>.\n');
    expect(parsed.document.body).toEqual([{ type: 'paragraph', text: 'See https://example.com/x.' }]);
    expect(parsed.warnings).toEqual([]);
  });
});

describe('bad Markdown articles are refused with the line and a fix', () => {
  test.each([
    ['bad-yaml.md', 5, /the frontmatter is not valid YAML \(Missing closing "quote\)/u, /quoting/u],
    ['wrong-types.md', 3, /"date" is not a date in ISO 8601/u, /2025-11-24 21:44:00 \+05:30/u],
    ['number-headline.md', 2, /"headline" must be text, not a number \(2025\)/u, /put it in quotes/u],
    [
      'unknown-key.md',
      4,
      /unknown key "titel"/u,
      /headline \(or title\), standfirst \(or description, summary\), byline \(or author, authors\), date \(or published, pubDate, publishDate\), updated \(or updatedDate, lastmod, last_modified_at, modified\), outlet \(or publisher, source\) and url, and leaves out layout, tags, /u,
    ],
    ['bad-url.md', 3, /"url" must be an http\(s\) address/u, /starting with https:\/\//u],
  ])('%s', (name, line, problem, fix) => {
    const error = errorOf(() => fixture(name));
    expect(error.file).toBe(path(name));
    expect(error.line).toBe(line);
    expect(error.problem).toMatch(problem);
    expect(error.fix).toMatch(fix);
  });

  test('an empty file', () => {
    expect(errorOf(() => parse(' \n\n')).problem).toMatch(/the file has no text/u);
  });

  test('no headline anywhere', () => {
    const error = errorOf(() => fixture('no-headline.md'));
    expect(error.file).toBe(path('no-headline.md'));
    expect(error.problem).toMatch(/no headline/u);
    expect(error.fix).toMatch(/headline: …|# The headline/u);
  });

  test('two names for one field with different values: the error names both keys and the file', () => {
    const error = errorOf(() => parse('---\nheadline: A\ndate: 2025-11-24\npublished: 2025-11-25\n---\nText.'));
    expect([error.file, error.line, error.problem, error.fix]).toEqual([
      'a.md',
      4,
      '"published" and "date" both give the publication date, with different values.',
      'remove one of the two lines, or give both the same value.',
    ]);
  });

  test.each([
    [
      'byline and author, differing',
      '---\nheadline: A\nbyline: X\nauthor: Y\n---\nText.',
      4,
      /"author" and "byline" both give the byline, with different values/u,
    ],
    [
      'title and headline, differing',
      '---\ntitle: A\nheadline: B\n---\nText.',
      2,
      /"title" and "headline" both give the headline, with different values/u,
    ],
    [
      'description and summary, differing',
      '---\nheadline: A\nsummary: S\ndescription: D\n---\nText.',
      3,
      /"summary" and "description" both give the standfirst, with different values/u,
    ],
    [
      'source and publisher, differing',
      '---\nheadline: A\nsource: Reuters\npublisher: AP\n---\nText.',
      3,
      /"source" and "publisher" both give the outlet, with different values/u,
    ],
    ['an empty list of authors', '---\nheadline: A\nauthors: []\n---\nText.', 3, /"authors" is an empty list/u],
    [
      'a number among the authors',
      '---\nheadline: A\nauthors:\n  - Jane Doe\n  - 42\n---\nText.',
      4,
      /"authors" must be a name or a list of names, not a list holding a number \(42\)/u,
    ],
    ['an empty value', '---\nheadline: A\noutlet: ""\n---\nText.', 3, /"outlet" is empty/u],
    [
      'a list where text belongs',
      '---\nheadline: A\nbyline:\n  - X\n  - Y\n---\nText.',
      4,
      /"byline" must be text, not a list/u,
    ],
    ['an impossible date', '---\nheadline: A\ndate: 2025-11-31\n---\nText.', 3, /"date" is not a date/u],
    ['an impossible time', '---\nheadline: A\nupdated: 2025-13-45T99:99\n---\nText.', 3, /"updated" is not a date/u],
    ['a frontmatter that is a list', '---\n- a\n---\nText.', 2, /must be a list of "key: value" lines, not a list/u],
    ['an unclosed frontmatter', '---\nheadline: A\n\nText.', 1, /never closed/u],
    [
      'a # after an unquoted value, which YAML reads as a comment',
      '---\nheadline: Why #MeToo still matters\n---\nText.',
      2,
      /"headline" has a " #" comment after it/u,
    ],
    [
      'a comment after an unquoted byline',
      '---\nheadline: A\nbyline: Jane Doe # staff\n---\nText.',
      3,
      /"byline" has a " #" comment after it/u,
    ],
  ])('%s', (_, text, line, problem) => {
    const error = errorOf(() => parse(text));
    expect(error.line).toBe(line);
    expect(error.problem).toMatch(problem);
  });

  test('the fix for a " #" after a value is to quote it', () => {
    const error = errorOf(() => parse('---\nheadline: Why #MeToo still matters\n---\nText.'));
    expect(error.problem).toBe(
      '"headline" has a " #" comment after it, so YAML reads the value as "Why" and drops the rest of the line.',
    );
    expect(error.fix).toBe(
      'put the value in quotes ("Why #MeToo still matters") if the # is part of it, or move the comment to a line of its own.',
    );
  });

  test('a value wrapped onto a next line starting with # is refused, with the line and the quoted value', () => {
    for (const text of [
      '---\nheadline: Why\n  #MeToo still matters\n---\nText.',
      '---\nheadline: Why\n\n    #MeToo still matters\noutlet: X\n---\nText.',
    ]) {
      const error = errorOf(() => parse(text));
      expect(error.line).toBe(2);
      expect(error.problem).toBe(
        '"headline" goes on to a line starting with "#", which YAML reads as a comment, so the value is "Why".',
      );
      expect(error.fix).toContain('("Why #MeToo still matters")');
    }
  });

  test('a YAML alias bomb in the frontmatter is refused by name, with the line of its first alias', () => {
    const error = errorOf(() => parse(`---\n${yamlBomb('headline')}---\nText.`));
    expect(error.file).toBe('a.md');
    expect(error.line).toBe(3);
    expect(error.problem).toMatch(/aliases \(\*name\) repeat anchored values/u);
  });

  test('a value YAML reads as a number is named as YAML read it', () => {
    expect(errorOf(() => parse('---\nheadline: .inf # bad\n---\nText.')).problem).toContain(
      'reads the value as "Infinity"',
    );
  });

  test('comments on their own lines, after a quoted value and a # inside a word stay allowed', () => {
    const { document, url } = parse(
      '---\n# Checked against the print edition\nheadline: "Why #MeToo still matters" # from the print edition\n  # an indented note\nurl: https://example.com/a#b\n---\nText.',
    );
    expect(document.headline).toBe('Why #MeToo still matters');
    expect(url).toBe('https://example.com/a#b');
  });
});
