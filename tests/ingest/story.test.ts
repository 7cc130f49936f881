import { describe, expect, test } from 'vitest';
import { ingestStory } from '../../src/ingest/story.ts';
import type { SourceFile, StoryFolder } from '../../src/ingest/story.ts';
import { parseStoryConfig } from '../../src/ingest/story-config.ts';
import { errorOf } from '../support/ingest-error.ts';
import { yamlBomb } from '../support/yaml-bomb.ts';

const file = (name: string, text: string): SourceFile => ({
  name,
  path: `content/sources/talks/${name}`,
  bytes: new TextEncoder().encode(text),
  sha256: '0'.repeat(64),
});
const folder = (
  config?: string,
  files = [file('b.txt', 'Rewrite headline\n\nBody.'), file('a.txt', 'Original headline\n\nBody.')],
): StoryFolder => ({
  name: 'Talks',
  files,
  config: config === undefined ? undefined : { path: 'content/sources/talks/story.yaml', text: config },
});
const summary = (story: ReturnType<typeof ingestStory>): unknown =>
  JSON.parse(story.files.find((generated) => generated.path.endsWith('story.json'))?.content ?? 'null');

describe('ingestStory', () => {
  test('without story.yaml, versions are the files in name order and the first is the original', () => {
    const story = ingestStory(folder());
    expect(story.slug).toBe('talks');
    expect(summary(story)).toEqual({ slug: 'talks', title: 'Original headline', original: 'a', versions: ['a', 'b'] });
    expect(story.files.map((generated) => generated.path)).toEqual(['talks/a.md', 'talks/b.md', 'talks/story.json']);
    expect(story.files[0]?.content).toContain('original: true');
    expect(story.files[1]?.content).toContain('original: false');
  });

  test('story.yaml sets the title, order, slugs, labels, URL, retrieval date and the original', () => {
    const story = ingestStory(
      folder(
        [
          'title: Peace talks',
          'original: b.txt',
          'versions:',
          '  - { file: b.txt, slug: agency, label: Agency report, url: "https://example.com/a", retrieved: 2025-11-25 }',
          '  - { file: a.txt, slug: outlet, label: Outlet }',
        ].join('\n'),
      ),
    );
    expect(summary(story)).toEqual({
      slug: 'talks',
      title: 'Peace talks',
      original: 'agency',
      versions: ['agency', 'outlet'],
    });
    const agency = story.files[0]?.content ?? '';
    expect(agency).toContain('label: "Agency report"');
    expect(agency).toContain('url: "https://example.com/a"');
    expect(agency).toContain('retrieved: "2025-11-25"');
  });

  test('without labels, versions are labelled by their place, never by their file names', () => {
    const story = ingestStory(folder());
    expect(story.files[0]?.content).toContain('label: "Original"');
    expect(story.files[1]?.content).toContain('label: "Rewrite"');
  });

  test('two versions of one outlet without labels get distinct ones: by the day, by time, else by number', () => {
    const page = (outlet: string, published: string) =>
      `---\nheadline: Talks end\noutlet: ${outlet}\ndate: ${published}\n---\n\nBody.\n`;
    const labelsOf = (first: string, second: string) =>
      ingestStory(folder(undefined, [file('a.md', page('Reuters', first)), file('b.md', page('Reuters', second))]))
        .files.slice(0, 2)
        .map((generated) => /^label: "(.*)"$/mu.exec(generated.content)?.[1]);
    expect(labelsOf('2025-03-03', '2025-03-04')).toEqual(['Reuters, 3 March', 'Reuters, 4 March']);
    expect(labelsOf('2025-03-03T10:00+01:00', '2025-03-03T09:30+00:00')).toEqual([
      'Reuters (earlier)',
      'Reuters (later)',
    ]);
    expect(labelsOf('2025-03-03', '2025-03-03T10:00+01:00')).toEqual(['Reuters (1)', 'Reuters (2)']);
    // The time a version was last updated is when it was written.
    expect(labelsOf('2025-03-03T09:00+00:00\nupdated: 2025-03-03T18:00+00:00', '2025-03-03T12:00+00:00')).toEqual([
      'Reuters (later)',
      'Reuters (earlier)',
    ]);
  });

  test('story.yaml labels are kept as given, and two equal ones are an error naming both files', () => {
    const story = ingestStory(folder('versions:\n  - { file: a.txt, label: Rewrite }\n  - { file: b.txt }\n'));
    expect(story.files[0]?.content).toContain('label: "Rewrite"');
    expect(story.files[1]?.content).toContain('label: "Rewrite (2)"');
    const error = errorOf(() =>
      ingestStory(folder('versions:\n  - { file: a.txt, label: Wire }\n  - { file: b.txt, label: wire }\n')),
    );
    expect(error.file).toBe('content/sources/talks/story.yaml');
    expect(error.problem).toMatch(/^"a\.txt" is labelled "Wire" and "b\.txt" "wire": labels that differ only in case/u);
  });

  test.each([
    ['an unknown original', 'original: c.txt', /original names "c\.txt", which is not one of the story's versions/],
    [
      'a listed file that is missing',
      'versions:\n  - file: a.txt\n  - file: c.txt',
      /versions lists "c\.txt", which is not in the story folder/,
    ],
    [
      'a file left out of versions',
      'versions:\n  - file: a.txt',
      /"b\.txt" is in the story folder but not under versions/,
    ],
    [
      'two versions with one slug',
      'versions:\n  - { file: a.txt, slug: x }\n  - { file: b.txt, slug: x }',
      /"b\.txt" and "a\.txt" would both be published as version "x"/,
    ],
  ])('refuses %s, naming story.yaml', (_, config, message) => {
    const error = errorOf(() => ingestStory(folder(config)));
    expect(error.file).toBe('content/sources/talks/story.yaml');
    expect(error.message).toMatch(message);
  });

  test('refuses a folder with no article file', () => {
    expect(() => ingestStory(folder(undefined, []))).toThrow(/holds no article file/);
  });

  describe('names that look alike but differ in Unicode form', () => {
    const composed = 'café.txt'.normalize('NFC');
    const decomposed = 'café.txt'.normalize('NFD');

    test('two such files are refused with words that say how they differ', () => {
      const error = errorOf(() =>
        ingestStory(folder(undefined, [file(composed, 'One\n\nBody.'), file(decomposed, 'Two\n\nBody.')])),
      );
      expect(error.message).toContain('would both be published as version "cafe"');
      expect(error.message).toContain('look the same but are written differently');
      expect(error.message).toContain(`"${composed}" with each accented letter as one character`);
      expect(error.message).toContain(`"${decomposed}" with letters followed by combining accents`);
      expect(error.fix).toBe('keep one of the two files: rename or remove the other.');
    });

    test('story.yaml naming a file in the other form finds that file', () => {
      const story = ingestStory(
        folder(`original: ${composed}\nversions:\n  - file: a.txt\n  - file: ${composed}\n`, [
          file('a.txt', 'Original headline\n\nBody.'),
          file(decomposed, 'Rewrite headline\n\nBody.'),
        ]),
      );
      expect(summary(story)).toMatchObject({ original: 'cafe', versions: ['a', 'cafe'] });
    });

    test('two different names keep the message they had', () => {
      const error = errorOf(() =>
        ingestStory(folder('versions:\n  - { file: a.txt, slug: x }\n  - { file: b.txt, slug: x }')),
      );
      expect(error.message).not.toContain('look the same');
    });
  });

  test('folder and file names with spaces and accents make plain slugs', () => {
    const story = ingestStory({
      ...folder(undefined, [
        file('Le Monde – Genève.txt', 'Original headline\n\nBody.'),
        file('Süddeutsche Zeitung.txt', 'Rewrite headline\n\nBody.'),
      ]),
      name: 'Pourparlers à Genève',
    });
    expect(summary(story)).toMatchObject({
      slug: 'pourparlers-a-geneve',
      versions: ['le-monde-geneve', 'suddeutsche-zeitung'],
    });
    expect(story.files.map((generated) => generated.path)).toContain('pourparlers-a-geneve/le-monde-geneve.md');
  });

  test('refuses a folder whose name makes no slug', () => {
    expect(() => ingestStory({ ...folder(), name: '記事' })).toThrow(/at least one Latin letter or digit/);
  });

  test('reads a Windows-1252 file with a warning, and refuses one in no encoding it can tell, naming it', () => {
    const windows1252 = {
      ...file('a.txt', ''),
      bytes: new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x0a, 0x0a, 0x42, 0x6f, 0x64, 0x79, 0x2e]),
    };
    const story = ingestStory(folder(undefined, [windows1252, file('b.txt', 'Headline\n\nBody.')]));
    expect(story.warnings[0]).toMatch(
      /^content\/sources\/talks\/a\.txt: byte 0x93 at offset 0 is not valid UTF-8; read as Windows-1252/u,
    );
    const unknown = { ...file('a.txt', ''), bytes: new Uint8Array([0x48, 0x81, 0x69]) };
    const error = errorOf(() => ingestStory(folder(undefined, [unknown])));
    expect(error.file).toBe('content/sources/talks/a.txt');
    expect(error.problem).toMatch(/not valid UTF-8/);
  });
});

describe('parseStoryConfig', () => {
  const path = 'story.yaml';

  test('accepts an empty file', () => {
    expect(parseStoryConfig('', path)).toEqual({});
  });

  test('names the line of a YAML syntax error', () => {
    const error = errorOf(() => parseStoryConfig('title: ok\nversions:\n  - file: a.txt\n   slug: [x', path));
    expect(error.file).toBe(path);
    expect(error.line).toBeGreaterThanOrEqual(3);
    expect(error.problem).toMatch(/not valid YAML/);
  });

  test('names the field and the line of a value the schema refuses', () => {
    const error = errorOf(() =>
      parseStoryConfig('title: Talks\nversions:\n  - file: a.txt\n    slug: Not A Slug\n', path),
    );
    expect(error.line).toBe(4);
    expect(error.problem).toMatch(/"versions\.0\.slug": use lower-case letters/);
  });

  test('refuses unknown keys, which are usually misspellings', () => {
    const error = errorOf(() => parseStoryConfig('titel: Talks\n', path));
    expect(error.message).toMatch(/titel/);
    expect(error.fix).toMatch(/title, original/);
  });

  test.each([
    ['a title', 'title: Why #MeToo still matters\n', 1, '"title" has a " #" comment after it', 'Why'],
    [
      "a version's label",
      'versions:\n  - file: a.txt\n    label: Channel #4 News\n',
      3,
      '"label" has a " #" comment after it',
      'Channel',
    ],
    [
      'a label wrapped onto a next line',
      'versions:\n  - file: a.txt\n    label: Channel\n      #4 News\n',
      3,
      '"label" goes on to a line starting with "#"',
      'Channel',
    ],
  ])('refuses %s cut short by a #, naming the line, rather than keep part of it', (_, text, line, problem, cut) => {
    const error = errorOf(() => parseStoryConfig(text, path));
    expect(error.file).toBe(path);
    expect(error.line).toBe(line);
    expect(error.problem).toContain(problem);
    expect(error.problem).toContain(`"${cut}"`);
    expect(error.fix).toMatch(/^put the (whole )?value (on one line )?in quotes/u);
  });

  test('keeps comments on their own lines, after a quoted value, and a # inside a word', () => {
    expect(
      parseStoryConfig(
        '# A story\ntitle: "Why #MeToo still matters" # as printed\nversions:\n  # the original\n  - file: a.txt\n    url: https://example.com/a#b\n    # checked\n    label: Channel 4\n',
        path,
      ),
    ).toEqual({
      title: 'Why #MeToo still matters',
      versions: [{ file: 'a.txt', url: 'https://example.com/a#b', label: 'Channel 4' }],
    });
  });

  test("refuses a YAML alias bomb by name, as the story's problem, rather than crash or exhaust memory", () => {
    const error = errorOf(() => ingestStory(folder(yamlBomb('title'))));
    expect(error.file).toBe('content/sources/talks/story.yaml');
    expect(error.line).toBe(2);
    expect(error.problem).toMatch(/aliases \(\*name\) repeat anchored values/u);
    expect(error.fix).toMatch(/instead of using anchors \(&\) and aliases \(\*\)/u);
  });

  test('keeps an alias that repeats a value a few times', () => {
    expect(parseStoryConfig('title: &t Talks\nversions:\n  - file: a.txt\n    label: *t\n', path)).toEqual({
      title: 'Talks',
      versions: [{ file: 'a.txt', label: 'Talks' }],
    });
  });

  test.each(['2025-13-45T99:99', '2025-11-31', '2025-11-24T24:00', '2025-11-24T21:44+99:00'])(
    'refuses the impossible retrieved date %s, naming the field and the line',
    (date) => {
      const error = errorOf(() => parseStoryConfig(`versions:\n  - file: a.txt\n    retrieved: ${date}\n`, path));
      expect(error.line).toBe(3);
      expect(error.problem).toMatch(/^"versions\.0\.retrieved": is not a real date and time/u);
    },
  );

  test('keeps a real retrieved date as written', () => {
    expect(
      parseStoryConfig('versions:\n  - file: a.txt\n    retrieved: 2024-02-29T23:59:60+05:30\n', path).versions,
    ).toEqual([{ file: 'a.txt', retrieved: '2024-02-29T23:59:60+05:30' }]);
  });

  test('quotes a value wrapped over lines as one line in the fix', () => {
    expect(errorOf(() => parseStoryConfig('title: Why\n  still #MeToo matters\n', path)).fix).toContain(
      '("Why still #MeToo matters")',
    );
  });

  test('checks a story.yaml of 50,000 short values for cut values in time proportional to its length', () => {
    // A guard against a check that rescans the rest of the file for every value, not a benchmark.
    const started = performance.now();
    const error = errorOf(() => parseStoryConfig(`title:\n${'  - a\n'.repeat(50_000)}  - Channel #4\n`, path));
    expect(error.line).toBe(50_002);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  test('refuses a URL that is not http(s)', () => {
    expect(() => parseStoryConfig('versions:\n  - { file: a.txt, url: "javascript:alert(1)" }\n', path)).toThrow(
      /versions\.0\.url/,
    );
  });

  test('a fetched file is read in the charset its server named, which the file itself does not say', () => {
    // "Spaß“" in Windows-1252, whose ß“ is also a UTF-8 character; 0x84 („) is no UTF-8.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Hafen offen\n\n'),
      0x84,
      0x53,
      0x70,
      0x61,
      0xdf,
      0x93,
      0x20,
      ...new TextEncoder().encode('sagte sie.'),
    ]);
    const german: SourceFile = { name: 'a.txt', path: 'content/sources/talks/a.txt', bytes, sha256: '0'.repeat(64) };
    const fetched = (charset: string) =>
      `versions:\n  - file: a.txt\n    fetched: { requested: "https://x.example/a", final: "https://x.example/a", at: 2026-12-03T20:00:00Z, charset: ${charset} }\n`;
    const story = ingestStory(folder(fetched('windows-1252'), [german]));
    expect(story.warnings).toEqual([]);
    expect(story.files[0]?.content).toContain('„Spaß“ sagte sie.');
    // Without it, the bytes look like a file edited in two encodings, and are refused.
    expect(errorOf(() => ingestStory(folder(undefined, [german]))).problem).toMatch(/mixes UTF-8 text/u);
    const error = errorOf(() => ingestStory(folder(fetched('latin9'), [german])));
    expect(error.problem).toMatch(/^"versions\.0\.fetched\.charset": is not "utf-8" or "windows-1252"/u);
  });
});
